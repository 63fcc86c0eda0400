//! Eras (such as presidents' terms): unique ids, a party of the dataset,
//! a name and a kind, sources, dates that parse and do not run backwards
//! (the span is filled in), and no two of one party and kind at once.

use super::{Cites, Problem, error, warning};
use crate::load::locate::Seg;
use crate::model::Date;
use rustc_hash::FxHashMap as HashMap;

/// Eras: unique ids, a party of the dataset, dates that parse and do not run
/// backwards, sources; the parsed span is filled in.
pub(super) fn check(
    problems: &mut Vec<Problem>,
    eras: &mut [crate::model::Era],
    parties: &(String, String),
    cites: &Cites<'_>,
) {
    let mut ids: HashMap<String, usize> = HashMap::default();
    let parties = [parties.0.clone(), parties.1.clone()];
    for (i, era) in eras.iter_mut().enumerate() {
        let base = vec![Seg::Field("eras"), Seg::Index(i)];
        let ep = |f| {
            let mut p = base.clone();
            p.push(Seg::Field(f));
            p
        };
        if era.id.trim().is_empty() {
            problems.push(error(ep("id"), crate::tr!("check-era-id-empty")));
        } else if let Some(&first) = ids.get(&era.id) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("eras"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(
                    ep("id"),
                    crate::tr!("check-duplicate-era-id", id = era.id.to_string()),
                )
            });
        } else {
            ids.insert(era.id.clone(), i);
        }
        if !era.party.is_empty() && !parties.contains(&era.party) {
            problems.push(error(
                ep("party"),
                crate::tr!(
                    "check-era-party",
                    party = era.party.to_string(),
                    a = parties[0].to_string(),
                    b = parties[1].to_string()
                ),
            ));
        }
        if era.name.trim().is_empty() {
            problems.push(error(ep("name"), crate::tr!("check-era-no-name")));
        }
        if era.kind.trim().is_empty() {
            problems.push(error(ep("kind"), crate::tr!("check-era-no-kind")));
        }
        cites.strings(problems, &era.sources, base.clone(), &|| {
            crate::tr!("check-what-era", id = era.id.to_string())
        });
        let start = Date::parse(&era.start).map_err(|e| {
            problems.push(error(
                ep("start"),
                crate::tr!("check-invalid-start-date", error = e.to_string()),
            ))
        });
        let end = match &era.end {
            Some(text) => Date::parse(text).map(Some).map_err(|e| {
                problems.push(error(
                    ep("end"),
                    crate::tr!("check-invalid-end-date", error = e.to_string()),
                ))
            }),
            None => Ok(None),
        };
        if let (Ok(start), Ok(end)) = (start, end) {
            if let Some(end) = end
                && end.end_day_exclusive() <= start.start_day()
            {
                problems.push(error(
                    ep("end"),
                    crate::tr!(
                        "check-era-ends-before",
                        end = end.iso(),
                        start = start.iso()
                    ),
                ));
            } else {
                era.span = crate::model::EraSpan { start, end };
            }
        }
    }
    overlapping(problems, eras);
}

/// Eras of one party (and kind) that overlap: two presidents at once is a
/// typo. One shared day is a handover.
fn overlapping(problems: &mut Vec<Problem>, eras: &[crate::model::Era]) {
    // Eras of one party that overlap: two presidents at once is a typo.
    let mut by_party: Vec<usize> = (0..eras.len()).collect();
    by_party.sort_by_key(|&i| (eras[i].party.clone(), eras[i].span.start.start_day()));
    for pair in by_party.windows(2) {
        let (a, b) = (&eras[pair[0]], &eras[pair[1]]);
        if a.party != b.party || a.kind != b.kind || a.span.start == Default::default() {
            continue;
        }
        let a_end = a.span.end.map_or(i64::MAX, |d| d.end_day_exclusive());
        // One shared day is a handover (one term ends the day the next starts).
        if a_end > b.span.start.start_day() + 1 {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("eras"),
                    Seg::Index(pair[0]),
                    Seg::Field("end"),
                ]),
                ..warning(
                    vec![Seg::Field("eras"), Seg::Index(pair[1]), Seg::Field("start")],
                    crate::tr!(
                        "check-eras-overlap",
                        kind_b = b.kind.to_string(),
                        b = b.name.to_string(),
                        kind_a = a.kind.to_string(),
                        a = a.name.to_string()
                    ),
                )
            });
        }
    }
}
