//! `entente [FILE]`: the window, on FILE or the bundled dataset.

use entente::app::EntenteApp;
use entente::document::DataSource;
use entente::load;
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the window; a file that cannot be read at all ends here (a file
/// with errors opens the window with the diagnostics panel).
pub(crate) fn open_window(file: Option<PathBuf>) -> ExitCode {
    let source = match file {
        Some(path) => {
            // Checked before opening: a FIFO would block the open.
            let readable = load::check_readable(&path).and_then(|_| {
                std::fs::File::open(&path).map_err(|e| load::LoadError::unreadable(&e))
            });
            if let Err(e) = readable {
                eprint!(
                    "{}",
                    load::render(&path.display().to_string(), &e.diagnostics)
                );
                return ExitCode::FAILURE;
            }
            DataSource::File(path)
        }
        None => DataSource::Bundled,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Entente")
            .with_app_id("entente")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Entente",
        options,
        Box::new(move |cc| Ok(Box::new(EntenteApp::new(cc, source)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("entente: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
