//! "Where to save?": one step for every file the window writes (a chart's
//! image or figures, the briefing sheet, a new dataset). The desktop's
//! save dialog runs on a worker thread; where none can open, the in-window
//! dialog asks instead (from then on). The answer comes back as
//! [`Command::SaveTo`]: what to save, and where; exports and new datasets
//! each handle their own.

use super::background::{Poll, Task};
use super::{Command, EntenteApp, Status};
use crate::charts::ChartId;
use crate::export::{self, Format, Subject};
use crate::panels::save_dialog::{SaveDialog, SaveDialogAction};
use std::path::PathBuf;

/// What a path is asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveAs {
    /// A chart's image: PNG, SVG or PDF.
    Image(ChartId),
    /// A chart's figures as CSV.
    Data(ChartId),
    /// The briefing sheet of the view: PDF, SVG or PNG.
    Sheet,
    /// A new dataset of these two parties, from the template: RON.
    NewDataset(String, String),
}

impl SaveAs {
    fn title(&self) -> String {
        crate::tr!(match self {
            Self::Image(_) => "save-title-image",
            Self::Data(_) => "save-title-data",
            Self::Sheet => "save-title-sheet",
            Self::NewDataset(..) => "save-title-dataset",
        })
    }

    /// The extensions offered; the first is the default.
    fn extensions(&self) -> &'static [&'static str] {
        match self {
            Self::Image(_) => &["png", "svg", "pdf"],
            Self::Data(_) => &["csv"],
            Self::Sheet => &["pdf", "svg", "png"],
            Self::NewDataset(..) => &["ron"],
        }
    }

    fn is_export(&self) -> bool {
        !matches!(self, Self::NewDataset(..))
    }
}

/// The name a file dialog gives to an extension.
fn filter_name(ext: &str) -> String {
    if ext == "ron" {
        return crate::tr!("save-filter-dataset");
    }
    Format::ALL
        .into_iter()
        .find(|f| f.extension() == ext)
        .map_or_else(|| crate::tr!("save-filter-file"), |f| f.label().to_string())
}

/// A native dialog that ends this fast did not open.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(250);

/// How a save dialog ended.
struct Answer {
    what: SaveAs,
    path: Option<PathBuf>,
    /// The dialog ended before a person could have answered it: there is
    /// no native dialog on this desktop.
    unavailable: bool,
}

/// The save dialogs open: native ones on worker threads, or the one in
/// the window.
#[derive(Default)]
pub(crate) struct SavePaths {
    native: Vec<Task<Answer>>,
    builtin: Option<(SaveDialog, SaveAs)>,
    /// Ask in the window: no native dialog could open, or
    /// `ENTENTE_FILE_DIALOG=builtin` asked for it.
    pub(crate) use_builtin: bool,
}

impl SavePaths {
    /// No dialog open; `use_builtin` to ask in the window from the start.
    pub(crate) fn new(use_builtin: bool) -> Self {
        Self {
            use_builtin,
            ..Self::default()
        }
    }

    /// Native dialogs still open.
    pub(crate) fn asking(&self) -> usize {
        self.native.len()
    }

    #[cfg(any(test, feature = "testing"))]
    pub(crate) fn builtin_open(&self) -> bool {
        self.builtin.is_some()
    }
}

impl EntenteApp {
    /// Asks where to save `what`: with the desktop's dialog, or in the window.
    pub(super) fn ask_path(&mut self, ctx: &egui::Context, what: SaveAs) {
        let Some(name) = self.proposed_name(&what) else {
            return;
        };
        if self.save_paths.use_builtin {
            self.open_builtin_dialog(what, name);
            return;
        }
        let dir = self.state.last_export_dir.clone();
        self.save_paths.native.push(Task::spawn(ctx, move |_| {
            let mut dialog = rfd::FileDialog::new()
                .set_file_name(name)
                .set_title(what.title());
            for ext in what.extensions() {
                dialog = dialog.add_filter(filter_name(ext), &[*ext]);
            }
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let asked = std::time::Instant::now();
            let path = dialog.save_file();
            // Nobody cancels a dialog in a quarter of a second: with no
            // portal and no zenity, rfd gives up at once.
            let unavailable = path.is_none() && asked.elapsed() < NO_DIALOG_WITHIN;
            Answer {
                what,
                path,
                unavailable,
            }
        }));
    }

    /// The file name proposed: dataset, chart (or "briefing") and date; the
    /// parties for a new dataset.
    fn proposed_name(&self, what: &SaveAs) -> Option<String> {
        if let SaveAs::NewDataset(a, b) = what {
            return Some(format!("{}.ron", export::slug(&[a, b])));
        }
        let doc = self.doc.as_ref()?;
        let (subject, format) = match what {
            SaveAs::Image(c) => (Subject::Chart(*c), Format::Png),
            SaveAs::Data(c) => (Subject::Chart(*c), Format::Csv),
            _ => (Subject::Sheet(export::sheet::Paper::A4), Format::Pdf),
        };
        let stem = doc.source.stem();
        Some(export::default_file_name(
            &stem,
            &subject,
            &doc.dataset,
            format,
        ))
    }

    /// Opens the in-window save dialog in the last export folder (or the
    /// home folder), with the name the native dialog would propose.
    fn open_builtin_dialog(&mut self, what: SaveAs, name: String) {
        let folder = self
            .state
            .last_export_dir
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("."));
        let dialog = SaveDialog::new(&what.title(), what.extensions(), &folder, name);
        self.save_paths.builtin = Some((dialog, what));
    }

    /// Acts on the native dialogs that closed.
    pub(super) fn poll_save_paths(&mut self) {
        let mut ended = Vec::new();
        self.save_paths.native.retain_mut(|task| match task.poll() {
            Poll::Running => true,
            Poll::Done(answer) => {
                ended.push(answer);
                false
            }
            Poll::Lost => false,
        });
        for Answer {
            what,
            path,
            unavailable,
        } in ended
        {
            match path {
                Some(path) => self.path_chosen(what, path),
                None if unavailable => {
                    // From now on, ask in the window.
                    self.save_paths.use_builtin = true;
                    if let Some(name) = self.proposed_name(&what) {
                        self.open_builtin_dialog(what, name);
                    }
                }
                None => self.cancelled(&what),
            }
        }
    }

    fn path_chosen(&mut self, what: SaveAs, path: PathBuf) {
        self.state.last_export_dir = path.parent().map(|p| p.to_path_buf());
        self.commands.push(Command::SaveTo(what, path));
    }

    fn cancelled(&mut self, what: &SaveAs) {
        self.status = Some(Status::info(if what.is_export() {
            crate::tr!("status-export-cancelled")
        } else {
            crate::tr!("status-dataset-cancelled")
        }));
    }

    /// Shows the in-window save dialog, if open, and acts on its answer.
    pub(super) fn show_save_dialog(&mut self, ctx: &egui::Context) {
        let Some((dialog, _)) = &mut self.save_paths.builtin else {
            return;
        };
        let Some(action) = dialog.show(ctx) else {
            return;
        };
        let Some((_, what)) = self.save_paths.builtin.take() else {
            return;
        };
        match action {
            SaveDialogAction::Save(path) => self.path_chosen(what, path),
            SaveDialogAction::Cancel => self.cancelled(&what),
        }
    }
}
