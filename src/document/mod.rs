//! A loaded dataset, where it came from, and what is derived from it: the
//! time order (sorted once, at load), the kinds present, and the index of the
//! events the filters let through. Used by the window, the loader thread, the
//! exporter and the command line alike; knows nothing of egui.

mod filters;
mod index;
mod lanes;
mod layers;
pub(crate) mod spill;

pub use filters::Filters;

pub use index::TimelineIndex;
pub(crate) use index::{Lane, time_order};
pub use lanes::{LaneBy, Lanes};
pub use layers::LayerPart;

use crate::load;
use crate::model::{Dataset, FigureRef};
use std::path::PathBuf;
use std::sync::Arc;

/// Where the data comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum DataSource {
    /// The Kazakhstan–France dataset embedded in the binary.
    Bundled,
    /// A file on disk: watched, listed in recent files, read again on Reload.
    File(PathBuf),
    /// A dataset built in memory (benchmarks, tests): never watched, never
    /// in recent files, nothing to read again.
    Memory { name: String },
}

impl DataSource {
    /// The name shown in the title bar and in diagnostics.
    pub(crate) fn display_name(&self) -> String {
        match self {
            Self::Bundled => crate::tr!("bundled-name"),
            Self::File(p) => p.display().to_string(),
            Self::Memory { name } => name.clone(),
        }
    }

    /// The file behind this source, if there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Self::File(p) => Some(p),
            _ => None,
        }
    }

    /// The stem default export names start with: `kz-fr` for the bundled data.
    pub fn stem(&self) -> String {
        match self {
            Self::Bundled => "kz-fr".to_string(),
            Self::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default(),
            Self::Memory { name } => name.clone(),
        }
    }

    /// Reads and validates the data, a file through [`crate::open`]. A
    /// memory source has nothing to read.
    pub fn load(&self) -> Result<load::Loaded, load::LoadError> {
        match self {
            Self::Bundled => load::load_str(&crate::bundled_data()),
            Self::File(p) => crate::open::open(p, &|_| {}).map(|o| o.loaded),
            Self::Memory { name } => Err(load::LoadError::unreadable(&std::io::Error::other(
                format!("{name} was built in memory and has no file to read"),
            ))),
        }
    }
}

/// What is selected: nothing, an event, a trade figure, an era or one
/// value of an indicator; never two.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    #[default]
    None,
    /// An event, by dataset index.
    Event(usize),
    Figure(FigureRef),
    /// An era, by dataset index.
    Era(usize),
    /// Value `value` of indicator `indicator` (in [`Indicator::values`]
    /// order, oldest first).
    ///
    /// [`Indicator::values`]: crate::model::Indicator::values
    Value {
        indicator: usize,
        value: usize,
    },
}

impl Selection {
    pub fn event(self) -> Option<usize> {
        match self {
            Self::Event(i) => Some(i),
            _ => None,
        }
    }

    pub fn figure(self) -> Option<FigureRef> {
        match self {
            Self::Figure(f) => Some(f),
            _ => None,
        }
    }

    pub fn is_none(self) -> bool {
        self == Self::None
    }
}

/// A loaded dataset and what is derived from it. Cloning shares them: a
/// worker thread (an export) gets the document as it was, cheaply.
#[derive(Clone)]
pub struct Document {
    pub source: DataSource,
    pub dataset: Arc<Dataset>,
    /// The events the filters let through, indexed for the timeline.
    pub index: Arc<TimelineIndex>,
    /// Kinds that have events (their places in the dataset's kinds), in
    /// lane order.
    pub kinds: Vec<u16>,
    /// Every event in time order, sorted once at load: a filter edit is one
    /// pass over it, never a sort.
    time_order: Arc<[u32]>,
    /// The lanes, as the filters last asked for them.
    lanes: Arc<Lanes>,
    /// The dataset as read, without the layers (the same as `dataset` when
    /// there are none).
    pub curated: Arc<Dataset>,
    /// The layers merged in, in order; their events follow the curated ones.
    pub layers: Arc<[LayerPart]>,
    /// Each layer event's number of mentions and CAMEO root class, for
    /// the filters.
    mentions: Arc<[(u32, u8)]>,
}

impl Document {
    pub fn new(source: DataSource, dataset: Dataset, filters: &Filters) -> Self {
        let mut kinds: Vec<u16> = dataset.events.iter().map(|e| e.kind_no).collect();
        kinds.sort();
        kinds.dedup();
        let time_order = time_order(&dataset).into();
        let lanes = Arc::new(Lanes::new(&dataset, filters.lanes));
        let dataset = Arc::new(dataset);
        let mut doc = Self {
            source,
            curated: dataset.clone(),
            dataset,
            index: Arc::default(),
            kinds,
            time_order,
            lanes,
            layers: Arc::new([]),
            mentions: Arc::new([]),
        };
        doc.apply_filters(filters);
        doc
    }

    /// This document's data as read, with `layers` beside it (none: as
    /// read).
    pub fn with_layers(&self, layers: &[Arc<crate::layer::Layer>], filters: &Filters) -> Self {
        let curated = self.curated.clone();
        if layers.is_empty() {
            let mut doc = Self::new(self.source.clone(), Dataset::clone(&curated), filters);
            doc.curated = curated;
            return doc;
        }
        let (merged, parts, mentions) = layers::merge(&curated, layers);
        let mut doc = Self::new(self.source.clone(), merged, &Filters::default());
        doc.curated = curated;
        doc.layers = parts.into();
        doc.mentions = mentions.into();
        doc.apply_filters(filters);
        doc
    }

    /// The CAMEO root classes of the layer events, each once, in order.
    pub fn layer_roots(&self) -> Vec<u8> {
        let mut roots: Vec<u8> = self.mentions.iter().map(|&(_, r)| r).collect();
        roots.sort_unstable();
        roots.dedup();
        roots
    }

    /// The layer an event belongs to, with the event's place in it.
    pub fn layer_event(&self, event: usize) -> Option<(&LayerPart, usize)> {
        self.layers
            .iter()
            .find(|p| p.events.contains(&event))
            .map(|p| (p, event - p.events.start))
    }

    /// Rebuilds the index of shown events from the time order (and the
    /// lanes, when the filters ask for other lanes).
    pub(crate) fn apply_filters(&mut self, filters: &Filters) {
        let compiled = filters.compile(&self.dataset.kind_table);
        let ds = &self.dataset;
        let curated = self.curated.events.len();
        let (mentions, least) = (&self.mentions, filters.min_mentions);
        let hidden_roots: u32 = (filters.hidden_roots.iter())
            .filter_map(|r| r.parse::<u8>().ok())
            .fold(0, |m, r| m | 1 << (r % 32));
        if self.lanes.by != filters.lanes {
            self.lanes = Arc::new(Lanes::new(ds, filters.lanes));
        }
        self.index = Arc::new(TimelineIndex::build_from_order(
            ds,
            &self.lanes,
            &self.time_order,
            |i| {
                compiled.matches(&ds.events[i])
                    && (i < curated
                        || mentions.get(i - curated).is_none_or(|&(m, root)| {
                            m >= least && hidden_roots & (1 << (root % 32)) == 0
                        }))
            },
        ));
    }

    /// Builds the lanes again (their names follow the display language).
    pub(crate) fn relabel(&mut self, filters: &Filters) {
        self.lanes = Arc::new(Lanes::new(&self.dataset, filters.lanes));
        self.apply_filters(filters);
    }

    /// What the lanes stand for.
    pub fn lanes_by(&self) -> LaneBy {
        self.lanes.by
    }

    /// Does `[start, end)` (epoch days) hold at least one shown event?
    pub(crate) fn shows_any(&self, start: f64, end: f64) -> bool {
        self.index.lanes.iter().any(|lane| {
            let lo = lane.lower_bound(start - lane.max_len);
            let hi = lane.lower_bound(end);
            (lo..hi).any(|i| lane.ends[i] > start)
        })
    }

    /// The days every shown event covers, `[first, last)`: every event's
    /// when the filters hide them all, `None` when there are no events.
    pub(crate) fn extent(&self) -> Option<(f64, f64)> {
        self.index.extent.or_else(|| {
            crate::model::date::hull(self.dataset.events.iter().map(|e| e.when.span_days()))
        })
    }
}
