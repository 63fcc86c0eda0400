//! `entente import FILE.csv --out NEW.ron | --into DATASET.ron [--replace]`
//! for official statistics: the file read through `open` (nothing written
//! when it has errors), then a new dataset, or its series and indicators
//! added to a dataset's text atomically, the result checked first.

use super::refuse_existing;
use entente::format::plural;
use entente::load;
use entente::open::{Opened, Options};
use entente::stats::into::{self, Refused};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// "1 series", "2 series".
fn series_count(n: usize) -> String {
    format!("{} series", entente::format::thousands(n))
}

fn fail(message: String) -> ExitCode {
    eprintln!("entente import: {message}; nothing was written");
    ExitCode::FAILURE
}

/// Reads `file` for `parties`, printing its warnings or its errors.
fn read(file: &Path, options: &Options) -> Option<Opened> {
    let name = file.display().to_string();
    match entente::open::open_with(file, options, &|_| {}) {
        Ok(o) => {
            eprint!("{}", load::render(&name, &o.loaded.warnings));
            Some(o)
        }
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            eprintln!(
                "entente import: {name}: {}; nothing was written",
                plural(e.error_count(), "error")
            );
            None
        }
    }
}

pub(crate) fn import(
    file: PathBuf,
    out: Option<PathBuf>,
    into: Option<PathBuf>,
    replace: bool,
    parties: Option<Vec<String>>,
    country: Option<String>,
    force: bool,
) -> ExitCode {
    match into {
        Some(target) => add(&file, &target, replace, country),
        None => {
            let out = out.unwrap_or_else(|| file.with_extension("ron"));
            new_dataset(&file, &out, parties, country, force)
        }
    }
}

/// The file's records added to the dataset at `target`.
fn add(file: &Path, target: &Path, replace: bool, country: Option<String>) -> ExitCode {
    let name = target.display().to_string();
    let opened = match entente::open::open(target, &|_| {}) {
        Ok(o) if o.format.is_native() => o,
        Ok(o) => {
            return fail(format!(
                "{name} is {}, not an Entente dataset",
                o.format.label()
            ));
        }
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            return fail(format!("{name} has errors; fix them first"));
        }
    };
    let (a, b) = opened.loaded.dataset.parties.clone();
    if a.is_empty() || b.is_empty() {
        return fail(format!(
            "{name} names no parties; statistics are read for the dataset's two parties"
        ));
    }
    let options = Options {
        parties: Some((a, b)),
        country,
        ..Default::default()
    };
    let Some(stats) = read(file, &options) else {
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read(target).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        _ => return fail(format!("{name} could not be read as UTF-8 text")),
    };
    let from = format!(
        "{} ({})",
        file.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().to_string()),
        stats
            .statistics
            .as_ref()
            .map_or("statistics", |(p, _)| p.label())
    );
    match into::add(&text, &stats.loaded.dataset, &from, replace) {
        Ok(added) => match entente::fs::write_atomic(target, added.text.as_bytes()) {
            Ok(()) => {
                println!(
                    "added {}, {} and {} to {name}",
                    series_count(added.series),
                    plural(added.figures, "figure"),
                    plural(added.indicators, "indicator")
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(e.to_string()),
        },
        Err(Refused::Why(why)) if why.contains("already has") => {
            fail(format!("{name}: {why}; use --replace to replace it"))
        }
        Err(Refused::Why(why)) => fail(format!("{name}: {why}")),
        Err(Refused::Invalid(e)) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            fail(format!(
                "{name} would not pass check with the added records"
            ))
        }
    }
}

/// A new dataset holding the file's series or indicators.
fn new_dataset(
    file: &Path,
    out: &Path,
    parties: Option<Vec<String>>,
    country: Option<String>,
    force: bool,
) -> ExitCode {
    if let Some(code) = refuse_existing(out, force, "import") {
        return code;
    }
    let options = Options {
        parties: parties.map(|p| (p[0].clone(), p[1].clone())),
        country,
        ..Default::default()
    };
    let Some(stats) = read(file, &options) else {
        return ExitCode::FAILURE;
    };
    let mut ds = stats.loaded.dataset;
    if ds.trade.is_empty() && ds.indicators.is_empty() {
        return fail(format!(
            "{}: no series or indicator to write",
            file.display()
        ));
    }
    // The sources are defined with the records they belong to.
    ds.sources.clear();
    let file_name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let header = vec![format!(
        "Imported by Entente from {file_name} ({}) on {}.",
        stats
            .statistics
            .as_ref()
            .map_or("statistics", |(p, _)| p.label()),
        entente::stats::today()
    )];
    let text = entente::import::ron_out::write(
        &ds,
        &entente::import::ron_out::Origins {
            header,
            ..Default::default()
        },
    );
    match entente::fs::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            let figures: usize = ds.trade.iter().map(|s| s.observations.len()).sum();
            println!(
                "wrote {} ({}, {}, {})",
                out.display(),
                series_count(ds.trade.len()),
                plural(figures, "figure"),
                plural(ds.indicators.len(), "indicator")
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e.to_string()),
    }
}
