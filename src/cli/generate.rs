//! `entente generate --events N --seed S --out FILE`: a synthetic dataset
//! for scale tests, streamed to disk and written atomically.

use std::path::Path;
use std::process::ExitCode;

/// Writes a synthetic dataset atomically, streaming it to disk.
pub(crate) fn generate(events: usize, seed: u64, out: &Path) -> ExitCode {
    let result =
        entente::fs::write_atomic_with(out, |w| entente::generate::write_ron(events, seed, w));
    match result {
        Ok(()) => {
            let bytes = std::fs::metadata(out).map_or(0, |m| m.len());
            println!("wrote {} ({events} events, {bytes} bytes)", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("entente generate: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `--format` of `generate`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub(crate) enum GenFormat {
    /// An Entente dataset.
    Ron,
    /// GDELT 2.0 events (61 tab-separated columns, no header).
    Gdelt,
}

/// Writes a synthetic GDELT 2.0 events file atomically.
pub(crate) fn gdelt(rows: usize, seed: u64, out: &Path) -> ExitCode {
    let result =
        entente::fs::write_atomic_with(out, |w| entente::generate::gdelt::write_tsv(rows, seed, w));
    match result {
        Ok(()) => {
            let bytes = std::fs::metadata(out).map_or(0, |m| m.len());
            println!(
                "wrote {} ({rows} GDELT 2.0 rows, {bytes} bytes)",
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("entente generate: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a synthetic UN Comtrade CSV file atomically.
pub(crate) fn comtrade(rows: usize, seed: u64, out: &Path) -> ExitCode {
    let result = entente::fs::write_atomic_with(out, |w| {
        entente::generate::comtrade::write_csv(rows, seed, w)
    });
    match result {
        Ok(()) => {
            let bytes = std::fs::metadata(out).map_or(0, |m| m.len());
            println!(
                "wrote {} ({rows} UN Comtrade rows, {bytes} bytes)",
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("entente generate: {e}");
            ExitCode::FAILURE
        }
    }
}
