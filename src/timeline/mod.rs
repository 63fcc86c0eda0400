//! The timeline: axis (time <-> x), layout (lanes, culling, clusters) and the
//! widget that paints it and turns input into actions.

pub mod axis;
pub mod layout;
pub mod style;
pub mod widget;

pub use axis::TimeView;
pub use layout::TimelineIndex;
pub use widget::{Timeline, TimelineAction};
