//! The selection by what it stands for (an event's id, an era's id), to
//! find again in a new version of the same file.

use crate::document::Selection;
use crate::model::{Dataset, FigureRef};

/// What is selected, by id where the data has ids.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) enum Selected {
    #[default]
    None,
    Event(String),
    Figure(FigureRef),
    Era(String),
    Value {
        indicator: String,
        value: usize,
    },
}

impl Selected {
    /// `selection` in `ds`, by id.
    pub(crate) fn of(ds: &Dataset, selection: Selection) -> Self {
        match selection {
            Selection::Event(i) => ds
                .events
                .get(i)
                .map_or(Self::None, |e| Self::Event(e.id.to_string())),
            Selection::Figure(f) => Self::Figure(f),
            Selection::Era(i) => ds
                .eras
                .get(i)
                .map_or(Self::None, |e| Self::Era(e.id.clone())),
            Selection::Value { indicator, value } => {
                ds.indicators
                    .get(indicator)
                    .map_or(Self::None, |ind| Self::Value {
                        indicator: ind.id.clone(),
                        value,
                    })
            }
            Selection::None => Self::None,
        }
    }

    /// The same thing in `ds`, if it is still there.
    pub(crate) fn resolve(&self, ds: &Dataset) -> Selection {
        match self {
            Self::Event(id) => ds.event_index(id).map_or(Selection::None, Selection::Event),
            Self::Figure(f) => {
                let exists = ds
                    .trade
                    .get(f.series)
                    .is_some_and(|s| f.obs < s.observations.len());
                if exists {
                    Selection::Figure(*f)
                } else {
                    Selection::None
                }
            }
            Self::Era(id) => ds
                .eras
                .iter()
                .position(|n| n.id == *id)
                .map_or(Selection::None, Selection::Era),
            Self::Value { indicator, value } => ds
                .indicators
                .iter()
                .position(|n| n.id == *indicator)
                .filter(|&n| *value < ds.indicators[n].earlier.len() + 1)
                .map_or(Selection::None, |n| Selection::Value {
                    indicator: n,
                    value: *value,
                }),
            Self::None => Selection::None,
        }
    }
}
