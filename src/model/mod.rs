//! Pure data: no egui, no I/O.

pub mod dataset;
pub mod date;
pub mod era;
pub mod event;
pub mod source;
pub mod text;
pub mod trade;

pub use dataset::Dataset;
pub use date::{Date, DateError, Precision, When};
pub use era::{Era, EraSpan};
pub use event::{Event, EventKind, Participant, Quote};
pub use source::Source;
pub use text::{List, Sym, Text, interning, list};
pub use trade::{
    FigureRef, Growth, Indicator, IndicatorValue, Observation, Period, Scale, TradeSeries,
};
