//! The timeline: axis (time <-> x, ticks), layout (culling and clusters per
//! lane of the document's index) and the widget that paints it and turns
//! input into actions.

pub mod axis;
pub mod layout;
pub mod widget;

pub use axis::TimeView;
pub(crate) use widget::{Timeline, TimelineAction};
