//! Pure data: no egui, no I/O.

pub mod dataset;
pub mod date;
pub mod era;
pub mod event;
mod indicator;
mod kind;
mod lane_color;
pub mod lang;
pub mod media;
mod month_names;
pub(crate) use month_names::is_month_name;
mod period;
mod product;
pub mod source;
pub mod text;
pub mod trade;

pub use dataset::Dataset;
pub(crate) use date::When;
pub use date::{Date, Precision};
pub use era::Era;
pub(crate) use era::EraSpan;
pub use event::Event;
pub(crate) use event::Participant;
pub(crate) use indicator::{Indicator, IndicatorValue, ordinal};
pub(crate) use kind::parse_rgb;
pub use kind::{BUILT_IN, Kind, KindColor, KindDef, KindId, KindTable, OTHER};
pub(crate) use lane_color::LaneColor;
pub use lang::LText;
pub use media::Media;
pub use period::Period;
pub use product::{Flow, ProductFigure};
pub use source::Source;
pub use text::{List, Text, list};
pub(crate) use text::{Sym, interning};
pub(crate) use trade::{FigureRef, Growth, Observation, Scale, TradeSeries};
