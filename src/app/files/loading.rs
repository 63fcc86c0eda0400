//! Loading a file off the UI thread, with progress: bytes read, then parsing
//! and checking, then indexing (a RON file is read and parsed at once, a
//! block at a time, so its whole text is never held). The window keeps
//! showing what it had until a load succeeds.

use crate::app::background::Task;
use crate::document::{DataSource, Document, Filters};
use crate::load::{self, Diagnostic, LoadError};
use std::io::Read as _;

/// Where a load is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Stage {
    Reading {
        done: u64,
        total: u64,
    },
    /// Bytes parsed so far (large files are parsed in chunks on every core).
    Parsing {
        done: u64,
        total: u64,
    },
    /// A RON file read and parsed at once, a block at a time: bytes parsed.
    ReadingAndParsing {
        done: u64,
        total: u64,
    },
    Indexing,
}

impl Stage {
    /// Progress from 0 to 1, for the progress bar.
    pub(crate) fn fraction(&self) -> f32 {
        match *self {
            Self::Reading { done, total } => 0.3 * (done as f32 / total.max(1) as f32),
            Self::Parsing { done, total } => 0.3 + 0.55 * (done as f32 / total.max(1) as f32),
            Self::ReadingAndParsing { done, total } => 0.85 * (done as f32 / total.max(1) as f32),
            Self::Indexing => 0.9,
        }
    }

    pub(crate) fn label(&self) -> String {
        match *self {
            Self::Reading { done, total } => format!("Reading {} of {} MB", mb(done), mb(total)),
            Self::Parsing { done, total } if done < total => {
                format!("Parsing {} of {} MB", mb(done), mb(total))
            }
            Self::ReadingAndParsing { done, total } if done < total => {
                format!("Reading and parsing {} of {} MB", mb(done), mb(total))
            }
            Self::Parsing { .. } | Self::ReadingAndParsing { .. } => "Checking".to_string(),
            Self::Indexing => "Indexing events".to_string(),
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

/// What a load ends with: a document and its warnings, or the errors.
pub(crate) type Outcome = Result<(Document, Vec<Diagnostic>), LoadError>;

/// A load in progress.
pub(crate) struct Loading {
    pub(crate) source: DataSource,
    pub(crate) task: Task<Box<Outcome>, Stage>,
}

impl Loading {
    /// Starts loading `source` on a worker thread.
    pub(crate) fn start(ctx: &egui::Context, source: DataSource, filters: Filters) -> Self {
        let worker_source = source.clone();
        let task = Task::spawn(ctx, move |reporter| {
            Box::new(load(worker_source, &filters, &|stage| {
                reporter.progress(stage)
            }))
        });
        Self { source, task }
    }

    /// The stage to show.
    pub(crate) fn stage(&self) -> Stage {
        self.task
            .progress()
            .copied()
            .unwrap_or(Stage::Reading { done: 0, total: 1 })
    }
}

/// Reads, parses, checks and indexes `source` on the calling thread,
/// telling `progress` each stage.
pub(crate) fn load(
    source: DataSource,
    filters: &Filters,
    progress: &(dyn Fn(Stage) + Sync),
) -> Outcome {
    let loaded = match &source {
        DataSource::File(path) => {
            // A FIFO, a device or an oversized file is refused before it is opened.
            let size = load::check_readable(path)?;
            if crate::import::Format::of_path(path) == crate::import::Format::Ron {
                // Read and parsed at once, a block at a time: the file's
                // whole text is never held.
                progress(Stage::ReadingAndParsing {
                    done: 0,
                    total: size,
                });
                return finish(
                    source.clone(),
                    load::load_path_with_progress(path, &|done| {
                        progress(Stage::ReadingAndParsing {
                            done: done as u64,
                            total: size,
                        });
                    })?,
                    filters,
                    progress,
                );
            }
            let bytes = read_with_progress(path, &|done, total| {
                progress(Stage::Reading { done, total });
            })
            .map_err(|e| LoadError::unreadable(&e))?;
            let total = bytes.len() as u64;
            progress(Stage::Parsing { done: 0, total });
            // `bytes` is dropped when this arm ends.
            crate::import::load_bytes_with_progress(
                &bytes,
                crate::import::Format::of_path(path),
                &crate::import::file_name(path),
                &|done| {
                    progress(Stage::Parsing {
                        done: done as u64,
                        total,
                    });
                },
            )
        }
        other => other.load(),
    }?;
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

fn read_with_progress(
    path: &std::path::Path,
    progress: &dyn Fn(u64, u64),
) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?;
    let total = file.metadata()?.len();
    // Read no more than was checked, should the file grow meanwhile.
    let mut file = std::io::Read::take(&mut file, total);
    let mut bytes = Vec::with_capacity(total as usize);
    let mut chunk = vec![0u8; 4 << 20];
    let mut last = 0u64;
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n]);
        let done = bytes.len() as u64;
        if done - last >= 8 << 20 || done == total {
            progress(done, total);
            last = done;
        }
    }
    Ok(bytes)
}
