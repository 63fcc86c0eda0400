//! Parallel parsing of large files, read a block at a time: the `events`
//! list is cut at record boundaries by a small scanner (it knows strings,
//! raw strings, chars, comments and nesting), the pieces are parsed on all
//! cores while the file is still being read, and every diagnostic keeps its
//! exact line:col (each piece carries where it starts). Everything else in
//! the file (title, sources, trade …) is parsed as one small "skeleton" with
//! an empty events list. The file's whole text is never held in memory.

//!
//! `scanner` knows where literals end, `cutter` cuts the text into pieces
//! as it arrives, `pool` parses the pieces on worker threads and merges
//! them in order.

mod cutter;
mod pool;
mod scanner;

pub(crate) use cutter::{Cutter, Step};
pub(crate) use pool::{Layout, Streamed, parse_stream};
pub(crate) use scanner::chars;

/// Below this size a file is parsed in one go.
pub(crate) const PARALLEL_FROM_BYTES: usize = 4 << 20;

#[cfg(test)]
mod tests {
    use super::cutter::{Cutter, Piece, Step};
    use super::pool::parse_piece;
    use super::*;
    use crate::load::diagnostic::{Diagnostic, LineIndex};
    use crate::model::{Dataset, Event};

    /// Feeds `text` to a cutter `block` bytes at a time: the pieces, and
    /// the text without the events.
    fn cut(text: &str, target: usize, block: usize) -> Option<(Vec<Piece>, String)> {
        let mut cutter = Cutter::new(target);
        let mut rest = text.as_bytes();
        let mut pieces = Vec::new();
        loop {
            match cutter.next(rest.is_empty()) {
                Step::Piece(p) => pieces.push(p),
                Step::More => {
                    let (now, later) = rest.split_at(block.min(rest.len()));
                    cutter.feed(now);
                    rest = later;
                }
                Step::Done(skeleton) => return Some((pieces, skeleton)),
                Step::Unsure => return None,
            }
        }
    }

    const TRICKY: &str = r##"#![enable(implicit_some)]
Dataset(
    title: "a [tricky] (title), with commas",
    parties: ("A", "B"),
    // events: [ not this one
    events: [
        (id: "a", date: "2008", kind: other, title: "x, y ( [", sources: ["s"]),
        /* a comment, ( */
        (id: "b", date: "2009", kind: other, title: r#"raw "), ["#, sources: ["s"]),
        (id: "c", date: "2010", kind: other, title: "q\", (", sources: ["s"]),
    ],
    sources: [(id: "s", publisher: "P", note: "n")],
)"##;

    #[test]
    fn cuts_at_records_and_ignores_brackets_in_strings_and_comments() {
        // Whole, and a few bytes at a time: blocks end inside strings,
        // comments, raw strings and the word `events`.
        let (whole, skeleton) = cut(TRICKY, 1, usize::MAX).unwrap();
        for block in [1, 2, 3, 7, 64] {
            let (pieces, sk) = cut(TRICKY, 1, block).unwrap();
            assert_eq!(pieces, whole, "block of {block}");
            assert_eq!(sk, skeleton);
        }
        // Three records, then what follows the trailing comma.
        assert_eq!(whole.len(), 4, "{whole:?}");
        assert!(whole[3].text[1..whole[3].text.len() - 1].trim().is_empty());
        assert!(whole[0].text[1..].trim_start().starts_with("(id: \"a\""));
        // The second piece starts after the first record's comma.
        assert_eq!((whole[1].line, whole[1].col), (7, 81));
        assert_eq!(whole[0].start + whole[0].len(), whole[1].start);
        assert_eq!(
            whole[1].line_head.as_deref(),
            Some(&TRICKY.lines().nth(6).unwrap()[..80])
        );
        // The pieces and the skeleton are the whole text.
        let covered: usize = whole.iter().map(Piece::len).sum();
        assert_eq!(covered + skeleton.len(), TRICKY.len());
        let ds: Dataset = crate::load::ron_options().from_str(&skeleton).unwrap();
        assert!(ds.events.is_empty());
        assert_eq!(ds.sources.len(), 1);
        let all: Vec<Event> = whole.iter().flat_map(|p| parse_piece(p).unwrap()).collect();
        assert_eq!(
            all.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn text_not_shaped_for_pieces_is_left_to_a_whole_parse() {
        for text in [
            "Dataset(title: \"x\")",
            "Dataset(title: \"x\", events: [(id: \"a\"",
            "Dataset(title: \"never ends, events: [",
            "Dataset(events: (1, 2))",
            "))",
        ] {
            assert!(cut(text, 1, 3).is_none(), "{text}");
        }
    }

    /// The diagnostic of a whole-text parse of `text`.
    fn whole_parse_error(text: &str) -> Diagnostic {
        crate::load::ron_options()
            .from_str::<Dataset>(text)
            .map_err(|e| crate::load::ron_diagnostic(&LineIndex::new(text), &e))
            .unwrap_err()
    }

    /// `good` with its last event's kind broken.
    fn break_last_kind(good: &str) -> (String, usize) {
        let at = good.rfind("kind: ").unwrap();
        let bad = format!(
            "{}kind: \"bogus_kind\",{}",
            &good[..at],
            &good[at..].split_once(',').unwrap().1
        );
        (bad, at)
    }

    #[test]
    fn an_error_in_the_last_piece_is_placed_in_the_whole_file() {
        let ds = crate::generate::generate(3000, 5);
        let (bad, at) = break_last_kind(&crate::generate::to_ron(&ds).unwrap());
        let whole = whole_parse_error(&bad);
        let most = std::sync::atomic::AtomicUsize::new(0);
        let parsed = parse_stream(
            &mut bad.as_bytes(),
            bad.len(),
            2,
            &|n| {
                most.fetch_max(n, std::sync::atomic::Ordering::Relaxed);
            },
            None,
        );
        let Streamed::Errors(diags) = parsed else {
            panic!("the broken kind is an error");
        };
        let (w, p) = (&whole, &diags[0]);
        assert_eq!(
            (p.line, p.col),
            (w.line, w.col),
            "{} vs {}",
            p.message,
            w.message
        );
        assert_eq!(p.source_line, w.source_line);
        assert!(p.message.contains("identifier"), "{}", p.message);
        assert!(
            most.into_inner() * 10 > bad.len() * 9,
            "progress reaches the end"
        );
        // The broken record is in the last of several pieces.
        let (pieces, _) = cut(&bad, 256 << 10, 1 << 20).unwrap();
        assert!(pieces.len() > 2, "several pieces: {}", pieces.len());
        let last = pieces.last().unwrap();
        assert!(at > last.start && at < last.start + last.len());
    }

    #[test]
    fn an_error_on_a_very_long_line_is_placed_and_shown_around_its_place() {
        // Every event on one line, after the first line.
        let ds = crate::generate::generate(3000, 6);
        let good = crate::generate::to_ron(&ds).unwrap();
        let (first, rest) = good.split_once('\n').unwrap();
        let one_line = format!("{first}\n{}", rest.replace('\n', " "));
        let (bad, _) = break_last_kind(&one_line);
        let whole = whole_parse_error(&bad);
        let Streamed::Errors(diags) =
            parse_stream(&mut bad.as_bytes(), bad.len(), 2, &|_| {}, None)
        else {
            panic!("the broken kind is an error");
        };
        let p = &diags[0];
        assert_eq!((p.line, p.col), (whole.line, whole.col));
        assert_eq!(p.line, 2);
        // Both show the same characters around the place.
        let shown = |d: &Diagnostic| d.render("f.ron");
        assert_eq!(shown(p), shown(&whole));
    }

    #[test]
    fn a_good_file_read_in_pieces_is_the_file_read_whole() {
        let ds = crate::generate::generate(2000, 8);
        let text = crate::generate::to_ron(&ds).unwrap();
        let preview = crate::load::Preview::new();
        let Streamed::Parsed(streamed, _) =
            parse_stream(&mut text.as_bytes(), text.len(), 3, &|_| {}, Some(&preview))
        else {
            panic!("a generated file parses");
        };
        let mut whole: Dataset = crate::load::ron_options().from_str(&text).unwrap();
        whole
            .events
            .iter_mut()
            .for_each(crate::load::validate::fill_when);
        assert_eq!(*streamed, whole);
        // Every event was counted for the preview as its piece came in.
        assert_eq!(preview.events(), 2000);
    }
}
