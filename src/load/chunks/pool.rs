//! Parses the pieces on worker threads while the file is still being read,
//! each problem at its place in the whole file, and merges the parsed
//! events in order as they arrive.

use super::cutter::{Cutter, Piece, Step};
use crate::load::diagnostic::{Diagnostic, LineIndex};
use crate::model::{Dataset, Event};

/// Parses one piece's records. A problem is reported at its place in the
/// whole file: the piece is `[` + its text + `]`, so its first line is
/// shifted by the `[` and the piece's column, the others by its line.
pub(crate) fn parse_piece(piece: &Piece) -> Result<Vec<Event>, Diagnostic> {
    let parsed: Result<Vec<Event>, _> = crate::load::ron_options().from_str(&piece.text);
    parsed
        .map(|mut events| {
            // Dates are worked out here, on this piece's thread.
            events.iter_mut().for_each(crate::load::validate::fill_when);
            events
        })
        .map_err(|e| {
            let idx = LineIndex::new(&piece.text);
            let mut d = crate::load::ron_diagnostic(&idx, &e);
            if d.line == 1 {
                d.col = (piece.col + d.col).saturating_sub(2).max(1);
                // The whole line as the file has it, not "[" and its tail.
                let rest = piece.text[1..].split('\n').next().unwrap_or_default();
                let rest = rest.strip_suffix(']').unwrap_or(rest);
                // Without the line's start (too long to keep), from the
                // piece on: the caret's column counts from `source_offset`.
                let (line, offset) = match &piece.line_head {
                    Some(head) => (format!("{head}{rest}"), 0),
                    None => (rest.to_string(), piece.col - 1),
                };
                let line = line.trim_end_matches('\r');
                // A long line is shown around the place, as everywhere.
                (d.source_line, d.source_offset) = if line.len() > 4096 {
                    let skip = (d.col - 1).saturating_sub(offset).saturating_sub(1000);
                    (line.chars().skip(skip).take(2000).collect(), offset + skip)
                } else {
                    (line.to_string(), offset)
                };
            }
            d.line += piece.line - 1;
            d
        })
}

/// What reading a dataset in pieces came to.
pub(crate) enum Streamed {
    /// The dataset, and how its events list was cut (to find a problem's
    /// place by reading the file again, a piece at a time).
    Parsed(Box<Dataset>, Layout),
    /// Syntax errors, each at its place in the file.
    Errors(Vec<Diagnostic>),
    /// The text is not shaped for pieces, or its skeleton does not parse:
    /// parse it whole, which reports the problem.
    Unsure,
    Io(std::io::Error),
}

/// How a file's events list was cut into pieces: cutting it again with
/// the same target gives the same pieces, holding these many events each.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    pub target: usize,
    pub counts: Vec<usize>,
}

/// The size of the pieces a file of `total` bytes is cut into for
/// `threads` threads.
pub(crate) fn piece_target(total: usize, threads: usize) -> usize {
    (total / (threads.max(1) * 8)).clamp(256 << 10, 4 << 20)
}

/// Reads a dataset from `read` (`total` bytes) a block at a time, its
/// events list cut into pieces parsed on `threads` threads as the reading
/// goes on, so the file's whole text is never held; `progress` hears the
/// bytes parsed so far, `preview` counts the events of each piece parsed.
/// Pieces are put in order as they arrive, each
/// piece's own list freed as it is moved.
pub(crate) fn parse_stream(
    read: &mut dyn std::io::Read,
    total: usize,
    threads: usize,
    progress: &(dyn Fn(usize) + Sync),
    preview: Option<&crate::load::Preview>,
) -> Streamed {
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    let threads = threads.max(1);
    let target = piece_target(total, threads);
    let mut cutter = Cutter::new(target);
    let (piece_tx, piece_rx) = std::sync::mpsc::sync_channel::<(usize, Piece)>(threads);
    let piece_rx = std::sync::Mutex::new(piece_rx);
    let (done_tx, done_rx) = std::sync::mpsc::channel::<(usize, Result<Vec<Event>, Diagnostic>)>();
    let parsed_bytes = AtomicUsize::new(0);
    let mut merge = Merge::default();
    let mut stopped = None;
    let skeleton = std::thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (piece_rx, parsed_bytes) = (&piece_rx, &parsed_bytes);
            scope.spawn(move || {
                // One table per thread: each repeated string is stored
                // once per thread, not once per event.
                crate::model::interning(|| {
                    loop {
                        let next = piece_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok((n, piece))) = next else {
                            break;
                        };
                        let parsed = parse_piece(&piece);
                        if let (Some(preview), Ok(events)) = (preview, &parsed) {
                            preview.add(events);
                        }
                        let len = piece.len();
                        drop(piece);
                        progress(parsed_bytes.fetch_add(len, Relaxed) + len);
                        if done_tx.send((n, parsed)).is_err() {
                            break;
                        }
                    }
                });
            });
        }
        drop(done_tx);
        let mut block = vec![0u8; 1 << 20];
        let mut eof = false;
        let mut pieces = 0;
        let skeleton = loop {
            match cutter.next(eof) {
                Step::Piece(piece) => {
                    if piece_tx.send((pieces, piece)).is_err() {
                        stopped = Some(Streamed::Unsure);
                        break None;
                    }
                    pieces += 1;
                    merge.take(done_rx.try_iter());
                }
                Step::More => match read.read(&mut block) {
                    Ok(0) => eof = true,
                    Ok(n) => cutter.feed(&block[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        stopped = Some(Streamed::Io(e));
                        break None;
                    }
                },
                Step::Done(skeleton) => break Some(skeleton),
                Step::Unsure => {
                    stopped = Some(Streamed::Unsure);
                    break None;
                }
            }
        };
        drop(piece_tx);
        merge.take(done_rx.iter());
        skeleton
    });
    let Some(skeleton) = skeleton else {
        return stopped.unwrap_or(Streamed::Unsure);
    };
    if !merge.errors.is_empty() {
        return Streamed::Errors(merge.errors);
    }
    let Ok(mut dataset) = crate::load::ron_options().from_str::<Dataset>(&skeleton) else {
        return Streamed::Unsure;
    };
    progress(parsed_bytes.load(Relaxed) + skeleton.len());
    merge.events.shrink_to_fit();
    dataset.events = merge.events;
    Streamed::Parsed(
        Box::new(dataset),
        Layout {
            target,
            counts: merge.counts,
        },
    )
}

/// Parsed pieces, put in order as they arrive.
#[derive(Default)]
struct Merge {
    waiting: std::collections::BTreeMap<usize, Result<Vec<Event>, Diagnostic>>,
    want: usize,
    events: Vec<Event>,
    /// How many events each piece held, in order.
    counts: Vec<usize>,
    errors: Vec<Diagnostic>,
}

impl Merge {
    fn take(&mut self, arrived: impl Iterator<Item = (usize, Result<Vec<Event>, Diagnostic>)>) {
        for (n, parsed) in arrived {
            self.waiting.insert(n, parsed);
            while let Some(parsed) = self.waiting.remove(&self.want) {
                match parsed {
                    Ok(mut piece_events) => {
                        self.counts.push(piece_events.len());
                        self.events.append(&mut piece_events);
                    }
                    Err(d) => self.errors.push(d),
                }
                self.want += 1;
            }
        }
    }
}
