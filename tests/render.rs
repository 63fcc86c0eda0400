//! Renders the real app with wgpu (the software Vulkan driver is enough) and
//! checks what is drawn. The PNGs land in target/render/ for a look by eye.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;
use entente::theme::kind_color;

/// Where the rendered images go for a person to look at; made on first use so
/// any test can run alone on a clean checkout.
fn out_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn render(dark: bool, select: Option<&str>) -> (image::RgbaImage, egui::Rect) {
    let state = PersistedState {
        dark_mode: dark,
        ..PersistedState::default()
    };
    let mut h = common::themed(DataSource::Bundled, state, [1400.0, 860.0]);
    h.run();
    if let Some(label) = select {
        h.get_by_label(label).click();
        h.run();
    }
    let image = h
        .render()
        .expect("rendering needs a wgpu adapter (install mesa-vulkan-drivers)");
    let rect = h.state().timeline_rect().expect("the timeline was drawn");
    let dir = out_dir();
    let name = format!(
        "window-{}{}.png",
        if dark { "dark" } else { "light" },
        if select.is_some() { "-selected" } else { "" }
    );
    image.save(dir.join(name)).unwrap();
    (image, rect)
}

/// Counts pixels of roughly `color` inside `rect`.
fn count_color(img: &image::RgbaImage, rect: egui::Rect, color: egui::Color32) -> usize {
    let mut n = 0;
    for y in rect.top() as u32..(rect.bottom() as u32).min(img.height()) {
        for x in rect.left() as u32..(rect.right() as u32).min(img.width()) {
            let p = img.get_pixel(x, y).0;
            let d = (0..3)
                .map(|i| (i32::from(p[i]) - i32::from(color.to_array()[i])).abs())
                .max()
                .unwrap();
            if d < 12 {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn the_timeline_draws_lanes_in_their_colours_in_both_themes() {
    for dark in [false, true] {
        let (img, rect) = render(dark, None);
        let ds = entente::load::load_str(entente::BUNDLED_DATA)
            .unwrap()
            .dataset;
        // The first, a middle and the last lane's kinds.
        let kinds = &ds.kind_table.kinds;
        for kind in [&kinds[0], &kinds[kinds.len() / 2], &kinds[kinds.len() - 1]] {
            let n = count_color(&img, rect, kind_color(kind.color, dark));
            assert!(
                n > 40,
                "{} colour barely drawn ({n} px), dark={dark}",
                kind.label
            );
        }
    }
}

#[test]
fn selecting_shows_the_detail_panel_to_the_right_of_the_timeline() {
    let (img, rect) = render(false, Some("Treaty of Strategic Partnership"));
    // The timeline gave room to the detail panel.
    assert!(
        rect.right() < img.width() as f32 - 250.0,
        "timeline {rect:?}"
    );
}

#[test]
fn selecting_the_2023_visit_highlights_its_day_on_the_annual_chart() {
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    h.get_by_label("Emmanuel Macron's official visit to Kazakhstan")
        .click();
    h.run();
    let img = h.render().unwrap();
    img.save(out_dir().join("highlight.png")).unwrap();
    let app = h.state();
    let rect = app.timeline_rect().unwrap();
    let t = app.document().unwrap().dataset.events[app.selection().event().unwrap()]
        .when
        .span_days()
        .0;
    let left = rect.left() + entente::theme::GUTTER;
    let x = app.view().x_of(t, left, rect.right()) as u32;
    // Just under the chart's title row, above the bars: the highlight is a
    // blue tint at the event, and plain background 40 px away.
    let y0 = rect.bottom() as u32 + 40;
    let tinted = |x: u32| {
        (y0..y0 + 30).any(|y| {
            let [r, g, b, _] = img.get_pixel(x, y).0;
            i32::from(b) - i32::from(r) > 12 && i32::from(b) - i32::from(g) > 8
        })
    };
    // The event's own marker line sits at x; the highlight spans a few px after it.
    assert!((x + 1..x + 8).any(tinted), "no highlight at x={x}");
    assert!(!tinted(x - 40), "background tinted at x={}", x - 40);
}

#[test]
fn hovering_2023_on_the_annual_chart_highlights_it_on_the_timeline() {
    let mut h = Harness::builder()
        .with_size([1400.0, 1100.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    let (rect, view) = (h.state().timeline_rect().unwrap(), h.state().view());
    // Early in 2023, away from the event lines of December 2022 and April
    // 2023 (over an event line, the chart names the event instead).
    let mid_2023 = entente::model::Date::parse("2023-02-01")
        .unwrap()
        .start_day() as f64;
    let x = view.x_of(mid_2023, rect.left() + entente::theme::GUTTER, rect.right());
    h.hover_at(egui::pos2(x, rect.bottom() + 120.0));
    h.run();
    let (a, b) = h
        .state()
        .hover_span()
        .expect("the chart reports the hovered year");
    let year = entente::model::Period::year(2023).span_days();
    assert_eq!((a, b), year);
    // The timeline draws it: the hover span is its highlight this frame.
    h.hover_at(egui::pos2(x, rect.top() - 30.0));
    h.run();
    assert_eq!(h.state().hover_span(), None);
}

#[test]
fn the_window_renders_at_1280_and_1920_in_both_themes() {
    let dir = out_dir();
    for (w, h_) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for dark in [false, true] {
            let state = PersistedState {
                dark_mode: dark,
                ..PersistedState::default()
            };
            let mut h = Harness::builder()
                .with_size([w, h_])
                .with_theme(if dark {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                })
                .wgpu()
                .build_eframe(move |cc| {
                    EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, state)
                });
            h.run();
            h.get_by_label("Emmanuel Macron's official visit to Kazakhstan")
                .click();
            h.run();
            let image = h.render().expect("a wgpu adapter");
            assert_eq!(image.width(), w as u32);
            let name = format!("window-{w}-{}.png", if dark { "dark" } else { "light" });
            image.save(dir.join(name)).unwrap();
        }
    }
}
