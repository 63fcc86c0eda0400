//! Synthetic datasets for scale tests: `entente generate --events N --seed S`.
//!
//! Events spread over 1900–2030 with dense clusters (summits, weeks of talks),
//! every kind, a mix of day, month and year precision and of ranges, titles
//! and summaries of varied length, participants, sources, related events, and
//! a yearly trade series. The same seed gives the same file.

pub mod comtrade;
pub mod gdelt;

use crate::model::date::date_of_epoch_day;
use crate::model::{
    BUILT_IN, Dataset, Event, Growth, KindId, List, Observation, Participant, Period, Scale,
    Source, TradeSeries, list,
};
use chrono::Datelike as _;
use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

const PLACES: [&str; 16] = [
    "Astana",
    "Paris",
    "Almaty",
    "Lyon",
    "Brussels",
    "Geneva",
    "Shymkent",
    "Marseille",
    "Aktau",
    "Strasbourg",
    "Karaganda",
    "Bordeaux",
    "Atyrau",
    "Toulouse",
    "Vienna",
    "New York",
];
const TOPICS: [&str; 14] = [
    "energy",
    "uranium supplies",
    "rare-earth metals",
    "transport corridors",
    "water",
    "education",
    "aviation",
    "space cooperation",
    "agriculture",
    "investment protection",
    "culture",
    "health",
    "digital economy",
    "climate",
];
const PEOPLE: [(&str, &str); 12] = [
    ("Aigerim Sadykova", "Kazakhstan"),
    ("Claire Moreau", "France"),
    ("Daniyar Bekov", "Kazakhstan"),
    ("Julien Garnier", "France"),
    ("Saule Omarova", "Kazakhstan"),
    ("Isabelle Fontaine", "France"),
    ("Yerlan Kaliyev", "Kazakhstan"),
    ("Thomas Renard", "France"),
    ("Madina Tulegenova", "Kazakhstan"),
    ("Nicolas Perrin", "France"),
    ("Arman Zhaksylykov", "Kazakhstan"),
    ("Sophie Lambert", "France"),
];
const ROLES: [&str; 6] = [
    "Minister of Foreign Affairs",
    "Deputy Minister",
    "Ambassador",
    "Head of delegation",
    "Director of department",
    "Member of parliament",
];

/// 1900-01-01 and 2031-01-01 in epoch days.
const FIRST_DAY: i64 = -25_567;
const LAST_DAY: i64 = 22_280;

/// The noun of a generated title, per built-in kind (in `BUILT_IN`'s order).
const KIND_NOUNS: [&str; 7] = [
    "Treaty",
    "State visit",
    "Official visit",
    "Working visit",
    "Consultations",
    "Agreement",
    "Meeting",
];

fn iso(day: i64) -> String {
    let d = date_of_epoch_day(day).expect("generated days are within 1900-2030");
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The most events `generate` writes (about 5 GB of RON).
pub const MAX_EVENTS: u64 = 10_000_000;

/// The generator's state: its random stream, the sources and the dense
/// periods. Events come one at a time, so a file of any size is written
/// without holding its events in memory.
struct Generator {
    rng: ChaCha8Rng,
    sources: Vec<Source>,
    clusters: Vec<(i64, i64)>,
}

impl Generator {
    fn new(events: usize, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let sources: Vec<Source> = (0..40)
            .map(|k| Source {
                id: format!("src-{k:02}"),
                publisher: format!("Synthetic Press {}", k % 7 + 1),
                title: Some(format!("Report number {k}").into()),
                url: Some(format!("https://example.org/synthetic/{k}")),
                date: None,
                note: None,
            })
            .collect();
        // Dense periods: summits and weeks of talks.
        let clusters: Vec<(i64, i64)> = (0..(events / 200).clamp(5, 5000))
            .map(|_| {
                (
                    rng.random_range(FIRST_DAY..LAST_DAY - 20),
                    rng.random_range(1..15),
                )
            })
            .collect();
        Self {
            rng,
            sources,
            clusters,
        }
    }

    /// Event number `i` (events come in order: `i` = 0, 1, 2 …).
    fn event(&mut self, i: usize) -> Event {
        let rng = &mut self.rng;
        let clusters = &self.clusters;
        let sources = &self.sources;
        let day = if rng.random_bool(0.6) {
            let (c, span) = clusters[rng.random_range(0..clusters.len())];
            c + rng.random_range(0..span)
        } else {
            rng.random_range(FIRST_DAY..LAST_DAY)
        };
        let kind_no = rng.random_range(0..BUILT_IN.len());
        let text = iso(day);
        let p: f64 = rng.random();
        let (date, end) = if p < 0.80 {
            (text, None)
        } else if p < 0.92 {
            (text[..7].to_string(), None)
        } else if p < 0.97 {
            (text[..4].to_string(), None)
        } else {
            (text, Some(iso(day + rng.random_range(1..6))))
        };
        let place = PLACES[rng.random_range(0..PLACES.len())];
        let topic = TOPICS[rng.random_range(0..TOPICS.len())];
        let mut title = format!("{} in {place}", KIND_NOUNS[kind_no]);
        for _ in 0..rng.random_range(0..3) {
            title.push_str(&format!(
                " on {}",
                TOPICS[rng.random_range(0..TOPICS.len())]
            ));
        }
        let sentences = rng.random_range(0..4);
        let summary = (0..sentences)
            .map(|s| {
                format!(
                    "The delegations discussed {topic} and agreed on point {}.",
                    s + 1
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        let participants = (0..rng.random_range(0..3))
            .map(|_| {
                let (name, country) = PEOPLE[rng.random_range(0..PEOPLE.len())];
                Participant {
                    name: name.into(),
                    role: ROLES[rng.random_range(0..ROLES.len())].into(),
                    country: country.into(),
                }
            })
            .collect();
        let related = if i > 0 && rng.random_bool(0.1) {
            list![format!("e{:07}", rng.random_range(0..i)).into()]
        } else {
            List::new()
        };
        Event {
            id: format!("e{i:07}").into(),
            date: date.into(),
            end: end.map(Into::into),
            approximate: rng.random_bool(0.02),
            kind: KindId::from(BUILT_IN[kind_no].id),
            title: title.into(),
            place: Some(place.into()),
            participants,
            summary: summary.into(),
            quotes: List::new(),
            tags: list![topic.into()],
            group: None,
            sources: (0..rng.random_range(1..3))
                .map(|_| {
                    sources[rng.random_range(0..sources.len())]
                        .id
                        .as_str()
                        .into()
                })
                .collect(),
            related,
            note: None,
            when: Default::default(),
            kind_no: 0,
            media: None,
        }
    }

    /// The yearly trade series (drawn after every event).
    fn trade(&mut self) -> Vec<TradeSeries> {
        let rng = &mut self.rng;
        let sources = &self.sources;
        let mut observations = Vec::new();
        let mut previous: Option<f64> = None;
        for year in 1990..=2024 {
            let exports = (rng.random_range(5..60) as f64) / 10.0;
            let imports = (rng.random_range(3..30) as f64) / 10.0;
            let turnover = ((exports + imports) * 10.0).round() / 10.0;
            let growth = previous.map(|p| Growth {
                percent: ((turnover / p - 1.0) * 1000.0).round() / 10.0,
                against: (year - 1).to_string(),
                against_period: Period::default(),
            });
            previous = Some(turnover);
            observations.push(Observation {
                period: year.to_string(),
                turnover: Some(turnover),
                exports: Some(exports),
                imports: Some(imports),
                growth,
                approximate: false,
                estimated: false,
                note: None,
                sources: vec![sources[(year % 40) as usize].id.clone()],
                parsed_period: Period::default(),
            });
        }
        vec![TradeSeries {
            id: "synthetic-usd".into(),
            reporter: "Kazakhstan".into(),
            reporter_label: "Synthetic statistics".into(),
            currency: "USD".into(),
            scale: Scale::Billions,
            flows: "exports = Kazakhstan → France".into(),
            note: None,
            source: None,
            observations,
            classification: None,
            products: Vec::new(),
        }]
    }

    /// The dataset around the events and the trade.
    fn shell(&self, events: usize, seed: u64) -> Dataset {
        Dataset {
            title: format!("Synthetic dataset ({events} events, seed {seed})").into(),
            parties: ("Kazakhstan".into(), "France".into()),
            description: "Generated by `entente generate` for scale tests; not real events.".into(),
            sources: self.sources.clone(),
            ..Dataset::default()
        }
    }
}

/// A synthetic dataset of `events` events, in memory. Its dates are not yet
/// parsed: load it (or run [`crate::load::validate::validate`]) before use.
pub fn generate(events: usize, seed: u64) -> Dataset {
    let mut g = Generator::new(events, seed);
    let mut ds = g.shell(events, seed);
    ds.events = (0..events).map(|i| g.event(i)).collect();
    ds.trade = g.trade();
    ds
}

/// Writes the dataset [`generate`] makes as RON to `out`, one event at a
/// time: memory stays the same whatever `events` is.
pub fn write_ron(events: usize, seed: u64, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut g = Generator::new(events, seed);
    let mut shell = g.shell(events, seed);
    let text = to_ron(&shell).map_err(std::io::Error::other)?;
    let (head, _) = text
        .split_once(EMPTY_EVENTS)
        .ok_or_else(|| std::io::Error::other("unexpected RON layout"))?;
    out.write_all(head.as_bytes())?;
    out.write_all(b"events: [\n")?;
    for i in 0..events {
        let event = pretty(&g.event(i)).map_err(std::io::Error::other)?;
        // The header (`#![enable(implicit_some)]`) is the file's, once.
        for line in event.lines().filter(|l| !l.starts_with("#![")) {
            out.write_all(b"    ")?;
            out.write_all(line.as_bytes())?;
            // The closing parenthesis of an event takes the comma.
            out.write_all(if line == ")" { b",\n" } else { b"\n" })?;
        }
    }
    out.write_all(b"  ],")?;
    shell.trade = g.trade();
    let text = to_ron(&shell).map_err(std::io::Error::other)?;
    let (_, tail) = text
        .split_once(EMPTY_EVENTS)
        .ok_or_else(|| std::io::Error::other("unexpected RON layout"))?;
    out.write_all(tail.as_bytes())?;
    Ok(())
}

/// How an empty event list is written by [`to_ron`].
const EMPTY_EVENTS: &str = "events: [],";

/// The dataset as RON text, in the format `load` reads.
pub fn to_ron(ds: &Dataset) -> Result<String, String> {
    pretty(ds)
}

/// Any value as RON in the dataset format's style.
fn pretty(value: &impl serde::Serialize) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .indentor("  ".to_string());
    ron::ser::to_string_pretty(value, config).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data_and_it_is_valid() {
        let a = to_ron(&generate(500, 7)).unwrap();
        let b = to_ron(&generate(500, 7)).unwrap();
        let mut streamed = Vec::new();
        write_ron(500, 7, &mut streamed).unwrap();
        let streamed = crate::load::load_bytes(&streamed).unwrap().dataset;
        let whole = crate::load::load_str(&a).unwrap().dataset;
        assert_eq!(streamed, whole, "streamed and in-memory datasets agree");
        assert_eq!(a, b);
        assert_ne!(a, to_ron(&generate(500, 8)).unwrap());
        let loaded = crate::load::load_str(&a).unwrap();
        assert_eq!(loaded.dataset.events.len(), 500);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let kinds: std::collections::HashSet<_> = loaded
            .dataset
            .events
            .iter()
            .map(|e| e.kind.clone())
            .collect();
        assert_eq!(kinds.len(), BUILT_IN.len());
    }
}
