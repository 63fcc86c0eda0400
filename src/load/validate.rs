//! Checks a parsed dataset for what serde cannot: impossible dates, ids that
//! clash or point nowhere, missing sources, money that cannot be money.
//!
//! Problems carry a [`Path`]; the loader turns paths into line:col.

use super::diagnostic::Severity;
use super::locate::{Path, Seg};
use crate::model::{Dataset, Date, Period, When};
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

fn event_path(i: usize, field: &'static str) -> Path {
    vec![Seg::Field("events"), Seg::Index(i), Seg::Field(field)]
}

/// Works out an event's dates from its text when they are valid, leaving
/// them unset (for [`validate`] to report) when not. Safe to run on many
/// events in parallel before [`validate`], which then skips those set.
pub fn fill_when(e: &mut crate::model::Event) {
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
                ..error(
                    path,
                    format!("{what} has no source; cite at least one id from `sources`"),
                )
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
                problems.push(error(path, format!("unknown source id \"{id}\"{hint}")));
            }
        }
    }
}

/// Checks `ds` and fills in its parsed dates and periods.
pub fn validate(ds: &mut Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();

    // Sources.
    let mut source_ids: HashMap<&str, usize> = HashMap::default();
    for (i, s) in ds.sources.iter().enumerate() {
        let p = |f| vec![Seg::Field("sources"), Seg::Index(i), Seg::Field(f)];
        if let Some(&first) = source_ids.get(s.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("sources"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(p("id"), format!("duplicate source id \"{}\"", s.id))
            });
        } else {
            source_ids.insert(&s.id, i);
        }
        if let Some(url) = &s.url
            && !crate::model::source::is_openable_url(url)
        {
            problems.push(warning(
                p("url"),
                format!(
                    "only http and https links can be opened; \"{}\" will be shown as text",
                    truncate(url, 60)
                ),
            ));
        }
        if let Some(d) = &s.date
            && let Err(e) = Date::parse(d)
        {
            problems.push(error(p("date"), format!("invalid source date: {e}")));
        }
        if s.url.as_deref().is_none_or(|u| u.trim().is_empty())
            && s.note.as_deref().is_none_or(|n| n.trim().is_empty())
        {
            problems.push(warning(
                p("id"),
                format!(
                    "source \"{}\" has neither a url nor a note; give its link, or say in a note where a reader can find it (e.g. a printed report)",
                    s.id
                ),
            ));
        }
    }
    let cites = Cites {
        ids: &source_ids,
        hints: std::cell::RefCell::new(Hints::default()),
    };
    let cite_check =
        |problems: &mut Vec<Problem>, sources: &[String], base: Path, what: &dyn Fn() -> String| {
            cites.check(problems, sources.iter().map(String::as_str), base, what)
        };

    // Events.
    let mut event_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(ds.events.len(), Default::default());
    for (i, e) in ds.events.iter().enumerate() {
        if e.id.trim().is_empty() {
            problems.push(error(event_path(i, "id"), "event id is empty"));
        } else if let Some(&first) = event_ids.get(e.id.as_str()) {
            problems.push(Problem {
                see_also: Some(event_path(first, "id")),
                ..error(
                    event_path(i, "id"),
                    format!("duplicate event id \"{}\"", e.id),
                )
            });
        } else {
            event_ids.insert(&e.id, i);
        }
        if e.title.trim().is_empty() {
            problems.push(warning(event_path(i, "title"), "event has an empty title"));
        }
        cites.check(
            &mut problems,
            e.sources.iter().map(|s| s.as_str()),
            vec![Seg::Field("events"), Seg::Index(i)],
            &|| format!("event \"{}\"", e.id),
        );
    }
    let mut event_hints = Hints::default();
    for (i, e) in ds.events.iter().enumerate() {
        for (j, r) in e.related.iter().enumerate() {
            if !event_ids.contains_key(r.as_str()) {
                let hint = event_hints.hint(r, || event_ids.keys().copied().collect());
                problems.push(error(
                    vec![
                        Seg::Field("events"),
                        Seg::Index(i),
                        Seg::Field("related"),
                        Seg::Index(j),
                    ],
                    format!("related id \"{r}\" is not the id of any event{hint}"),
                ));
            }
        }
    }
    for (i, e) in ds.events.iter_mut().enumerate() {
        // Already worked out (by the parallel loader, see `fill_when`).
        if e.when != When::default() {
            continue;
        }
        let start = Date::parse(&e.date).map_err(|err| {
            problems.push(error(event_path(i, "date"), format!("invalid date: {err}")))
        });
        let end = match &e.end {
            Some(text) => Date::parse(text).map(Some).map_err(|err| {
                problems.push(error(
                    event_path(i, "end"),
                    format!("invalid end date: {err}"),
                ))
            }),
            None => Ok(None),
        };
        if let (Ok(start), Ok(end)) = (start, end) {
            match When::new(start, end, e.approximate) {
                Ok(w) => e.when = w,
                Err(err) => problems.push(error(event_path(i, "end"), err.0)),
            }
        }
    }

    // Trade series.
    let mut series_ids: HashMap<&str, usize> = HashMap::default();
    for (s, series) in ds.trade.iter_mut().enumerate() {
        let sp = |f: &'static str| vec![Seg::Field("trade"), Seg::Index(s), Seg::Field(f)];
        if let Some(&first) = series_ids.get(series.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("trade"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(sp("id"), format!("duplicate series id \"{}\"", series.id))
            });
        } else {
            series_ids.insert(&series.id, s);
        }
        if series.currency.trim().is_empty() {
            problems.push(error(
                sp("currency"),
                "the series has no currency (e.g. \"USD\")",
            ));
        }
        for (o, obs) in series.observations.iter_mut().enumerate() {
            let op = |f: &'static str| obs_path(s, o, f);
            match Period::parse(&obs.period) {
                Ok(p) => obs.parsed_period = p,
                Err(e) => problems.push(error(op("period"), format!("invalid period: {e}"))),
            }
            if let Some(g) = &mut obs.growth {
                match Period::parse(&g.against) {
                    Ok(p) => g.against_period = p,
                    Err(e) => {
                        let mut path = op("growth");
                        path.push(Seg::Field("against"));
                        problems.push(error(path, format!("invalid period: {e}")));
                    }
                }
                if !g.percent.is_finite() {
                    let mut path = op("growth");
                    path.push(Seg::Field("percent"));
                    problems.push(error(
                        path,
                        format!("growth must be a finite number, found {}", g.percent),
                    ));
                }
            }
            for (name, value) in [
                ("turnover", obs.turnover),
                ("exports", obs.exports),
                ("imports", obs.imports),
            ] {
                if let Some(v) = value {
                    if !v.is_finite() {
                        problems.push(error(
                            op(name),
                            format!("{name} must be a finite amount, found {v}"),
                        ));
                    } else if v.is_sign_negative() && v != 0.0 {
                        problems.push(error(
                            op(name),
                            format!("{name} cannot be negative, found {v}"),
                        ));
                    } else if v.is_sign_negative() {
                        problems.push(error(
                            op(name),
                            format!("{name} is written -0; write 0 (an amount has no sign)"),
                        ));
                    }
                }
            }
            if let (Some(x), Some(m)) = (obs.exports, obs.imports)
                && x.is_finite()
                && m.is_finite()
                && !(x + m).is_finite()
            {
                problems.push(error(
                    op("imports"),
                    format!(
                        "exports {x:e} + imports {m:e} add up to more than a number can hold; expected amounts in the series' scale"
                    ),
                ));
            }
            if obs.turnover.is_none() && obs.exports.is_none() && obs.imports.is_none() {
                problems.push(warning(
                    op("period"),
                    "observation has no turnover, exports or imports",
                ));
            }
            let base = vec![
                Seg::Field("trade"),
                Seg::Index(s),
                Seg::Field("observations"),
                Seg::Index(o),
            ];
            cite_check(&mut problems, &obs.sources, base, &|| {
                format!("the figure for {}", obs.period)
            });
        }
    }

    for (s, series) in ds.trade.iter().enumerate() {
        series_checks(&mut problems, s, series);
    }

    // Indicators.
    for (n, ind) in ds.indicators.iter().enumerate() {
        let ip = |f| vec![Seg::Field("indicators"), Seg::Index(n), Seg::Field(f)];
        check_amount(&mut problems, ip("value"), ind.value);
        let latest = Date::parse(&ind.as_of)
            .map_err(|e| problems.push(error(ip("as_of"), format!("invalid as_of date: {e}"))))
            .ok();
        if ind.unit.trim().is_empty() {
            problems.push(error(ip("unit"), "the indicator has no unit"));
        }
        if ind.rank == Some(0) {
            problems.push(error(ip("rank"), "a rank starts at 1, found 0"));
        }
        cite_check(
            &mut problems,
            &ind.sources,
            vec![Seg::Field("indicators"), Seg::Index(n)],
            &|| format!("indicator \"{}\"", ind.id),
        );
        let mut previous: Option<(usize, Date)> = None;
        for (k, v) in ind.earlier.iter().enumerate() {
            let base = vec![
                Seg::Field("indicators"),
                Seg::Index(n),
                Seg::Field("earlier"),
                Seg::Index(k),
            ];
            let vp = |f| {
                let mut p = base.clone();
                p.push(Seg::Field(f));
                p
            };
            check_amount(&mut problems, vp("value"), v.value);
            if v.rank == Some(0) {
                problems.push(error(vp("rank"), "a rank starts at 1, found 0"));
            }
            cite_check(&mut problems, &v.sources, base.clone(), &|| {
                format!("the value of \"{}\" as of {}", ind.id, v.as_of)
            });
            let Ok(date) = Date::parse(&v.as_of)
                .map_err(|e| problems.push(error(vp("as_of"), format!("invalid as_of date: {e}"))))
            else {
                continue;
            };
            if let Some((_, before)) = previous
                && date.start_day() < before.end_day_exclusive()
            {
                problems.push(error(
                    vp("as_of"),
                    format!("earlier values go oldest first: {date} is not after {before}"),
                ));
            }
            if let Some(latest) = latest
                && date.start_day() >= latest.start_day()
            {
                problems.push(error(
                    vp("as_of"),
                    format!(
                        "an earlier value ({date}) must come before the indicator's own as_of ({latest})"
                    ),
                ));
            }
            previous = Some((k, date));
        }
    }

    eras(&mut problems, &mut ds.eras, &ds.parties, &cite_check);
    problems
}

/// A value that must be a finite number, not below zero.
fn check_amount(problems: &mut Vec<Problem>, path: Path, value: f64) {
    if !value.is_finite() {
        problems.push(error(
            path,
            format!("value must be a finite number, found {value}"),
        ));
    } else if value.is_sign_negative() {
        problems.push(error(
            path,
            format!(
                "value cannot be negative, found {value}{}",
                if value == 0.0 { " (write 0)" } else { "" }
            ),
        ));
    }
}

type CiteCheck<'a> = dyn Fn(&mut Vec<Problem>, &[String], Path, &dyn Fn() -> String) + 'a;

/// Eras: unique ids, a party of the dataset, dates that parse and do not run
/// backwards, sources; the parsed span is filled in.
fn eras(
    problems: &mut Vec<Problem>,
    eras: &mut [crate::model::Era],
    parties: &(String, String),
    cite_check: &CiteCheck<'_>,
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
            problems.push(error(ep("id"), "era id is empty"));
        } else if let Some(&first) = ids.get(&era.id) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("eras"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(ep("id"), format!("duplicate era id \"{}\"", era.id))
            });
        } else {
            ids.insert(era.id.clone(), i);
        }
        if !era.party.is_empty() && !parties.contains(&era.party) {
            problems.push(error(
                ep("party"),
                format!(
                    "the era's party \"{}\" is not one of the dataset's parties (\"{}\", \"{}\")",
                    era.party, parties[0], parties[1]
                ),
            ));
        }
        if era.name.trim().is_empty() {
            problems.push(error(ep("name"), "the era has no name"));
        }
        if era.kind.trim().is_empty() {
            problems.push(error(
                ep("kind"),
                "the era has no kind (e.g. \"presidency\")",
            ));
        }
        cite_check(problems, &era.sources, base.clone(), &|| {
            format!("era \"{}\"", era.id)
        });
        let start = Date::parse(&era.start)
            .map_err(|e| problems.push(error(ep("start"), format!("invalid start date: {e}"))));
        let end = match &era.end {
            Some(text) => Date::parse(text)
                .map(Some)
                .map_err(|e| problems.push(error(ep("end"), format!("invalid end date: {e}")))),
            None => Ok(None),
        };
        if let (Ok(start), Ok(end)) = (start, end) {
            if let Some(end) = end
                && end.end_day_exclusive() <= start.start_day()
            {
                problems.push(error(
                    ep("end"),
                    format!(
                        "the era ends ({}) before it starts ({})",
                        end.iso(),
                        start.iso()
                    ),
                ));
            } else {
                era.span = crate::model::EraSpan { start, end };
            }
        }
    }
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
                    format!(
                        "the {} of \"{}\" starts before the {} of \"{}\" ends",
                        b.kind, b.name, a.kind, a.name
                    ),
                )
            });
        }
    }
}

/// Most id comparisons "did you mean" makes for one kind of unknown id.
pub const HINT_COMPARISONS: usize = 50_000;

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
            .map(|s| format!("; did you mean \"{s}\"?"))
            .unwrap_or_default()
    }
}

/// How many problems of one kind are listed; the rest are counted.
pub const PER_KIND: usize = 50;

/// Keeps the first [`PER_KIND`] problems of each kind (the same message but
/// for the quoted names and the numbers in it) and puts in their place one
/// problem saying how many more there are: a file with 3,000 clashing
/// periods gives 51 lines, not 3,000.
pub fn cap(problems: Vec<Problem>) -> Vec<Problem> {
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
            message: format!(
                "… and {} more problems like the one above",
                crate::format::thousands(more)
            ),
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
        if word.chars().all(|c| c.is_ascii_lowercase()) {
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

/// Periods of a series that appear twice (an error, against the first) or
/// overlap another without containing it (a warning, naming one of them), in
/// O(n log n): a file of 3,000 overlapping periods gives at most one problem
/// per period, and [`cap`] lists the first of them.
fn periods_that_clash(problems: &mut Vec<Problem>, s: usize, series: &crate::model::TradeSeries) {
    use std::collections::BTreeMap;
    use std::ops::Bound::Excluded;
    let obs = &series.observations;
    let days = |o: usize| {
        let (a, b) = obs[o].parsed_period.span_days();
        (a as i64, b as i64)
    };
    let mut first_of: HashMap<(i64, i64), usize> = HashMap::default();
    // A period that did not parse is already an error and has no place.
    let parsed = |o: usize| Period::parse(&obs[o].period).is_ok();
    for o in (0..obs.len()).filter(|&o| parsed(o)) {
        if let Some(&b) = first_of.get(&days(o)) {
            let pa = obs[o].parsed_period;
            problems.push(Problem {
                see_also: Some(obs_path(s, b, "period")),
                ..error(
                    obs_path(s, o, "period"),
                    format!("the period {pa} appears twice in series \"{}\"", series.id),
                )
            });
        } else {
            first_of.insert(days(o), o);
        }
    }
    // By start; a period overlaps an earlier-starting one without either
    // containing the other when that one ends strictly inside it.
    let mut order: Vec<usize> = first_of.values().copied().collect();
    order.sort_unstable_by_key(|&o| (days(o).0, o));
    let mut ends: BTreeMap<i64, usize> = BTreeMap::new();
    let mut group: Vec<usize> = Vec::new();
    for (n, &o) in order.iter().enumerate() {
        let (start, end) = days(o);
        if let Some((_, &b)) = ends.range((Excluded(start), Excluded(end))).next() {
            let (pa, pb) = (obs[o].parsed_period, obs[b].parsed_period);
            problems.push(warning(
                obs_path(s, o, "period"),
                format!(
                    "the period {pa} overlaps {pb} in series \"{}\" without containing it",
                    series.id
                ),
            ));
        }
        // Periods that start together contain one another: they join the
        // searched ends only once the next start is reached.
        group.push(o);
        if order.get(n + 1).is_none_or(|&next| days(next).0 != start) {
            for g in group.drain(..) {
                ends.entry(days(g).1).or_insert(g);
            }
        }
    }
}

/// Reconciles a series with itself: periods that clash, flows that do not
/// add up to the turnover, growth that the figures cannot give.
fn series_checks(problems: &mut Vec<Problem>, s: usize, series: &crate::model::TradeSeries) {
    use crate::model::trade::{rounding, trim_number};
    let op = |o: usize, f: &'static str| obs_path(s, o, f);
    let obs = &series.observations;
    periods_that_clash(problems, s, series);
    for (o, a) in obs.iter().enumerate() {
        let sane = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && !v.is_sign_negative());
        if !(sane(a.turnover) && sane(a.exports) && sane(a.imports)) {
            continue; // already an error; reconciling it would only add noise
        }
        if let (Some(t), Some(x), Some(m)) = (a.turnover, a.exports, a.imports) {
            let slack = rounding(t) + rounding(x) + rounding(m);
            if (x + m - t).abs() > slack + 1e-9 {
                problems.push(warning(
                    op(o, "turnover"),
                    format!(
                        "exports {} + imports {} = {} differs from the turnover {} by more than rounding explains",
                        trim_number(x),
                        trim_number(m),
                        trim_number(x + m),
                        trim_number(t)
                    ),
                ));
            }
        }
        if let Some(check) = series.growth_check(o)
            && check.agrees() == Some(false)
        {
            let mut path = op(o, "growth");
            path.push(Seg::Field("percent"));
            problems.push(warning(
                path,
                format!(
                    "reported growth {:+.1}% cannot be reconciled with the figures: {} → {} gives {:+.1}% ({:+.1}% to {:+.1}% within rounding)",
                    check.reported.unwrap_or_default(),
                    series.money(check.previous),
                    series.money(a.turnover.unwrap_or_default()),
                    check.computed,
                    check.lo,
                    check.hi
                ),
            ));
        }
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
