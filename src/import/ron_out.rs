//! Writes a dataset as Entente RON, each record under a comment that says
//! where it came from, so that an imported file can be checked against the
//! original line by line.

use crate::model::Dataset;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Serialize;

/// Comments for the records of a dataset, in dataset order (empty for none).
#[derive(Clone, Debug, Default)]
pub struct Origins<'a> {
    /// Lines at the top of the file.
    pub header: Vec<String>,
    pub sources: &'a [String],
    pub events: &'a [String],
    pub eras: &'a [String],
}

fn config() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
}

/// One value as RON, indented by `indent` spaces after its first line.
pub(crate) fn value<T: Serialize>(v: &T, indent: usize) -> String {
    let text = ron::ser::to_string_pretty(v, config()).unwrap_or_default();
    let pad = " ".repeat(indent);
    text.lines()
        .filter(|l| !l.starts_with("#!["))
        .enumerate()
        .map(|(n, l)| {
            if n == 0 || l.is_empty() {
                l.to_string()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn list<T: Serialize>(out: &mut String, name: &str, items: &[T], comments: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("    {name}: [\n"));
    for (n, item) in items.iter().enumerate() {
        if let Some(c) = comments.get(n).filter(|c| !c.is_empty()) {
            out.push_str(&format!("        // {}\n", one_line(c)));
        }
        out.push_str("        ");
        out.push_str(&value(item, 8));
        out.push_str(",\n");
    }
    out.push_str("    ],\n");
}

/// A comment never runs onto the next line.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// The dataset as RON text that `entente check` reads back unchanged.
pub fn write(ds: &Dataset, origins: &Origins<'_>) -> String {
    let mut out = String::from("#![enable(implicit_some)]\n");
    for h in &origins.header {
        out.push_str(&format!("// {}\n", one_line(h)));
    }
    out.push_str("Dataset(\n");
    out.push_str(&format!("    title: {},\n", value(&ds.title, 4)));
    if !(ds.parties.0.is_empty() && ds.parties.1.is_empty()) {
        out.push_str(&format!("    parties: {},\n", value(&ds.parties, 4)));
    }
    if !ds.description.is_empty() {
        out.push_str(&format!(
            "    description: {},\n",
            value(&ds.description, 4)
        ));
    }
    if !ds.languages.is_empty() {
        out.push_str(&format!("    languages: {},\n", value(&ds.languages, 4)));
    }
    if let Some(d) = &ds.default_language {
        out.push_str(&format!("    default_language: {},\n", value(d, 4)));
    }
    if let Some(m) = &ds.media {
        out.push_str(&format!("    media: {},\n", value(m, 4)));
    }
    list(&mut out, "kinds", &ds.kinds, &[]);
    list(&mut out, "sources", &ds.sources, origins.sources);
    list(&mut out, "events", &ds.events, origins.events);
    list(&mut out, "trade", &ds.trade, &[]);
    list(&mut out, "indicators", &ds.indicators, &[]);
    list(&mut out, "eras", &ds.eras, origins.eras);
    out.push_str(")\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_dataset_survives_a_round_trip() {
        let loaded = crate::load::load_str(crate::BUNDLED_DATA).unwrap();
        let text = write(&loaded.dataset, &Origins::default());
        let again = crate::load::load_str(&text)
            .unwrap_or_else(|e| panic!("{}", crate::load::render("out.ron", &e.diagnostics)));
        assert_eq!(again.dataset, loaded.dataset);
        assert!(
            text.contains("Kazakhstan–France"),
            "non-ASCII kept as written"
        );
    }
}
