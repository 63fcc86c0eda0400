//! Watching the open file: editors save in several steps (write a temporary
//! file, rename it over the old one), so the folder is watched and events are
//! debounced; a burst of writes becomes one reload. The watch also wakes
//! when the file is only opened (reading it is an event), so a reload
//! follows a change of the file's modification time or size, not any event.

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// What says a file has changed: its modification time and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl Stamp {
    /// The file's stamp now; `None` when it cannot be read (gone, say).
    fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Self {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// How long the file must be quiet before it is reloaded.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(250);

pub(crate) struct FileWatch {
    rx: Receiver<()>,
    _debouncer: Debouncer<RecommendedWatcher>,
    path: PathBuf,
    /// The file's stamp when last seen: reading the file also wakes the
    /// watch (an open is an event), and only a new stamp is a change.
    stamp: Option<Stamp>,
}

impl FileWatch {
    pub(crate) fn new(ctx: &egui::Context, path: &Path) -> Result<Self, String> {
        let absolute = std::path::absolute(path).map_err(|e| e.to_string())?;
        let dir = absolute
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = absolute.file_name().map(|n| n.to_os_string());
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let mut debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
            if let Ok(events) = result
                && events
                    .iter()
                    .any(|e| e.path.file_name().map(|n| n.to_os_string()) == name)
            {
                let _ = tx.send(());
                ctx.request_repaint();
            }
        })
        .map_err(|e| e.to_string())?;
        debouncer
            .watcher()
            .watch(&dir, RecursiveMode::NonRecursive)
            .map_err(|e| {
                crate::tr!(
                    "watch-cannot",
                    path = dir.display().to_string(),
                    error = e.to_string()
                )
            })?;
        Ok(Self {
            rx,
            _debouncer: debouncer,
            stamp: Stamp::of(&absolute),
            path: absolute,
        })
    }

    /// Has the file changed (its modification time or size) since the last
    /// call?
    pub(crate) fn changed(&mut self) -> bool {
        if self.rx.try_iter().count() == 0 {
            return false;
        }
        let now = Stamp::of(&self.path);
        std::mem::replace(&mut self.stamp, now) != now
    }
}
