//! Loading files off the UI thread, with progress: bytes read, then parsing
//! and checking, then indexing. The window keeps showing what it had until a
//! load succeeds; the file's text is dropped as soon as it is parsed.

use super::{DataSource, Document};
use crate::load::{self, Diagnostic, LoadError};
use crate::panels::filters::Filters;
use std::io::Read as _;
use std::sync::mpsc::{Receiver, channel};

/// Where a load is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stage {
    Reading { done: u64, total: u64 },
    Parsing,
    Indexing,
}

impl Stage {
    /// Progress from 0 to 1, for the progress bar.
    pub fn fraction(&self) -> f32 {
        match *self {
            Self::Reading { done, total } => 0.3 * (done as f32 / total.max(1) as f32),
            Self::Parsing => 0.4,
            Self::Indexing => 0.9,
        }
    }

    pub fn label(&self) -> String {
        match *self {
            Self::Reading { done, total } => format!("Reading {} of {} MB", mb(done), mb(total)),
            Self::Parsing => "Parsing and checking".to_string(),
            Self::Indexing => "Indexing events".to_string(),
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

pub enum LoadMessage {
    Stage(Stage),
    Loaded {
        doc: Box<Document>,
        warnings: Vec<Diagnostic>,
    },
    Failed(LoadError),
}

/// A load in progress.
pub struct Loading {
    pub source: DataSource,
    pub stage: Stage,
    rx: Receiver<LoadMessage>,
}

impl Loading {
    /// Starts loading `source` on a worker thread.
    pub fn start(ctx: &egui::Context, source: DataSource, filters: Filters) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let worker_source = source.clone();
        std::thread::spawn(move || {
            let send = |m: LoadMessage| {
                let _ = tx.send(m);
                ctx.request_repaint();
            };
            let result = match &worker_source {
                DataSource::Bundled => load::load_str(crate::BUNDLED_DATA),
                DataSource::File(path) => match read_with_progress(path, &|done, total| {
                    send(LoadMessage::Stage(Stage::Reading { done, total }));
                }) {
                    Ok(bytes) => {
                        send(LoadMessage::Stage(Stage::Parsing));
                        // `bytes` is dropped when this arm ends.
                        load::load_bytes(&bytes)
                    }
                    Err(e) => Err(LoadError::unreadable(&e)),
                },
            };
            match result {
                Ok(loaded) => {
                    send(LoadMessage::Stage(Stage::Indexing));
                    let doc = Document::new(worker_source, loaded.dataset, &filters);
                    send(LoadMessage::Loaded {
                        doc: Box::new(doc),
                        warnings: loaded.warnings,
                    });
                }
                Err(e) => send(LoadMessage::Failed(e)),
            }
        });
        Self {
            source,
            stage: Stage::Reading { done: 0, total: 1 },
            rx,
        }
    }

    /// The final message, if the load has ended; updates the stage.
    pub fn poll(&mut self) -> Option<LoadMessage> {
        for m in self.rx.try_iter() {
            match m {
                LoadMessage::Stage(s) => self.stage = s,
                done => return Some(done),
            }
        }
        None
    }
}

fn read_with_progress(
    path: &std::path::Path,
    progress: &dyn Fn(u64, u64),
) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?;
    let total = file.metadata()?.len();
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
