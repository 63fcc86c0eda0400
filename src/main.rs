//! The `entente` command line: open the window, or check data headless.

use clap::{Parser, Subcommand};
use entente::app::{DataSource, EntenteApp};
use entente::load;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "entente",
    version,
    about = "A viewer for the history of a relationship between two countries",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
    /// A RON dataset to open (the bundled Kazakhstan–France dataset if none).
    file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate data files and print every problem as path:line:col.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files }) => check(&files),
        None => open_window(cli.file),
    }
}

/// Checks each file; exit 0 when all are valid (warnings allowed), 1 if not.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        let name = path.display().to_string();
        match load::load_file(path) {
            Ok(loaded) => {
                print!("{}", load::render(&name, &loaded.warnings));
                let ds = &loaded.dataset;
                let observations: usize = ds.trade.iter().map(|s| s.observations.len()).sum();
                println!(
                    "{name}: ok: {} events, {} trade series ({} figures), {} indicators, {} sources{}",
                    ds.events.len(),
                    ds.trade.len(),
                    observations,
                    ds.indicators.len(),
                    ds.sources.len(),
                    match loaded.warnings.len() {
                        0 => String::new(),
                        n => format!(", {n} warning{}", if n == 1 { "" } else { "s" }),
                    }
                );
            }
            Err(err) => {
                ok = false;
                print!("{}", load::render(&name, &err.diagnostics));
                let n = err.error_count();
                println!("{name}: {n} error{}", if n == 1 { "" } else { "s" });
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn open_window(file: Option<PathBuf>) -> ExitCode {
    let source = match file {
        Some(path) => {
            // A file that cannot be read at all ends here; a file with
            // errors opens the window with the diagnostics panel.
            if let Err(e) = std::fs::metadata(&path).and_then(|m| {
                if m.is_dir() {
                    Err(std::io::Error::other("it is a directory"))
                } else {
                    std::fs::File::open(&path).map(|_| ())
                }
            }) {
                eprintln!("{}:1:1: error: cannot read the file: {e}", path.display());
                return ExitCode::FAILURE;
            }
            if let Err(err) = load::load_file(&path) {
                eprint!(
                    "{}",
                    load::render(&path.display().to_string(), &err.diagnostics)
                );
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
