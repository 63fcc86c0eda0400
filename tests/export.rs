//! Export: the command line renders offscreen (no window, no display server)
//! and writes PNGs atomically; the window saves the chart as seen.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{Command, EntenteApp, PersistedState, SaveAs};
use entente::charts::ChartId;
use entente::command::ChartExport;
use entente::document::DataSource;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};

fn entente(args: &[&str]) -> Output {
    Process::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("entente-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Skips (on a developer machine) or fails (in CI) when no adapter exists.
fn adapter_or_skip(out: &Output) -> bool {
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(1) && stderr.contains("no graphics adapter") {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have a graphics adapter: {stderr}"
        );
        eprintln!("skipped: {stderr}");
        return false;
    }
    true
}

/// Runs `entente` with `args` and asserts it wrote (exit 0); `None` when
/// there is no graphics adapter here (see [`adapter_or_skip`]).
fn export_ok(args: &[&str]) -> Option<Output> {
    let out = entente(args);
    if !adapter_or_skip(&out) {
        return None;
    }
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out)
}

/// The names of the files in `dir`, sorted.
fn file_names(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    files.sort();
    files
}

/// The text of a PDF, by `pdftotext` (poppler-utils, installed by CI);
/// `None` (skip) where it is missing on a developer's machine.
fn pdf_text(path: &Path) -> Option<String> {
    match Process::new("pdftotext").arg(path).arg("-").output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).to_string()),
        Err(e) => {
            assert!(
                std::env::var("CI").is_err(),
                "CI installs poppler-utils: {e}"
            );
            eprintln!("skipped: no pdftotext ({e})");
            None
        }
    }
}

struct Png {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
    text: Vec<(String, String)>,
}

fn read_png(path: &Path) -> Png {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    pixels.truncate(frame.buffer_size());
    let info = reader.info();
    let text = info
        .utf8_text
        .iter()
        .map(|t| (t.keyword.clone(), t.get_text().unwrap()))
        .collect();
    Png {
        width: frame.width,
        height: frame.height,
        pixels,
        text,
    }
}

fn not_uniform(png: &Png) -> bool {
    png.pixels.chunks_exact(4).any(|p| p != &png.pixels[..4])
}

#[test]
fn every_chart_exports_at_the_requested_size_with_metadata() {
    let dir = temp_dir("sizes");
    let list = entente(&["export", "--list"]);
    assert_eq!(list.status.code(), Some(0));
    let names: Vec<String> = String::from_utf8_lossy(&list.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert!(
        names.contains(&"timeline".to_string())
            && names.contains(&"annual-kz-stat-usd".to_string()),
        "{names:?}"
    );
    for name in &names {
        let path = dir.join(format!("{name}.png"));
        let out = entente(&[
            "export",
            "--chart",
            name,
            "--out",
            path.to_str().unwrap(),
            "--width",
            "800",
            "--height",
            "300",
            "--scale",
            "1.5",
        ]);
        if !adapter_or_skip(&out) {
            return;
        }
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let png = read_png(&path);
        assert_eq!((png.width, png.height), (1200, 450), "{name}");
        assert!(not_uniform(&png), "{name} is a blank rectangle");
        let get = |k: &str| {
            png.text
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("Dataset"), "Kazakhstan–France");
        assert!(!get("Title").is_empty());
        assert!(!get("Source").is_empty(), "{name} names its sources");
    }
    let annual = read_png(&dir.join("annual-kz-stat-usd.png"));
    let source = annual
        .text
        .iter()
        .find(|(k, _)| k == "Source")
        .unwrap()
        .1
        .clone();
    assert!(source.contains("Kazinform, 24 May 2024"), "{source}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn all_writes_one_file_per_chart_into_a_new_folder() {
    let dir = temp_dir("all").join("out");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "all",
        "--out",
        dir.to_str().unwrap(),
        "--theme",
        "dark",
    ]) else {
        return;
    };
    let files = file_names(&dir);
    assert_eq!(files.len(), 7, "{files:?}");
    assert!(
        files.contains(&"kz-fr-annual-kz-stat-usd.png".to_string()),
        "{files:?}"
    );
}

#[test]
fn a_missing_folder_fails_names_the_path_and_leaves_nothing() {
    let dir = temp_dir("missing");
    let path = dir.join("no-such-folder").join("chart.png");
    let out = entente(&[
        "export",
        "--chart",
        "annual-kz-stat-usd",
        "--out",
        path.to_str().unwrap(),
    ]);
    if !adapter_or_skip(&out) {
        return;
    }
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(path.to_str().unwrap()) && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!path.exists());
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "nothing left behind"
    );
}

#[test]
fn a_read_only_folder_fails_and_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = temp_dir("readonly");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes through permissions; /proc refuses new files for everyone.
    let root = std::fs::write(dir.join("probe"), b"x").is_ok();
    let _ = std::fs::remove_file(dir.join("probe"));
    let target = if root {
        PathBuf::from("/proc/entente-chart.png")
    } else {
        dir.join("chart.png")
    };
    let out = entente(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        target.to_str().unwrap(),
    ]);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    if !adapter_or_skip(&out) {
        return;
    }
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(target.to_str().unwrap()), "{stderr}");
    assert!(!target.exists());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn a_good_file_survives_a_failed_export() {
    let dir = temp_dir("survive");
    let path = dir.join("chart.png");
    std::fs::write(&path, b"the good chart").unwrap();
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, "Dataset(title: ").unwrap();
    let out = entente(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        path.to_str().unwrap(),
        "--data",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bad.ron:1:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"the good chart");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        vec!["export", "--chart", "nonsense", "--out", "/tmp/x.png"],
        vec![
            "export",
            "--chart",
            "timeline",
            "--out",
            "/tmp/x.png",
            "--scale",
            "100",
        ],
        vec![
            "export",
            "--chart",
            "timeline",
            "--out",
            "/tmp/x.png",
            "--range",
            "2024..2008",
        ],
        vec!["export", "--chart", "timeline"],
    ] {
        let out = entente(&args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = entente(&["export", "--chart", "nonsense", "--out", "/tmp/x.png"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("annual-kz-stat-usd"));
}

#[test]
fn exported_pngs_match_their_reviewed_snapshots() {
    let dir = temp_dir("snap");
    let mut results = egui_kittest::SnapshotResults::new();
    for theme in ["light", "dark"] {
        // A fixed "today" for the caption's date: the snapshots do not age.
        let out = Process::new(env!("CARGO_BIN_EXE_entente"))
            .args(["export", "--chart", "all", "--out"])
            .arg(dir.join(theme))
            .args(["--theme", theme])
            .env("SOURCE_DATE_EPOCH", "1764374400")
            .output()
            .unwrap();
        if !adapter_or_skip(&out) {
            return;
        }
        for entry in std::fs::read_dir(dir.join(theme)).unwrap() {
            let path = entry.unwrap().path();
            let img = image::open(&path).unwrap().to_rgba8();
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            results.add(egui_kittest::try_image_snapshot(
                &img,
                format!("export_{stem}_{theme}"),
            ));
        }
    }
}

/// The app on the bundled data in a 1400×900 window rendered with wgpu
/// (screenshots are fulfilled).
fn rendering_window() -> Harness<'static, EntenteApp> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .wgpu()
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        })
}

#[test]
fn save_as_png_in_the_window_writes_the_chart_as_seen() {
    let dir = temp_dir("window");
    let path = dir.join("annual.png");
    let mut h = rendering_window();
    h.run();
    let rect = h.state().chart_visible_rect(ChartId::Annual(0)).unwrap();
    h.state_mut().push(Command::SaveTo(
        SaveAs::Image(ChartId::Annual(0)),
        path.clone(),
    ));
    for _ in 0..200 {
        h.run_steps(1);
        if h.state()
            .status()
            .is_some_and(|s| s.text.starts_with("Saved"))
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = h
        .state()
        .status()
        .cloned()
        .expect("the export reports back");
    assert!(!status.error, "{}", status.text);
    assert_eq!(status.text, format!("Saved {}", path.display()));
    let png = read_png(&path);
    // Rendered as wide as the chart on screen (plus the 8-point margins),
    // as tall as the whole chart, axis labels included, and its caption.
    assert_eq!(png.width, (rect.width() + 16.0).round() as u32);
    assert!(
        png.height as f32 > rect.height() + 40.0,
        "{} px for a {} pt chart: no room for the caption",
        png.height,
        rect.height()
    );
    // The caption's text is in the bottom rows.
    let row = |y: u32| {
        let w = png.width as usize * 4;
        &png.pixels[y as usize * w..(y as usize + 1) * w]
    };
    let inked = (png.height - 40..png.height - 8).any(|y| {
        let r = row(y);
        r.chunks_exact(4).any(|p| p != &r[..4])
    });
    assert!(inked, "no caption in the bottom rows");
    assert!(not_uniform(&png));
    assert!(
        png.text
            .iter()
            .any(|(k, v)| k == "Title" && v == "Annual trade, Kazakh statistics, current USD")
    );
}

#[test]
fn export_at_2x_renders_the_chart_at_twice_the_resolution() {
    let dir = temp_dir("window2x");
    let path = dir.join("annual@2x.png");
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    let rect = h.state().chart_rect(ChartId::Annual(0)).unwrap();
    h.state_mut().settings_mut().export_2x = true;
    h.state_mut().push(Command::SaveTo(
        SaveAs::Image(ChartId::Annual(0)),
        path.clone(),
    ));
    for _ in 0..500 {
        h.run_steps(1);
        if h.state().status().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = h
        .state()
        .status()
        .cloned()
        .expect("the export reports back");
    if status.text.contains("no graphics adapter") {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have a graphics adapter: {}",
            status.text
        );
        eprintln!("skipped: {}", status.text);
        return;
    }
    assert!(!status.error, "{}", status.text);
    let png = read_png(&path);
    assert_eq!(png.width, ((rect.width() + 16.0) * 2.0).round() as u32);
    assert!(
        png.height as f32 > (rect.height() + 40.0) * 2.0,
        "{}",
        png.height
    );
    assert!(not_uniform(&png));
}

#[test]
fn without_a_graphics_adapter_export_says_what_to_install_and_writes_nothing() {
    let dir = temp_dir("noadapter");
    let path = dir.join("chart.png");
    // No DirectX 12 on Linux: wgpu finds no adapter at all.
    let out = Process::new(env!("CARGO_BIN_EXE_entente"))
        .args([
            "export",
            "--chart",
            "timeline",
            "--out",
            path.to_str().unwrap(),
        ])
        .env("WGPU_BACKEND", "dx12")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no graphics adapter") && stderr.contains("mesa-vulkan-drivers"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!path.exists());
}

/// Steps until the status line says something new, and returns it.
fn wait_status(h: &mut Harness<'static, EntenteApp>) -> entente::app::Status {
    let before = h.state().status().cloned();
    for _ in 0..200 {
        h.run_steps(1);
        if let Some(s) = h.state().status().filter(|s| Some(*s) != before.as_ref()) {
            return s.clone();
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the status line stayed empty");
}

#[test]
fn c_copies_the_chart_under_the_pointer_only_where_that_chart_is_visible() {
    let mut h = rendering_window();
    h.run();
    let annual = ChartId::Annual(0);
    let start = h.state().chart_visible_rect(annual).unwrap();
    assert!(start.is_positive(), "the first chart starts in view");
    // Scroll the charts up until the first one has left the scroll area.
    let over_charts = start.center();
    h.hover_at(over_charts);
    for _ in 0..100 {
        if !h.state().chart_visible_rect(annual).unwrap().is_positive() {
            break;
        }
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -20.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        // The pointer may rest on an event line: its tooltip fades in over
        // a few frames.
        h.run_steps(8);
    }
    let hidden = h.state().chart_rect(annual).unwrap();
    assert!(
        !h.state().chart_visible_rect(annual).unwrap().is_positive(),
        "the chart scrolled out of view"
    );
    // Where the chart would be if it were not clipped: the timeline's axis
    // (above the handle between the timeline and the charts).
    let p = egui::pos2(hidden.center().x, hidden.bottom() - 20.0);
    assert!(hidden.contains(p));
    let timeline = h.state().timeline_rect().unwrap();
    assert!(
        timeline.contains(p),
        "{p:?} is over the timeline {timeline:?}"
    );
    h.hover_at(p);
    h.run();
    h.key_press(egui::Key::C);
    let status = wait_status(&mut h);
    assert!(
        status.text.contains("timeline of events") && !status.text.contains("Annual"),
        "{}",
        status.text
    );
    // The chart now in view where the first one was answers there.
    let ds = h.state().document().unwrap().dataset.clone();
    let shown = ChartId::all(&ds)
        .into_iter()
        .find(|&c| {
            h.state()
                .chart_visible_rect(c)
                .is_some_and(|r| r.contains(over_charts))
        })
        .expect("a chart is under the pointer");
    assert_ne!(shown, annual);
    h.hover_at(over_charts);
    h.run();
    h.key_press(egui::Key::C);
    let status = wait_status(&mut h);
    assert!(status.text.contains(&shown.title(&ds)), "{}", status.text);
}

#[test]
fn exports_leave_event_lines_out_unless_asked() {
    let dir = temp_dir("markers");
    let (off, on) = (dir.join("off.png"), dir.join("on.png"));
    let base = ["export", "--chart", "annual-kz-stat-usd", "--out"];
    let out = entente(&[&base[..], &[off.to_str().unwrap()]].concat());
    if !adapter_or_skip(&out) {
        return;
    }
    assert_eq!(out.status.code(), Some(0));
    let out = entente(&[&base[..], &[on.to_str().unwrap(), "--markers", "on"]].concat());
    assert_eq!(out.status.code(), Some(0));
    let (off, on) = (read_png(&off), read_png(&on));
    assert_eq!((off.width, off.height), (on.width, on.height));
    // The events' lines (and their legend entry) are drawn only when asked
    // for: the images differ in columns of pixels, not in a few.
    let differing = off
        .pixels
        .chunks_exact(4)
        .zip(on.pixels.chunks_exact(4))
        .filter(|(a, b)| a != b)
        .count();
    assert!(differing > 500, "{differing} pixels differ");
    let out = entente(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        "/tmp/x.png",
        "--markers",
        "maybe",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_too_long_range_names_the_longest_allowed() {
    let out = entente(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        "/tmp/x.png",
        "--range",
        "1800..2024",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the range spans 225 years; a view can span at most 200 years"),
        "{stderr}"
    );
}

#[test]
fn a_range_is_shown_exactly_as_asked() {
    let dir = temp_dir("range");
    let path = dir.join("t.png");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        path.to_str().unwrap(),
        "--range",
        "1850..2024",
    ]) else {
        return;
    };
    // The caption says what is shown: from the first day asked to the last.
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let index = entente::document::TimelineIndex::build(&ds, |_| true);
    let mut view = entente::timeline::TimeView {
        start: entente::model::Date::parse("1850").unwrap().start_day() as f64,
        end: entente::model::Date::parse("2024")
            .unwrap()
            .end_day_exclusive() as f64,
    };
    let mut h = Harness::builder()
        .with_size([1200.0, 700.0])
        .build_ui(move |ui| {
            entente::export::draw(
                ui,
                ChartId::Timeline,
                &ds,
                &index,
                &mut view,
                Default::default(),
            );
        });
    h.run();
    h.get_by_label_contains("Shown: 1 Jan 1850 – 31 Dec 2024");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn images_larger_than_the_adapter_draws_exit_2_with_the_largest_size() {
    let dir = temp_dir("huge");
    for extra in [vec!["--scale", "8"], vec!["--width", "16384"]] {
        let path = dir.join("huge.png");
        let mut args = vec![
            "export",
            "--chart",
            "annual-kz-stat-usd",
            "--out",
            path.to_str().unwrap(),
        ];
        args.extend(extra.iter().copied());
        let out = entente(&args);
        if !adapter_or_skip(&out) {
            return;
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("larger than the graphics adapter can draw"),
            "{stderr}"
        );
        assert!(stderr.contains("pixels per side"), "{stderr}");
        assert!(stderr.contains("can be at most"), "{stderr}");
        assert!(!path.exists(), "nothing is written");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn charts_whose_names_would_clash_get_distinct_files() {
    let dir = temp_dir("clash");
    let data = dir.join("clash.ron");
    let series = |id: &str| {
        format!(
            r#"(id: "{id}", reporter: "A", reporter_label: "A", currency: "USD", scale: billions,
               observations: [(period: "2023", turnover: 1.0, sources: ["S1"])])"#
        )
    };
    std::fs::write(
        &data,
        format!(
            r#"Dataset(title: "T", parties: ("A", "B"),
               sources: [(id: "S1", publisher: "P", url: "https://example.org")],
               trade: [{}, {}])"#,
            series("usd"),
            series("USD")
        ),
    )
    .unwrap();
    let out_dir = dir.join("out");
    let Some(out) = export_ok(&[
        "export",
        "--chart",
        "all",
        "--data",
        data.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]) else {
        return;
    };
    let files = file_names(&out_dir);
    assert!(
        files.contains(&"clash-annual-usd.png".to_string()),
        "{files:?}"
    );
    assert!(
        files.contains(&"clash-annual-usd-2.png".to_string()),
        "{files:?}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("wrote ").count(), files.len(), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_caption_names_the_period_the_publishers_and_the_dataset() {
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let index = entente::document::TimelineIndex::build(&ds, |_| true);
    let chart = ChartId::Annual(0);
    let mut view = entente::export::default_view(chart, &ds);
    let (ds2, view2) = (ds.clone(), view);
    let today = {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            / 86_400;
        entente::model::date::date_of_epoch_day(days as i64)
            .unwrap()
            .format("%Y-%m-%d")
            .to_string()
    };
    let mut h = Harness::builder()
        .with_size([1200.0, 500.0])
        .build_ui(move |ui| {
            entente::theme::install_fonts(ui.ctx());
            entente::export::draw(ui, chart, &ds, &index, &mut view, Default::default());
        });
    h.run();
    h.get_by_label_contains("Shown: ");
    let publishers = chart.publishers(&ds2, &view2);
    for publisher in ["Regnum", "Kazinform", "Trend"] {
        assert!(publishers.iter().any(|p| p == publisher), "{publishers:?}");
    }
    h.get_by_label(&format!("Source: {}", publishers.join("; ")));
    h.get_by_label(&format!("Entente · Kazakhstan–France · {today}"));
    // Without the caption, none of it.
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let index = entente::document::TimelineIndex::build(&ds, |_| true);
    let mut view = entente::export::default_view(chart, &ds);
    let layers = entente::export::Layers {
        caption: false,
        ..Default::default()
    };
    let mut h = Harness::builder()
        .with_size([1200.0, 500.0])
        .build_ui(move |ui| {
            entente::theme::install_fonts(ui.ctx());
            entente::export::draw(ui, chart, &ds, &index, &mut view, layers);
        });
    h.run();
    assert!(h.query_by_label_contains("Source: ").is_none());
}

#[test]
fn the_annual_chart_as_csv_holds_the_datasets_figures() {
    let dir = temp_dir("csv");
    let path = dir.join("annual.csv");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "annual-kz-stat-usd",
        "--out",
        path.to_str().unwrap(),
    ]) else {
        return;
    };
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..4],
        ["period", "exports", "imports", "turnover"],
        "{header:?}"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // One row per calendar year the chart draws, with the file's figures.
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let series = &ds.trade[0];
    let years: Vec<_> = series
        .observations
        .iter()
        .filter(|o| o.parsed_period.is_calendar_year())
        .collect();
    assert_eq!(rows.len(), years.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, ob) in rows.iter().zip(&years) {
        assert_eq!(&row[col("period")], ob.period);
        let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        assert_eq!(&row[col("turnover")], num(ob.turnover), "{row:?}");
        assert_eq!(&row[col("exports")], num(ob.exports), "{row:?}");
        assert_eq!(&row[col("imports")], num(ob.imports), "{row:?}");
        assert_eq!(&row[col("unit")], "USD billion");
        assert_eq!(&row[col("reporter")], "Kazakhstan (Kazakh statistics)");
        assert!(!row[col("sources")].is_empty());
    }
    let y2023 = rows.iter().find(|r| &r[0] == "2023").unwrap();
    assert_eq!(&y2023[col("reported growth %")], "7.7");
    assert_eq!(&y2023[col("computed growth %")], "5.0");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_timeline_as_csv_quotes_commas_and_quotes_and_keeps_every_event() {
    let dir = temp_dir("csv-timeline");
    let path = dir.join("events.csv");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "timeline",
        "--format",
        "csv",
        "--out",
        path.to_str().unwrap(),
    ]) else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    // A title with a comma is quoted (RFC 4180).
    assert!(
        text.contains("\"Joint declaration; agreements on education, EXPO-2017 and space\""),
        "{text}"
    );
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[4].to_string())
        .collect();
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    assert_eq!(titles.len(), ds.events.len());
    for e in &ds.events {
        assert!(titles.contains(&e.title.to_string()), "{}", e.title);
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn save_data_as_csv_in_the_window_writes_the_figures() {
    let dir = temp_dir("window-csv");
    let path = dir.join("annual.csv");
    let mut h = rendering_window();
    h.run();
    h.get_all_by_label("Save data as CSV…").next().unwrap();
    h.state_mut().push(Command::SaveTo(
        SaveAs::Data(ChartId::Annual(0)),
        path.clone(),
    ));
    let status = wait_status(&mut h);
    assert_eq!(status.text, format!("Saved {}", path.display()));
    let rows = csv::Reader::from_path(&path).unwrap().records().count();
    assert_eq!(rows, 4, "2011, 2021, 2022 and 2023");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn without_a_native_dialog_the_window_asks_where_to_save_itself() {
    let dir = temp_dir("builtin-dialog");
    let mut h = rendering_window();
    h.run();
    h.state_mut().use_builtin_dialog();
    h.state_mut().settings_mut().last_export_dir = Some(dir.clone());
    // PNG: the dialog opens in the last folder with a proposed name; a name
    // typed without its extension gets it.
    h.state_mut()
        .push(Command::Export(ChartId::Annual(0), ChartExport::SaveImage));
    h.run();
    assert!(h.state().save_dialog_open());
    h.get_by_label("Save chart as PNG, SVG or PDF");
    let name = h.get_by_label("File name:");
    name.click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("File name:").type_text("my chart");
    h.run();
    h.get_by_label("Save").click();
    // The export runs in the background (a spinner): step, not settle.
    h.run_steps(2);
    assert!(!h.state().save_dialog_open());
    let status = wait_status(&mut h);
    let path = dir.join("my chart.png");
    assert_eq!(status.text, format!("Saved {}", path.display()));
    assert!(read_png(&path).width > 0);
    // CSV: the proposed name is kept; Save writes it.
    h.state_mut()
        .push(Command::Export(ChartId::Annual(0), ChartExport::SaveData));
    h.run();
    h.get_by_label("Save the figures as CSV");
    h.get_by_label("Save").click();
    let status = wait_status(&mut h);
    assert!(
        status.text.starts_with("Saved ") && status.text.ends_with(".csv"),
        "{}",
        status.text
    );
    // Cancel writes nothing and says so.
    h.state_mut()
        .push(Command::Export(ChartId::Annual(0), ChartExport::SaveImage));
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().status().unwrap().text,
        "Export cancelled; nothing was written."
    );
    assert_eq!(file_names(&dir).len(), 2, "{:?}", file_names(&dir));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_svg_export_is_svg_with_its_title_and_sources_as_text() {
    let dir = temp_dir("svg");
    let path = dir.join("annual.svg");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "annual-kz-stat-usd",
        "--out",
        path.to_str().unwrap(),
    ]) else {
        return;
    };
    let svg = std::fs::read_to_string(&path).unwrap();
    // A well-formed SVG that an SVG library reads.
    usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("the SVG parses");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // Text is text: the title, the caption's source line, a tick label.
    assert!(
        svg.contains(">Annual trade, Kazakh statistics, current USD</text>"),
        "no title"
    );
    assert!(svg.contains(">Source: Regnum; "), "no source line");
    assert!(svg.contains(">2023</text>"), "no tick label");
    // The window's fonts travel with it.
    assert!(svg.contains("@font-face{font-family:'Ubuntu'"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_pdf_export_keeps_its_title_and_sources_as_text() {
    let dir = temp_dir("pdf");
    let path = dir.join("timeline.pdf");
    let Some(_) = export_ok(&[
        "export",
        "--chart",
        "timeline",
        "--out",
        path.to_str().unwrap(),
    ]) else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let Some(text) = pdf_text(&path) else {
        return;
    };
    // pdftotext breaks the long caption where the page does: compare with
    // whitespace collapsed.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Kazakhstan–France: timeline of events",
        "Treaty of Strategic Partnership",
        "Official visits",
        "Source: Kazinform;",
        "; e-history.kz;",
        "; French Senate;",
        "Entente · Kazakhstan–France",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_window_saves_svg_and_pdf_by_the_file_extension() {
    let dir = temp_dir("window-vector");
    let mut h = rendering_window();
    h.run();
    for name in ["annual.svg", "annual.pdf"] {
        let path = dir.join(name);
        h.state_mut().push(Command::SaveTo(
            SaveAs::Image(ChartId::Annual(0)),
            path.clone(),
        ));
        let status = wait_status(&mut h);
        assert_eq!(status.text, format!("Saved {}", path.display()));
        let bytes = std::fs::read(&path).unwrap();
        let head: &[u8] = if name.ends_with("svg") {
            b"<svg"
        } else {
            b"%PDF-"
        };
        assert!(bytes.starts_with(head), "{name}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_briefing_sheet_is_landscape_pdf_with_the_range_events_and_numbered_sources() {
    let dir = temp_dir("sheet");
    let path = dir.join("brief.pdf");
    let Some(_) = export_ok(&[
        "export",
        "--sheet",
        "--out",
        path.to_str().unwrap(),
        "--range",
        "2008..2012",
    ]) else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/MediaBox [0 0 842 595]"), "A4 landscape");
    let Some(text) = pdf_text(&path) else {
        return;
    };
    for expected in [
        "Kazakhstan–France: briefing",
        "Events shown",
        "11 June 2008 — Treaty of Strategic Partnership",
        "6 October 2009 — Nicolas Sarkozy's state visit to Kazakhstan",
        "Sources",
        "1. ",
        "Annual trade, Kazakh statistics, current USD",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // Only the range: the 2024 state visit is not listed.
    assert!(
        !text.contains("Kassym-Jomart Tokayev's state visit to France"),
        "{text}"
    );
    // Letter paper on request.
    let letter = dir.join("letter.pdf");
    let Some(_) = export_ok(&[
        "export",
        "--sheet",
        "--paper",
        "letter",
        "--out",
        letter.to_str().unwrap(),
    ]) else {
        return;
    };
    let raw = String::from_utf8_lossy(&std::fs::read(&letter).unwrap()).to_string();
    assert!(raw.contains("/MediaBox [0 0 792 612]"), "Letter landscape");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_window_exports_the_briefing_sheet_of_its_view() {
    let dir = temp_dir("window-sheet");
    let path = dir.join("brief.pdf");
    let mut h = rendering_window();
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export briefing sheet…");
    h.state_mut()
        .push(Command::SaveTo(SaveAs::Sheet, path.clone()));
    let status = wait_status(&mut h);
    assert_eq!(status.text, format!("Saved {}", path.display()));
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF-"));
    std::fs::remove_dir_all(&dir).ok();
}
