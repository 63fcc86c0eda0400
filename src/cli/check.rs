//! `entente check FILE...`: every file through `open`, every problem as
//! `path:line:col: error: …`; exit 0 when all are valid (warnings allowed).

use super::{success_if, warnings_suffix};
use entente::format::plural;
use entente::load;
use std::path::PathBuf;
use std::process::ExitCode;

/// Checks each file; exit 0 when all are valid, 1 if not.
pub(crate) fn check(
    files: &[PathBuf],
    layers: &[PathBuf],
    scope: entente::layer::Scope,
) -> ExitCode {
    let mut ok = true;
    for path in files {
        let name = path.display().to_string();
        match entente::open::open(path, &|_| {}) {
            Ok(opened) => {
                let loaded = &opened.loaded;
                print!("{}", load::render(&name, &loaded.warnings));
                let ds = &loaded.dataset;
                if let Some((_, summary)) = &opened.statistics {
                    println!("{name}: {summary}");
                }
                let observations: usize = ds.trade.iter().map(|s| s.observations.len()).sum();
                println!(
                    "{name}: ok: {}{}",
                    entente::tr!(
                        "check-summary",
                        events = plural(ds.events.len(), "event"),
                        series = ds.trade.len(),
                        figures = observations,
                        indicators = ds.indicators.len(),
                        sources = plural(ds.sources.len(), "source")
                    ),
                    warnings_suffix(loaded.warnings.len())
                );
            }
            Err(err) => {
                ok = false;
                print!("{}", load::render(&name, &err.diagnostics));
                println!("{name}: {}", plural(err.error_count(), "error"));
            }
        }
    }
    if !layers.is_empty() {
        ok &= super::layers::check(files, layers, scope);
    }
    success_if(ok)
}
