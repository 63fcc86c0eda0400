//! State that survives a restart, apart from runtime caches.

use crate::document::Filters;
use crate::timeline::TimeView;
use serde::{Deserialize, Serialize};

/// Saved with `eframe::set_value` under [`eframe::APP_KEY`]. Every field has
/// a default, so an older or partial entry still loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// Recently opened files, newest first.
    pub recent: Vec<String>,
    /// Width of the detail panel in points, as the user left it.
    pub details_width: f32,
    /// Whether the charts mark events with thin lines in lane colours.
    pub show_event_lines: bool,
    /// Whether the timeline draws the eras (e.g. presidents' terms).
    pub show_eras: bool,
    /// Whether exported images carry a caption with their sources.
    pub export_caption: bool,
    /// The timeline's share of the height below the filter bar, as the user
    /// dragged the split; `None`: room for the first chart (two on a tall
    /// window).
    pub timeline_share: Option<f32>,
    /// The layers of each dataset (by its absolute path), in order.
    pub layers: std::collections::BTreeMap<String, Vec<String>>,
    /// Which layer events are kept: between the parties, or involving
    /// either.
    pub layer_scope: crate::layer::Scope,
    /// The language the record is shown in (a BCP 47 tag); `None`: as
    /// written (each text's default).
    pub display_language: Option<String>,
    /// The window's own language; `None`: the system's.
    pub ui_language: Option<crate::i18n::UiLang>,
}

impl Default for PersistedState {
    fn default() -> Self {
        Self {
            dark_mode: false,
            filters: Filters::default(),
            last_file: None,
            view: None,
            last_export_dir: None,
            export_2x: false,
            recent: Vec::new(),
            details_width: DETAILS_WIDTH.default,
            show_event_lines: true,
            show_eras: true,
            export_caption: true,
            timeline_share: None,
            layers: Default::default(),
            layer_scope: Default::default(),
            display_language: None,
            ui_language: None,
        }
    }
}

/// The detail panel's width: where it opens, and how narrow and wide it may
/// be dragged.
pub(crate) struct PanelWidth {
    pub(crate) default: f32,
    pub(crate) min: f32,
    pub(crate) max: f32,
}

pub(crate) const DETAILS_WIDTH: PanelWidth = PanelWidth {
    default: 380.0,
    min: 260.0,
    max: 720.0,
};

/// How many recent files are kept.
pub(crate) const RECENT_MAX: usize = 10;

impl PersistedState {
    /// Puts `path` first in the recent files.
    pub fn remember_recent(&mut self, path: &std::path::Path) {
        let p = std::path::absolute(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .display()
            .to_string();
        self.recent.retain(|r| *r != p);
        self.recent.insert(0, p);
        self.recent.truncate(RECENT_MAX);
    }

    /// The state saved in `storage`; defaults (with a log line) when the
    /// entry is missing, corrupt or from an incompatible version.
    pub fn restore(storage: Option<&dyn eframe::Storage>) -> Self {
        let Some(text) = storage.and_then(|s| s.get_string(eframe::APP_KEY)) else {
            return Self::default();
        };
        match ron::from_str(&text) {
            Ok(state) => state,
            Err(e) => {
                eprintln!(
                    "entente: ignoring the saved settings, which cannot be read ({e}); starting with defaults"
                );
                Self::default()
            }
        }
    }
}
