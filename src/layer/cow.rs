//! The Correlates of War Diplomatic Exchange (`ccode1, ccode2, year,
//! DR_at_1, DR_at_2, DE, version`): the level of each side's mission at the
//! other (`DR_at_1` is side 2's at side 1), drawn as era-like rows per
//! direction ("France in Kazakhstan: ambassador"). Levels: 0 none, 1
//! chargé d'affaires, 2 minister, 3 ambassador; 9 is "other", not a level.

use super::{Keep, Layer, Problems, diagnostic, field_at};
use crate::country::Country;
use crate::load::{LoadError, Severity};
use crate::model::{Era, EraSpan};
use std::path::Path;

/// What a level means.
fn level(n: u8) -> Option<&'static str> {
    match n {
        0 => Some("no diplomatic exchange"),
        1 => Some("chargé d'affaires"),
        2 => Some("minister"),
        3 => Some("ambassador"),
        9 => Some("other"),
        _ => None,
    }
}

/// One direction's observations: (year, level).
type Track = Vec<(i32, u8)>;

pub(super) fn read(path: &Path, keep: Keep, layer: &mut Layer) -> Result<(), LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::BufReader::new(file));
    let mut record = csv::StringRecord::new();
    reader
        .read_record(&mut record)
        .map_err(|e| super::error_at(1, 1, e.to_string()))?;
    let names: Vec<String> = record
        .iter()
        .map(|n| n.trim().to_ascii_lowercase())
        .collect();
    let col = |n: &str| {
        names.iter().position(|h| h == n).ok_or_else(|| {
            super::error_at(
                1,
                1,
                crate::tr!("layer-cow-no-column", column = n.to_string()),
            )
        })
    };
    let cols = [
        col("ccode1")?,
        col("ccode2")?,
        col("year")?,
        col("dr_at_1")?,
        col("dr_at_2")?,
    ];
    let mut tracks: Vec<((Country, Country), Track)> = Vec::new();
    let mut problems = Problems::default();
    while reader
        .read_record(&mut record)
        .map_err(|e| super::error_at(1, 1, e.to_string()))?
    {
        layer.rows += 1;
        let line = record.position().map_or(0, |p| p.line()) as usize;
        let raw = || record.iter().collect::<Vec<_>>().join(",");
        let mut num = |k: usize, what: &'static str| -> Option<i32> {
            let v = record.get(cols[k]).unwrap_or("").trim();
            let n = v.parse::<i32>().ok();
            if n.is_none() {
                let (c, l) = field_at(&raw(), cols[k], ',');
                problems.add(what, || {
                    diagnostic(
                        Severity::Warning,
                        (line, c, l),
                        crate::tr!(
                            "layer-cow-bad-number",
                            column = what.to_string(),
                            found = v.to_string()
                        ),
                        raw(),
                    )
                });
            }
            n
        };
        let (Some(a), Some(b), Some(year), Some(at1), Some(at2)) = (
            num(0, "ccode1"),
            num(1, "ccode2"),
            num(2, "year"),
            num(3, "DR_at_1"),
            num(4, "DR_at_2"),
        ) else {
            continue;
        };
        let (ca, cb) = (Country::by_cow(a as u16), Country::by_cow(b as u16));
        if !keep.keeps(ca, cb) {
            continue;
        }
        let (Some(ca), Some(cb)) = (ca, cb) else {
            continue;
        };
        for ((host, guest), lvl, k) in [((ca, cb), at1, 3), ((cb, ca), at2, 4)] {
            if level(lvl as u8).is_none() || lvl < 0 {
                let (c, l) = field_at(&raw(), cols[k], ',');
                problems.add("level", || {
                    diagnostic(
                        Severity::Warning,
                        (line, c, l),
                        crate::tr!("layer-cow-bad-level", level = lvl.to_string()),
                        raw(),
                    )
                });
                continue;
            }
            match tracks.iter_mut().find(|(k, _)| *k == (host, guest)) {
                Some((_, t)) => t.push((year, lvl as u8)),
                None => tracks.push(((host, guest), vec![(year, lvl as u8)])),
            }
        }
    }
    for ((host, guest), mut track) in tracks {
        track.sort();
        let party = format!("{} in {}", name_of(layer, guest), name_of(layer, host));
        eras(&party, &track, &mut layer.eras);
    }
    layer.warnings = problems.finish();
    Ok(())
}

/// A party's name as the dataset writes it, else the country's.
fn name_of(layer: &Layer, c: Country) -> String {
    let (a, b) = &layer.parties;
    [a, b]
        .into_iter()
        .find(|n| Country::find(n) == Some(c))
        .cloned()
        .unwrap_or_else(|| c.name())
}

/// Years of the same level as one era, to the next observation's year.
fn eras(party: &str, track: &[(i32, u8)], out: &mut Vec<Era>) {
    let mut i = 0;
    while i < track.len() {
        let (start, lvl) = track[i];
        let mut j = i + 1;
        while j < track.len() && track[j].1 == lvl {
            j += 1;
        }
        let end = track.get(j).map_or(track[j - 1].0, |(y, _)| y - 1);
        let name = level(lvl).unwrap_or("other");
        let mut era = Era {
            id: format!("cow-{}-{start}", party.to_lowercase().replace(' ', "-")),
            party: party.to_string(),
            name: name.into(),
            kind: "diplomatic representation".into(),
            start: start.to_string(),
            end: Some(end.max(start).to_string()),
            note: Some(
                "Correlates of War Diplomatic Exchange: the level observed in these years".into(),
            ),
            sources: Vec::new(),
            span: EraSpan::default(),
        };
        era.span = EraSpan {
            start: crate::model::Date::parse(&era.start).unwrap_or_default(),
            end: era
                .end
                .as_deref()
                .and_then(|e| crate::model::Date::parse(e).ok()),
        };
        if lvl != 0 {
            out.push(era);
        }
        i = j;
    }
}
