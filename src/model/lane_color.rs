//! The colour slot of a timeline lane: which colour it is drawn in, not
//! the colour itself (the theme picks the shade for light and dark).

use super::KindColor;

/// The colour a lane is drawn in; the theme picks the shade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneColor {
    /// The colour of a kind of event.
    Kind(KindColor),
    /// The n-th colour of the palette of named lanes.
    Palette(u8),
    /// Grey: "Other …" and "No …".
    Rest,
}
