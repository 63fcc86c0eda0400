//! Helpers shared by the UI test files.

use egui_kittest::Harness;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;
use std::time::{Duration, Instant};

/// Steps the app until `done` holds and no file is loading (loads and
/// reloads run on worker threads); panics naming `what` after 30 s.
pub fn step_until(
    h: &mut Harness<'static, EntenteApp>,
    what: &str,
    done: impl Fn(&EntenteApp) -> bool,
) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        h.run_steps(1);
        if done(h.state()) && !h.state().is_loading() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("timed out waiting for: {what}");
}

/// Steps the app until the load it started has ended.
#[allow(dead_code)] // not every test file waits for loads
pub fn wait_loaded(h: &mut Harness<'static, EntenteApp>) {
    step_until(h, "the load to end", |_| true);
}

/// The app on `source` with default settings, in a `width × height` window.
#[allow(dead_code)] // not every test file opens its own source
pub fn open(source: DataSource, width: f32, height: f32) -> Harness<'static, EntenteApp> {
    Harness::builder()
        .with_size([width, height])
        .build_eframe(move |cc| {
            EntenteApp::with_state(&cc.egui_ctx, source, PersistedState::default())
        })
}

/// Runs the `entente` binary: its exit code, and what it printed (stdout,
/// then stderr).
#[allow(dead_code)] // not every test file runs the binary
pub fn entente(args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .expect("entente runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// The app on `source` with `state`, drawn by wgpu in a `size` window in the
/// light or dark theme as `state.dark_mode` says (for renders looked at in
/// both themes).
#[allow(dead_code)] // not every test file renders
pub fn themed(
    source: DataSource,
    state: PersistedState,
    size: [f32; 2],
) -> Harness<'static, EntenteApp> {
    let theme = if state.dark_mode {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .wgpu()
        .build_eframe(move |cc| EntenteApp::with_state(&cc.egui_ctx, source, state))
}
