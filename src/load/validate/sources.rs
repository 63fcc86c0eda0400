//! Sources: unique ids, links that can be opened, dates that parse, and a
//! way for a reader to find each (a link or a note).

use super::{Problem, error, truncate, warning};
use crate::load::locate::Seg;
use crate::model::{Date, Source};
use rustc_hash::FxHashMap as HashMap;

/// Checks the sources; returns where each id is first defined.
pub(super) fn check<'d>(
    problems: &mut Vec<Problem>,
    sources: &'d [Source],
) -> HashMap<&'d str, usize> {
    let mut source_ids: HashMap<&str, usize> = HashMap::default();
    for (i, s) in sources.iter().enumerate() {
        let p = |f| vec![Seg::Field("sources"), Seg::Index(i), Seg::Field(f)];
        if let Some(&first) = source_ids.get(s.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("sources"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(
                    p("id"),
                    crate::tr!("check-duplicate-source-id", id = s.id.to_string()),
                )
            });
        } else {
            source_ids.insert(&s.id, i);
        }
        if let Some(url) = &s.url
            && !crate::model::source::is_openable_url(url)
        {
            problems.push(warning(
                p("url"),
                crate::tr!("check-url-not-openable", url = truncate(url, 60)),
            ));
        }
        if let Some(d) = &s.date
            && let Err(e) = Date::parse(d)
        {
            problems.push(error(
                p("date"),
                crate::tr!("check-invalid-source-date", error = e.to_string()),
            ));
        }
        if s.url.as_deref().is_none_or(|u| u.trim().is_empty())
            && s.note.as_deref().is_none_or(|n| n.trim().is_empty())
        {
            problems.push(warning(
                p("id"),
                crate::tr!("check-source-nowhere", id = s.id.to_string()),
            ));
        }
    }
    source_ids
}
