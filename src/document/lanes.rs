//! What the timeline's lanes stand for: the kind of event (the default),
//! the country (of the participants, or named in the place), the person
//! (each participant), or the group (a TimelineJS group, else the tags).
//!
//! An event is in one lane by kind, and in as many lanes as it has
//! countries, people or tags otherwise: a meeting of two presidents shows in
//! both their lanes. At most [`MAX_NAMED`] lanes are named (the busiest;
//! by country the two parties first); the rest share an "Other …" lane, and
//! events with no country, person or group have a lane of their own.

use crate::model::{Dataset, Event, LaneColor};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// What the lanes stand for. Persisted with the filters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneBy {
    #[default]
    Kind,
    Country,
    Person,
    Group,
}

impl LaneBy {
    pub const ALL: [LaneBy; 4] = [Self::Kind, Self::Country, Self::Person, Self::Group];

    /// Its name in the window's language.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Kind => "lanes-kind",
            Self::Country => "lanes-country",
            Self::Person => "lanes-person",
            Self::Group => "lanes-group",
        })
    }

    /// The name on the command line (`--lanes country`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Kind => "kind",
            Self::Country => "country",
            Self::Person => "person",
            Self::Group => "group",
        }
    }

    pub(crate) fn describe(self) -> String {
        crate::tr!(match self {
            Self::Kind => "lanes-by-kind-tip",
            Self::Country => "lanes-by-country-tip",
            Self::Person => "lanes-by-person-tip",
            Self::Group => "lanes-by-group-tip",
        })
    }

    /// The lane of events that have no value, and of the values past the
    /// named lanes.
    fn none_and_rest(self) -> (String, String) {
        let (none, rest) = match self {
            Self::Kind => return (String::new(), String::new()),
            Self::Country => ("lane-no-country", "lane-other-countries"),
            Self::Person => ("lane-no-participants", "lane-other-people"),
            Self::Group => ("lane-no-group", "lane-other-groups"),
        };
        (crate::tr!(none), crate::tr!(rest))
    }
}

/// The most lanes named after a country, person or group.
pub(crate) const MAX_NAMED: usize = 8;

/// A lane's name and colour.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneHead {
    pub label: String,
    pub color: LaneColor,
    /// What the lane holds, in one line (a dataset's own kind may say).
    pub description: Option<String>,
}

/// The lanes of a dataset and the lanes each event is in.
#[derive(Clone, Debug)]
pub struct Lanes {
    pub by: LaneBy,
    pub heads: Vec<LaneHead>,
    members: Members,
}

#[derive(Clone, Debug)]
enum Members {
    /// Lane of each kind (by its place in the dataset's kinds).
    Kind(Vec<u16>),
    /// Event `i`'s lanes are `lanes[offsets[i]..offsets[i + 1]]`.
    Lists { offsets: Vec<u32>, lanes: Vec<u16> },
}

impl Lanes {
    /// The lanes of `ds` by `by`: from every event, so lanes stay in place
    /// while filters change.
    pub fn new(ds: &Dataset, by: LaneBy) -> Self {
        if by == LaneBy::Kind {
            let kinds = &ds.kind_table.kinds;
            let mut present = vec![false; kinds.len()];
            for e in &ds.events {
                if let Some(p) = present.get_mut(e.kind_no as usize) {
                    *p = true;
                }
            }
            // Every event has a lane (one of an unknown kind, never loaded,
            // the first).
            let mut map = vec![0u16; kinds.len()];
            let mut heads = Vec::new();
            for (n, kind) in kinds.iter().enumerate().filter(|(n, _)| present[*n]) {
                map[n] = heads.len() as u16;
                heads.push(LaneHead {
                    label: kind.shown_label().into_owned(),
                    color: LaneColor::Kind(kind.color),
                    description: kind.description.clone(),
                });
            }
            return Self {
                by,
                heads,
                members: Members::Kind(map),
            };
        }
        let countries = known_countries(ds);
        let mut keys_of: Vec<&str> = Vec::new();
        let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
        let mut first_seen: FxHashMap<&str, usize> = FxHashMap::default();
        for e in &ds.events {
            keys_of.clear();
            keys(e, by, &countries, &mut keys_of);
            for &k in &keys_of {
                *counts.entry(k).or_default() += 1;
                let n = first_seen.len();
                first_seen.entry(k).or_insert(n);
            }
        }
        let mut ranked: Vec<&str> = counts.keys().copied().collect();
        let party_rank = |k: &str| {
            if by == LaneBy::Country && !k.is_empty() {
                [&ds.parties.0, &ds.parties.1]
                    .iter()
                    .position(|p| p.as_str() == k)
                    .unwrap_or(2)
            } else {
                2
            }
        };
        ranked.sort_by(|a, b| {
            party_rank(a)
                .cmp(&party_rank(b))
                .then(counts[b].cmp(&counts[a]))
                .then(a.cmp(b))
        });
        let named = ranked.len().min(MAX_NAMED);
        let mut lane_of: FxHashMap<&str, u16> = FxHashMap::default();
        let mut heads: Vec<LaneHead> = Vec::new();
        for (n, k) in ranked[..named].iter().enumerate() {
            lane_of.insert(k, n as u16);
            heads.push(LaneHead {
                label: (*k).to_string(),
                color: LaneColor::Palette(n as u8),
                description: None,
            });
        }
        let (none_label, rest_label) = by.none_and_rest();
        let rest_lane = (ranked.len() > named).then(|| {
            heads.push(LaneHead {
                label: rest_label.to_string(),
                color: LaneColor::Rest,
                description: None,
            });
            (heads.len() - 1) as u16
        });
        let mut none_lane = None;
        let mut offsets = Vec::with_capacity(ds.events.len() + 1);
        let mut lanes: Vec<u16> = Vec::with_capacity(ds.events.len());
        offsets.push(0u32);
        for e in &ds.events {
            keys_of.clear();
            keys(e, by, &countries, &mut keys_of);
            let from = lanes.len();
            for k in &keys_of {
                let lane = lane_of.get(k).copied().or(rest_lane).expect("ranked");
                if !lanes[from..].contains(&lane) {
                    lanes.push(lane);
                }
            }
            if keys_of.is_empty() {
                let lane = *none_lane.get_or_insert_with(|| {
                    heads.push(LaneHead {
                        label: none_label.to_string(),
                        color: LaneColor::Rest,
                        description: None,
                    });
                    (heads.len() - 1) as u16
                });
                lanes.push(lane);
            }
            offsets.push(lanes.len() as u32);
        }
        // "Other …" was made before the loop, so "No …" comes last.
        Self {
            by,
            heads,
            members: Members::Lists { offsets, lanes },
        }
    }

    /// The lanes event `i` of the dataset is in.
    pub fn of(&self, ds: &Dataset, i: usize) -> &[u16] {
        match &self.members {
            Members::Kind(map) => {
                let n = ds.events[i].kind_no as usize;
                std::slice::from_ref(map.get(n).unwrap_or(&0))
            }
            Members::Lists { offsets, lanes } => {
                &lanes[offsets[i] as usize..offsets[i + 1] as usize]
            }
        }
    }
}

/// Country names the dataset uses: its parties and its participants'.
fn known_countries(ds: &Dataset) -> Vec<&str> {
    let mut out: Vec<&str> = [ds.parties.0.as_str(), ds.parties.1.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    for e in &ds.events {
        for p in &e.participants {
            let c = p.country.trim();
            if !c.is_empty() && !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// The values of `e` lanes are made of, without repeats.
fn keys<'a>(e: &'a Event, by: LaneBy, countries: &[&'a str], out: &mut Vec<&'a str>) {
    let mut push = |k: &'a str| {
        let k = k.trim();
        if !k.is_empty() && !out.contains(&k) {
            out.push(k);
        }
    };
    match by {
        LaneBy::Kind => {}
        LaneBy::Country => {
            for p in &e.participants {
                push(&p.country);
            }
            if e.participants.iter().all(|p| p.country.trim().is_empty())
                && let Some(place) = &e.place
            {
                for &c in countries {
                    if crate::model::event::contains_lower(place, &c.to_lowercase()) {
                        push(c);
                    }
                }
            }
        }
        LaneBy::Person => {
            for p in &e.participants {
                push(&p.name);
            }
        }
        LaneBy::Group => match e.group.as_deref().filter(|g| !g.trim().is_empty()) {
            Some(g) => push(g),
            None => {
                for t in &e.tags {
                    push(t);
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(l: &Lanes) -> Vec<&str> {
        l.heads.iter().map(|h| h.label.as_str()).collect()
    }

    #[test]
    fn the_bundled_dataset_by_country_and_person() {
        let ds = crate::load::load_str(crate::BUNDLED_DATA).unwrap().dataset;
        let by_country = Lanes::new(&ds, LaneBy::Country);
        assert_eq!(&labels(&by_country)[..2], ["Kazakhstan", "France"]);
        let treaty = ds.event_index("treaty-strategic-partnership-2008").unwrap();
        assert!(!by_country.of(&ds, treaty).is_empty());
        let by_person = Lanes::new(&ds, LaneBy::Person);
        assert_eq!(labels(&by_person)[0], "Nursultan Nazarbayev");
        assert!(by_person.heads.len() <= MAX_NAMED + 2);
        assert!(labels(&by_person).contains(&"Other people"));
        // Every event is in at least one lane, and no lane twice.
        for by in LaneBy::ALL {
            let lanes = Lanes::new(&ds, by);
            for i in 0..ds.events.len() {
                let of = lanes.of(&ds, i);
                assert!(!of.is_empty(), "{by:?} event {i}");
                let mut sorted = of.to_vec();
                sorted.dedup();
                assert_eq!(sorted.len(), of.len());
                assert!(of.iter().all(|&l| (l as usize) < lanes.heads.len()));
            }
        }
    }

    #[test]
    fn groups_first_then_tags_and_a_lane_for_none() {
        let mut ds = crate::load::load_str(crate::BUNDLED_DATA).unwrap().dataset;
        ds.events.truncate(3);
        ds.events[0].group = Some("Diplomacy".into());
        ds.events[1].group = None;
        ds.events[1].tags = crate::model::list!["trade".into()];
        ds.events[2].group = None;
        ds.events[2].tags.clear();
        let lanes = Lanes::new(&ds, LaneBy::Group);
        let mut l = labels(&lanes);
        l.sort();
        assert_eq!(l, ["Diplomacy", "No group", "trade"]);
        assert_eq!(
            lanes.heads.last().map(|h| h.label.as_str()),
            Some("No group")
        );
    }
}
