//! Loading a file off the UI thread, with progress: bytes read, then parsing
//! and checking, then indexing (a RON file is read and parsed at once, a
//! block at a time, so its whole text is never held). The window keeps
//! showing what it had until a load succeeds.

use crate::app::background::Task;
use crate::document::spill::Spill;
use crate::document::{DataSource, Document, Filters};
use crate::load::{self, Diagnostic, LoadError, Preview};
use crate::open::Progress;
use std::sync::Arc;

/// Where a load is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Stage {
    /// Reading and parsing the file (see [`Progress`]).
    Opening(Progress),
    Indexing,
}

impl Stage {
    /// Progress from 0 to 1, for the progress bar.
    pub(crate) fn fraction(&self) -> f32 {
        let part = |done: u64, total: u64| done as f32 / total.max(1) as f32;
        match *self {
            Self::Opening(Progress::Reading { done, total }) => 0.3 * part(done, total),
            Self::Opening(Progress::Parsing { done, total }) => 0.3 + 0.55 * part(done, total),
            Self::Opening(Progress::ReadingAndParsing { done, total }) => 0.85 * part(done, total),
            Self::Indexing => 0.9,
        }
    }

    pub(crate) fn label(&self) -> String {
        match *self {
            Self::Opening(Progress::Reading { done, total }) => {
                crate::tr!("loading-reading", done = mb(done), total = mb(total))
            }
            Self::Opening(Progress::Parsing { done, total }) if done < total => {
                crate::tr!("loading-parsing", done = mb(done), total = mb(total))
            }
            Self::Opening(Progress::ReadingAndParsing { done, total }) if done < total => {
                crate::tr!(
                    "loading-reading-parsing",
                    done = mb(done),
                    total = mb(total)
                )
            }
            Self::Opening(_) => crate::tr!("loading-checking"),
            Self::Indexing => crate::tr!("loading-indexing"),
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

/// What a load ends with: a document and its warnings, or the errors.
pub(crate) type Outcome = Result<(Document, Vec<Diagnostic>), LoadError>;

/// What a load hands back: its outcome, and the data shown before it if
/// that was set aside and the load failed.
pub(crate) struct Finished {
    pub(crate) outcome: Outcome,
    pub(crate) restored: Option<Document>,
}

/// The data shown before a reload of a large file, set aside while the
/// file is read again: on disk, or (if it could not be written) in memory.
enum Kept {
    Memory(Document),
    Disk { spill: Spill, source: DataSource },
}

impl Kept {
    /// Writes `doc`'s dataset to disk and frees it; keeps it in memory if
    /// it cannot be written.
    fn set_aside(doc: Document) -> Self {
        match Spill::write(&doc.dataset) {
            Ok(spill) => {
                let source = doc.source.clone();
                drop(doc);
                load::release_freed_memory();
                Self::Disk { spill, source }
            }
            Err(_) => Self::Memory(doc),
        }
    }

    /// The document again (`None` if its file on disk cannot be read).
    fn restore(self, filters: &Filters) -> Option<Document> {
        match self {
            Self::Memory(doc) => Some(doc),
            Self::Disk { spill, source } => {
                // What the failed load freed goes back first.
                load::release_freed_memory();
                let ds = spill.read().ok()?;
                let doc = Document::new(source, ds, filters);
                load::release_freed_memory();
                Some(doc)
            }
        }
    }
}

/// A load in progress.
pub(crate) struct Loading {
    pub(crate) source: DataSource,
    pub(crate) task: Task<Box<Finished>, Stage>,
    /// The selection to find again, when the data shown was set aside.
    pub(crate) reselect: Option<super::Selected>,
    /// The events read so far, counted by the threads that parse them.
    pub(crate) preview: Arc<Preview>,
}

impl Loading {
    /// Starts loading `source` on a worker thread. `kept`, the data shown
    /// before (a large dataset whose file is read again), is set aside on
    /// disk first, so that the old and the new are not in memory together,
    /// and comes back if the load fails.
    pub(crate) fn start(
        ctx: &egui::Context,
        source: DataSource,
        filters: Filters,
        kept: Option<(Document, super::Selected)>,
    ) -> Self {
        let worker_source = source.clone();
        let preview = Arc::new(Preview::new());
        let counter = Arc::clone(&preview);
        let (kept, reselect) = kept.unzip();
        let task = Task::spawn(ctx, move |reporter| {
            let kept = kept.map(Kept::set_aside);
            let outcome = load(
                worker_source,
                &filters,
                &|stage| reporter.progress(stage),
                Some(counter),
            );
            let restored = match (&outcome, kept) {
                (Err(_), Some(kept)) => kept.restore(&filters),
                _ => None,
            };
            Box::new(Finished { outcome, restored })
        });
        Self {
            source,
            task,
            preview,
            reselect,
        }
    }

    /// The stage to show.
    pub(crate) fn stage(&self) -> Stage {
        self.task
            .progress()
            .copied()
            .unwrap_or(Stage::Opening(Progress::Reading { done: 0, total: 1 }))
    }
}

/// Reads, parses, checks and indexes `source` on the calling thread,
/// telling `progress` each stage and `preview` the events of a large file
/// as they are parsed. A file goes through [`crate::open`].
pub(crate) fn load(
    source: DataSource,
    filters: &Filters,
    progress: &(dyn Fn(Stage) + Sync),
    preview: Option<Arc<Preview>>,
) -> Outcome {
    let loaded = match &source {
        DataSource::File(path) => {
            let options = crate::open::Options {
                preview,
                ..Default::default()
            };
            crate::open::open_with(path, &options, &|p| progress(Stage::Opening(p)))?.loaded
        }
        other => other.load()?,
    };
    finish(source, loaded, filters, progress)
}

/// Indexes what was loaded.
fn finish(
    source: DataSource,
    loaded: load::Loaded,
    filters: &Filters,
    progress: &(dyn Fn(Stage) + Sync),
) -> Outcome {
    progress(Stage::Indexing);
    let doc = Document::new(source, loaded.dataset, filters);
    load::release_freed_memory();
    Ok((doc, loaded.warnings))
}
