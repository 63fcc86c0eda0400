//! `entente [FILE]`: the window, on FILE or the bundled dataset.

use entente::app::EntenteApp;
use entente::document::DataSource;
use entente::load;
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the window; a file that cannot be read at all ends here (a file
/// with errors opens the window with the diagnostics panel).
pub(crate) fn open_window(
    file: Option<PathBuf>,
    layers: Vec<PathBuf>,
    scope: entente::layer::Scope,
) -> ExitCode {
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
    // The icon the desktop shows for the window (as installed).
    let icon = icon(include_bytes!(
        "../../assets/icons/io.github.entente.Entente-256.png"
    ));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Entente")
            // As the desktop entry and the AppStream metadata name it.
            .with_app_id(entente::APP_ID)
            .with_icon(std::sync::Arc::new(icon))
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Entente",
        options,
        Box::new(move |cc| {
            let mut app = EntenteApp::new(cc, source);
            if !layers.is_empty() {
                app.add_layers_on_open(layers, scope);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("entente: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A PNG as the window's icon (RGBA); an empty icon if it cannot be read.
fn icon(png_bytes: &[u8]) -> egui::IconData {
    let decoded = (|| {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder.read_info().ok()?;
        let mut rgba = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut rgba).ok()?;
        (info.color_type == png::ColorType::Rgba && info.bit_depth == png::BitDepth::Eight).then(
            || egui::IconData {
                rgba: rgba[..info.buffer_size()].to_vec(),
                width: info.width,
                height: info.height,
            },
        )
    })();
    decoded.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_read_from_its_png() {
        let icon = super::icon(include_bytes!(
            "../../assets/icons/io.github.entente.Entente-256.png"
        ));
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
