//! State that survives a restart, apart from runtime caches.

use crate::panels::filters::Filters;
use crate::timeline::TimeView;
use serde::{Deserialize, Serialize};

/// Saved with `eframe::set_value` under [`eframe::APP_KEY`]. Every field has
/// a default, so an older or partial entry still loads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    pub dark_mode: bool,
    pub filters: Filters,
    /// The last file shown (`None` for the bundled dataset).
    pub last_file: Option<String>,
    /// The view of that file.
    pub view: Option<TimeView>,
    /// The folder the last export went to.
    pub last_export_dir: Option<std::path::PathBuf>,
    /// Export charts at twice the screen resolution.
    pub export_2x: bool,
}
