//! Checks a parsed dataset for what serde cannot: impossible dates, ids that
//! clash or point nowhere, missing sources, money that cannot be money.
//!
//! Problems carry a [`Path`]; the loader turns paths into line:col. One
//! module per kind of record (`sources`, `events`, `trade`, `indicators`,
//! `eras`), checked in that order; here the problem type, the citation
//! check they share, and the cap on problems of one kind.

mod eras;
mod events;
mod indicators;
mod kinds;
mod langs;
mod sources;
mod trade;

use super::diagnostic::Severity;
use super::locate::{Path, Seg};
use crate::model::{Dataset, Date, When};
use rustc_hash::FxHashMap as HashMap;

/// A problem at a path in the dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub path: Path,
    pub message: String,
    /// Another place the message refers to (e.g. the first use of an id).
    pub see_also: Option<Path>,
}

fn error(path: Path, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        path,
        message: message.into(),
        see_also: None,
    }
}

fn warning(path: Path, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Warning,
        path,
        ..error(Vec::new(), message)
    }
}

/// `trade[s].observations[o].field`
fn obs_path(s: usize, o: usize, field: &'static str) -> Path {
    vec![
        Seg::Field("trade"),
        Seg::Index(s),
        Seg::Field("observations"),
        Seg::Index(o),
        Seg::Field(field),
    ]
}

/// Works out an event's dates from its text when they are valid, leaving
/// them unset (for [`validate`] to report) when not. Safe to run on many
/// events in parallel before [`validate`], which then skips those set.
pub(crate) fn fill_when(e: &mut crate::model::Event) {
    let start = Date::parse(&e.date);
    let end = e.end.as_deref().map(Date::parse).transpose();
    if let (Ok(start), Ok(end)) = (start, end)
        && let Ok(w) = When::new(start, end, e.approximate)
    {
        e.when = w;
    }
}

/// Checks that cited source ids exist, with a hint for a near miss.
struct Cites<'a> {
    ids: &'a HashMap<&'a str, usize>,
    hints: std::cell::RefCell<Hints<'a>>,
}

impl Cites<'_> {
    /// `what` names the citing entry; it is only formatted for a message.
    fn check<'s>(
        &self,
        problems: &mut Vec<Problem>,
        sources: impl ExactSizeIterator<Item = &'s str>,
        base: Path,
        what: &dyn Fn() -> String,
    ) {
        if sources.len() == 0 {
            let what = what();
            let mut path = base.clone();
            path.push(Seg::Field("sources"));
            problems.push(Problem {
                see_also: None,
                ..error(path, crate::tr!("check-no-source", what = what))
            });
            return;
        }
        for (j, id) in sources.enumerate() {
            if !self.ids.contains_key(id) {
                let mut path = base.clone();
                path.extend([Seg::Field("sources"), Seg::Index(j)]);
                let hint = self
                    .hints
                    .borrow_mut()
                    .hint(id, || self.ids.keys().copied().collect());
                problems.push(error(
                    path,
                    crate::tr!("check-unknown-source", id = id.to_string()) + &hint,
                ));
            }
        }
    }

    /// [`Cites::check`] of a list of ids.
    fn strings(
        &self,
        problems: &mut Vec<Problem>,
        sources: &[String],
        base: Path,
        what: &dyn Fn() -> String,
    ) {
        self.check(problems, sources.iter().map(String::as_str), base, what);
    }
}

/// Checks `ds` and fills in its parsed dates and periods.
pub fn validate(ds: &mut Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    let listed = ds.sources.len();
    attach_sources(&mut problems, ds);
    let mut source_ids = sources::check(&mut problems, &ds.sources[..listed]);
    for (i, s) in ds.sources.iter().enumerate().skip(listed) {
        source_ids.entry(&s.id).or_insert(i);
    }
    let cites = Cites {
        ids: &source_ids,
        hints: std::cell::RefCell::new(Hints::default()),
    };
    ds.kind_table = crate::model::KindTable::of(&ds.kinds);
    kinds::check(&mut problems, &ds.kinds, &ds.events);
    events::check(&mut problems, &mut ds.events, &ds.kind_table, &cites);
    trade::check(&mut problems, &mut ds.trade, &cites);
    indicators::check(&mut problems, &ds.indicators, &cites);
    eras::check(&mut problems, &mut ds.eras, &ds.parties, &cites);
    langs::check(&mut problems, ds);
    problems
}

/// The sources defined with imported series and indicators join the
/// dataset's list (after it, so the list's own paths hold); an id that is
/// already taken is an error at the record's `source.id`.
fn attach_sources(problems: &mut Vec<Problem>, ds: &mut Dataset) {
    let attached: Vec<(Path, crate::model::Source)> = (ds.trade.iter().enumerate())
        .filter_map(|(i, t)| t.source.clone().map(|s| ("trade", i, s)))
        .chain(
            (ds.indicators.iter().enumerate())
                .filter_map(|(i, t)| t.source.clone().map(|s| ("indicators", i, s))),
        )
        .map(|(list, i, s)| {
            let path = vec![
                Seg::Field(list),
                Seg::Index(i),
                Seg::Field("source"),
                Seg::Field("id"),
            ];
            (path, s)
        })
        .collect();
    for (path, source) in attached {
        if ds.sources.iter().any(|s| s.id == source.id) {
            problems.push(error(
                path,
                format!(
                    "source id \"{}\" is already taken; an imported record's source needs an id of its own",
                    source.id
                ),
            ));
        } else {
            ds.sources.push(source);
        }
    }
}

/// Most id comparisons "did you mean" makes for one kind of unknown id.
pub(crate) const HINT_COMPARISONS: usize = 50_000;

/// "Did you mean" for the unknown ids of one kind, within bounds: only the
/// first [`PER_KIND`] unknown ids are listed, so only they get a hint, and
/// only while the comparisons made stay under [`HINT_COMPARISONS`]. The cost
/// is then bounded however many ids are wrong and however many are known.
#[derive(Default)]
struct Hints<'a> {
    known: Option<Vec<&'a str>>,
    asked: usize,
    compared: usize,
}

impl<'a> Hints<'a> {
    /// `; did you mean "x"?` when a known id is close to `found`.
    fn hint(&mut self, found: &str, known: impl FnOnce() -> Vec<&'a str>) -> String {
        self.asked += 1;
        if self.asked > PER_KIND {
            return String::new();
        }
        let known = self.known.get_or_insert_with(known);
        if self.compared + known.len() > HINT_COMPARISONS {
            return String::new();
        }
        self.compared += known.len();
        super::diagnostic::did_you_mean(found, known)
            .map(|s| crate::tr!("check-did-you-mean-id", id = s.to_string()))
            .unwrap_or_default()
    }
}

/// How many problems of one kind are listed; the rest are counted.
pub(crate) const PER_KIND: usize = 50;

/// Keeps the first [`PER_KIND`] problems of each kind (the same message but
/// for the quoted names and the numbers in it) and puts in their place one
/// problem saying how many more there are: a file with 3,000 clashing
/// periods gives 51 lines, not 3,000.
pub(crate) fn cap(problems: Vec<Problem>) -> Vec<Problem> {
    let mut counts: HashMap<(Severity, String), usize> = HashMap::default();
    let mut kept = Vec::with_capacity(problems.len().min(4 * PER_KIND));
    let mut first_dropped: Vec<(Severity, String, Path)> = Vec::new();
    for p in problems {
        let key = (p.severity, kind_of(&p.message));
        let n = counts.entry(key.clone()).or_insert(0);
        *n += 1;
        if *n <= PER_KIND {
            kept.push(p);
        } else if *n == PER_KIND + 1 {
            first_dropped.push((key.0, key.1, p.path));
        }
    }
    for (severity, kind, path) in first_dropped {
        // `kind` keys the count; the message says what the user can act on.
        let more = counts[&(severity, kind.clone())] - PER_KIND;
        kept.push(Problem {
            severity,
            path,
            message: crate::tr!("check-more-like-above", n = crate::format::thousands(more)),
            see_also: None,
        });
    }
    kept
}

/// What kind of problem a message tells: its plain lower-case words before
/// any hint (`;`), without what it quotes, numbers, dates and names.
/// "the period January–March 2000 overlaps 1999 in series "t" without
/// containing it" is of the kind "the period overlaps in series without
/// containing it".
fn kind_of(message: &str) -> String {
    let head = message.split(';').next().unwrap_or_default();
    let mut out = String::new();
    let mut quoted = false;
    let mut unquoted = String::new();
    for c in head.chars() {
        if c == '"' || c == '`' {
            quoted = !quoted;
            unquoted.push(' ');
        } else if !quoted {
            unquoted.push(c);
        }
    }
    for word in unquoted.split_whitespace() {
        // Lower-case words in any script, but not months ("janvier").
        if word.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
            && !crate::model::is_month_name(word)
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn problems_of_one_kind_share_a_key() {
        use super::kind_of;
        assert_eq!(
            kind_of(
                "the period January–March 2000 overlaps December 1999–February 2000 in series \"t\" without containing it"
            ),
            kind_of("the period 2023 overlaps Q1 2023 in series \"u\" without containing it"),
        );
        assert_eq!(
            kind_of("unknown source id \"a\"; did you mean \"b\"?"),
            kind_of("unknown source id \"zz\"")
        );
        assert_ne!(
            kind_of("unknown source id \"a\""),
            kind_of("duplicate source id \"a\"")
        );
    }
}
