//! Wikidata office terms as JSON: the SPARQL results form
//! (`head`/`results`/`bindings`, each value `{"value": …}`) or the
//! flattened list tools write (`item` with `label`, `start`, `end`), read
//! as eras: a position's holders with their terms.

use super::Layer;
use crate::load::LoadError;
use crate::model::{Date, Era, EraSpan};
use serde_json::Value;
use std::path::Path;

/// A value's text: `"x"`, or `{"value": "x", "label": …}` (the label when
/// there is one).
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o
            .get("label")
            .or_else(|| o.get("value"))
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    }
}

/// `1954-11-13T00:00:00Z` as `1954-11-13`.
fn day(v: Option<&Value>) -> Option<String> {
    let t = match v? {
        Value::Object(o) => o.get("value")?.as_str()?.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    let d = t.get(..10)?.to_string();
    Date::parse(&d).ok().map(|_| d)
}

pub(super) fn read(path: &Path, layer: &mut Layer) -> Result<(), LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::unreadable(&e))?;
    let json: Value = serde_json::from_slice(&bytes).map_err(|e| {
        super::error_at(
            e.line(),
            e.column(),
            crate::tr!("layer-not-json", error = e.to_string()),
        )
    })?;
    let rows: Vec<Value> = match &json {
        Value::Array(a) => a.clone(),
        Value::Object(o) => o
            .get("results")
            .and_then(|r| r.get("bindings"))
            .and_then(Value::as_array)
            .cloned()
            .ok_or_else(|| super::error_at(1, 1, crate::tr!("layer-wikidata-expected-bindings")))?,
        _ => {
            return Err(super::error_at(1, 1, crate::tr!("layer-wikidata-expected")));
        }
    };
    let mut seen = std::collections::HashSet::new();
    for (n, row) in rows.iter().enumerate() {
        layer.rows += 1;
        let name = text(
            row.get("itemLabel")
                .or_else(|| row.get("item"))
                .or_else(|| row.get("holder")),
        );
        let (Some(name), Some(start)) =
            (name, day(row.get("start").or_else(|| row.get("startTime"))))
        else {
            continue;
        };
        let end = day(row.get("end").or_else(|| row.get("endTime")));
        // The same term twice (two statements) is drawn once.
        if !seen.insert((name.clone(), start.clone(), end.clone())) {
            continue;
        }
        let position = text(row.get("position").or_else(|| row.get("positionLabel")))
            .unwrap_or_else(|| "office".into());
        let mut era = Era {
            id: format!("wikidata-{n}"),
            party: String::new(),
            name: name.into(),
            kind: position,
            start,
            end,
            note: text(row.get("statement")).map(|s| format!("Wikidata statement {s}")),
            sources: Vec::new(),
            span: EraSpan::default(),
        };
        era.span = EraSpan {
            start: Date::parse(&era.start).unwrap_or_default(),
            end: era.end.as_deref().and_then(|e| Date::parse(e).ok()),
        };
        layer.eras.push(era);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::layer::{Layer, LayerFormat, Scope};

    #[test]
    fn sparql_results_read_as_terms() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.json");
        std::fs::write(
            &path,
            r#"{"head": {"vars": ["item", "start", "end"]}, "results": {"bindings": [
              {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"}, "itemLabel": {"value": "A Person"},
               "start": {"value": "2001-02-03T00:00:00Z"}, "end": {"value": "2005-06-07T00:00:00Z"}},
              {"itemLabel": {"value": "Another"}, "start": {"value": "2005-06-07T00:00:00Z"}}
            ]}}"#,
        )
        .unwrap();
        let mut layer = Layer {
            path: path.clone(),
            format: LayerFormat::Wikidata,
            scope: Scope::Both,
            rows: 0,
            events: Vec::new(),
            eras: Vec::new(),
            warnings: Vec::new(),
            parties: Default::default(),
        };
        super::read(&path, &mut layer).unwrap();
        let eras: Vec<(&str, &str, Option<&str>)> = layer
            .eras
            .iter()
            .map(|e| (e.name.as_str(), e.start.as_str(), e.end.as_deref()))
            .collect();
        assert_eq!(
            eras,
            [
                ("A Person", "2001-02-03", Some("2005-06-07")),
                ("Another", "2005-06-07", None)
            ]
        );
    }
}
