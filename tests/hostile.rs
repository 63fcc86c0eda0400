//! Hostile files and arguments, tried as an attacker or a careless script
//! would: bounded output for quadratic inputs, nothing written over or read
//! from what is not a regular file, bounded `generate`, and a seeded
//! structural fuzzer. Special files are made in a temporary folder; nothing
//! under /dev is touched.

use rand::{Rng as _, SeedableRng as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `entente args…`, killing it (and failing) if it runs past `budget`:
/// a hang or a runaway, not a speed measurement.
fn entente_within(args: &[&std::ffi::OsStr], env: &[(&str, &str)], budget: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes as they fill, so a chatty child cannot block.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).ok();
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).ok();
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > budget {
            child.kill().ok();
            child.wait().ok();
            panic!("entente {args:?} ran past {budget:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

fn run(args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    entente_within(&args, &[], Duration::from_secs(60))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

fn temp(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("entente-hostile-{name}-"))
        .tempdir()
        .unwrap()
}

/// A valid dataset with one series whose observations are `periods`, each
/// citing `S1`.
fn with_periods(periods: impl Iterator<Item = String>) -> String {
    let mut obs = String::new();
    for p in periods {
        obs.push_str(&format!(
            "      (period: \"{p}\", turnover: 1.0, sources: [\"S1\"]),\n"
        ));
    }
    format!(
        "Dataset(\n  title: \"T\",\n  parties: (\"A\", \"B\"),\n  sources: [(id: \"S1\", publisher: \"P\", url: \"https://example.org\")],\n  events: [],\n  trade: [(\n    id: \"t\", reporter: \"A\", reporter_label: \"A\", currency: \"USD\", scale: billions,\n    observations: [\n{obs}    ],\n  )],\n)\n"
    )
}

#[test]
fn overlapping_periods_give_a_bounded_list_not_one_line_per_pair() {
    let dir = temp("overlap");
    // 3,000 spans of three months, each starting a month after the last:
    // every one overlaps its neighbours without containing them.
    let path = dir.path().join("overlap.ron");
    let periods = (0..3000).map(|i| {
        let (a, b) = (2000 * 12 + i, 2000 * 12 + i + 2);
        format!("{}-{:02}..{}-{:02}", a / 12, a % 12 + 1, b / 12, b % 12 + 1)
    });
    std::fs::write(&path, with_periods(periods)).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 200_000);
    let out = run(&["check", path.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "warnings only: {stdout}");
    let warnings = stdout.matches(": warning: ").count();
    assert_eq!(warnings, 51, "50 listed and one count");
    assert!(
        stdout.contains("… and 2,949 more problems like the one above"),
        "{stdout}"
    );
    assert!(stdout.len() < 100_000, "{} bytes of output", stdout.len());

    // The same period 3,000 times: errors, against the first, capped too.
    let path = dir.path().join("same.ron");
    std::fs::write(&path, with_periods((0..3000).map(|_| "2023".to_string()))).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout.matches("appears twice").count(), 50, "{stdout}");
    assert!(stdout.contains("… and 2,949 more problems like the one above"));
}

#[test]
fn thousands_of_dangling_ids_are_reported_without_comparing_each_with_all() {
    let dir = temp("dangling");
    let path = dir.path().join("dangling.ron");
    let n = 6000;
    let mut events = String::new();
    for i in 0..n {
        // Every id close to a real one: "did you mean" has work to do.
        events.push_str(&format!(
            "    (id: \"event-{i:05}\", date: \"2001\", kind: other, title: \"E\", sources: [\"source-{i:05}x\"], related: [\"event-{i:05}x\"]),\n"
        ));
    }
    let sources: String = (0..n)
        .map(|i| format!("    (id: \"source-{i:05}\", publisher: \"P\", note: \"n\"),\n"))
        .collect();
    std::fs::write(
        &path,
        format!(
            "Dataset(\n  title: \"T\",\n  parties: (\"A\", \"B\"),\n  sources: [\n{sources}  ],\n  events: [\n{events}  ],\n)\n"
        ),
    )
    .unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout.matches("unknown source id").count(), 50);
    assert_eq!(stdout.matches("is not the id of any event").count(), 50);
    assert!(stdout.matches("did you mean").count() <= 100);
    assert_eq!(
        stdout
            .matches("… and 5,950 more problems like the one above")
            .count(),
        2,
        "{stdout}"
    );
}

/// Makes a FIFO and a socket in `dir` (and a device node as root).
fn special_files(dir: &Path) -> Vec<PathBuf> {
    let fifo = dir.join("fifo.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let socket = dir.join("socket.ron");
    std::mem::forget(std::os::unix::net::UnixListener::bind(&socket).unwrap());
    let mut out = vec![fifo, socket];
    let device = dir.join("null.ron");
    if Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success())
    {
        out.push(device);
    } else {
        eprintln!("not root: the device node case is skipped");
    }
    out
}

fn is_special(path: &Path) -> bool {
    let t = std::fs::symlink_metadata(path).unwrap().file_type();
    !t.is_file() && !t.is_dir() && !t.is_symlink()
}

#[test]
fn export_and_generate_refuse_to_write_over_what_is_not_a_file() {
    let dir = temp("write");
    for path in special_files(dir.path()) {
        let p = path.to_str().unwrap();
        let out = run(&["generate", "--events", "10", "--out", p]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("not a regular file; nothing was written"),
            "{}",
            text(&out.stderr)
        );
        assert!(is_special(&path), "{p} was replaced");
        let out = run(&["export", "--chart", "timeline", "--out", p]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(is_special(&path), "{p} was replaced");
    }
}

#[test]
fn check_and_open_refuse_what_is_not_a_regular_file_at_once() {
    let dir = temp("read");
    for path in special_files(dir.path()) {
        let p = path.as_os_str();
        // A FIFO would block a reader forever: the budget catches a hang.
        let out = entente_within(&["check".as_ref(), p], &[], Duration::from_secs(20));
        assert_eq!(out.status.code(), Some(1));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains(":1:1: error: cannot read the file: it is a")
                && stdout.contains("not a regular file"),
            "{stdout}"
        );
        // The window is not opened (no display is needed to find out).
        let out = entente_within(&[p], &[], Duration::from_secs(20));
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("not a regular file"));
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_the_limit_and_how_to_raise_it() {
    let dir = temp("size");
    let path = dir.path().join("big.ron");
    let made = run(&[
        "generate",
        "--events",
        "5000",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    assert!(std::fs::metadata(&path).unwrap().len() > 1_000_000);
    let args = ["check".as_ref(), path.as_os_str()];
    let out = entente_within(
        &args,
        &[("ENTENTE_MAX_FILE_MB", "1")],
        Duration::from_secs(60),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("over the limit of 1 MB; set ENTENTE_MAX_FILE_MB="),
        "{stdout}"
    );
    let out = entente_within(
        &args,
        &[("ENTENTE_MAX_FILE_MB", "10")],
        Duration::from_secs(60),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn generate_refuses_counts_beyond_its_maximum_with_exit_2() {
    let dir = temp("gen");
    let out_path = dir.path().join("x.ron");
    for n in ["1000000000000", "18446744073709551615", "-5"] {
        let out = run(&[
            "generate",
            "--events",
            n,
            "--out",
            out_path.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{n}: {}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(stderr.contains("--events"), "{stderr}");
        assert!(!out_path.exists());
    }
}

#[test]
fn messages_about_the_out_path_say_what_is_true() {
    let dir = temp("msgs");
    let file = dir.path().join("plain");
    std::fs::write(&file, b"x").unwrap();
    let inside = file.join("x.ron");
    let out = run(&[
        "generate",
        "--events",
        "3",
        "--out",
        inside.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("not a folder") && !stderr.contains("does not exist"),
        "{stderr}"
    );
    let out = run(&[
        "generate",
        "--events",
        "3",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("it is a folder; give a file name") && !stderr.contains(".png"),
        "{stderr}"
    );
}

/// Structural mutations of the bundled dataset: records duplicated, deleted
/// and swapped; extreme numbers; control characters; deep nesting. Each
/// goes through `check` within a time budget and must end with exit 0 or 1,
/// no signal, no panic, and every problem at a line and column.
#[test]
fn a_seeded_structural_fuzzer_never_breaks_check() {
    let dir = temp("fuzz");
    let original = entente::BUNDLED_DATA;
    let records: Vec<(usize, usize)> = record_spans(original);
    assert!(records.len() > 20, "{} records", records.len());
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let extremes = [
        "1e308",
        "-1e308",
        "-0.0",
        "0.0",
        "1e-320",
        "inf",
        "NaN",
        "18446744073709551616",
        "-9223372036854775809",
    ];
    let controls = [
        "\\u{1b}[2K\\r",
        "\\u{202e}",
        "\\u{0}",
        "\\u{200b}",
        "\\n",
        "\\u{7f}",
    ];
    let cases = 120;
    for case in 0..cases {
        let mut text = original.to_string();
        for _ in 0..rng.random_range(1..4) {
            let spans = record_spans(&text);
            if spans.is_empty() {
                break;
            }
            let (a, b) = spans[rng.random_range(0..spans.len())];
            match rng.random_range(0..6) {
                0 => {
                    let rec = text[a..b].to_string();
                    text.insert_str(b, &format!(",\n{rec}"));
                }
                1 => text.replace_range(a..b, ""),
                2 => {
                    let (c, d) = spans[rng.random_range(0..spans.len())];
                    if d <= a || b <= c {
                        let (first, second) = if b <= c {
                            ((a, b), (c, d))
                        } else {
                            ((c, d), (a, b))
                        };
                        let one = text[first.0..first.1].to_string();
                        let two = text[second.0..second.1].to_string();
                        text.replace_range(second.0..second.1, &one);
                        text.replace_range(first.0..first.1, &two);
                    }
                }
                3 => {
                    // An extreme number where a number is.
                    let numbers: Vec<usize> = text[a..b]
                        .match_indices(": ")
                        .map(|(i, _)| a + i + 2)
                        .filter(|&i| text[i..].starts_with(|c: char| c.is_ascii_digit()))
                        .collect();
                    if let Some(&i) = numbers.first() {
                        let end = i + text[i..]
                            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                            .unwrap_or(0);
                        text.replace_range(i..end, extremes[rng.random_range(0..extremes.len())]);
                    }
                }
                4 => {
                    // Control characters inside a string.
                    if let Some(q) = text[a..b].find(": \"") {
                        let at = a + q + 3;
                        text.insert_str(at, controls[rng.random_range(0..controls.len())]);
                    }
                }
                _ => {
                    let depth = rng.random_range(100..3000);
                    text.insert_str(a, &"[".repeat(depth));
                }
            }
        }
        let path = dir.path().join(format!("case-{case}.ron"));
        std::fs::write(&path, &text).unwrap();
        let out = entente_within(
            &["check".as_ref(), path.as_os_str()],
            &[],
            Duration::from_secs(20),
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "case {case}: {:?} {stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "case {case}: {stderr}");
        let name = path.display().to_string();
        for line in stdout.lines().filter(|l| l.starts_with(&name)) {
            let rest = &line[name.len()..];
            let located = rest.starts_with(": ok")
                || rest.starts_with(": 1 error")
                || rest.contains(" errors")
                || {
                    let mut parts = rest.trim_start_matches(':').splitn(3, ':');
                    let line_no = parts.next().and_then(|s| s.parse::<usize>().ok());
                    let col = parts.next().and_then(|s| s.parse::<usize>().ok());
                    line_no.is_some_and(|l| l >= 1) && col.is_some_and(|c| c >= 1)
                };
            assert!(located, "case {case}: no location in {line:?}");
            assert!(
                !line.contains(['\u{1b}', '\u{202e}', '\u{0}']),
                "case {case}: raw control in {line:?}"
            );
        }
    }
}

/// Byte spans of the records of the bundled file: each `(` … `)` that opens
/// at the start of an indented line inside a list.
fn record_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let line_start = i == 0 || bytes[i - 1] == b'\n';
        if line_start {
            let indent = bytes[i..].iter().take_while(|&&b| b == b' ').count();
            let j = i + indent;
            if indent >= 4 && bytes.get(j) == Some(&b'(') {
                // Find the matching parenthesis, skipping strings.
                let (mut depth, mut k, mut in_str) = (0i32, j, false);
                while k < bytes.len() {
                    match bytes[k] {
                        b'\\' if in_str => k += 1,
                        b'"' => in_str = !in_str,
                        b'(' if !in_str => depth += 1,
                        b')' if !in_str => {
                            depth -= 1;
                            if depth == 0 {
                                out.push((j, k + 1));
                                break;
                            }
                        }
                        _ => {}
                    }
                    k += 1;
                }
            }
        }
        i += 1;
    }
    out
}
