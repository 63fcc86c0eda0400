//! `entente import FILE [--out NEW.ron]`: another format, read through
//! `open`, written as commented RON; `entente new --parties A B --out FILE`:
//! a new dataset to fill in.

use super::{refuse_existing, warnings_suffix};
use entente::format::plural;
use entente::import::ron_out;
use entente::load;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `entente import`'s arguments.
#[derive(clap::Args, Debug)]
pub(crate) struct ImportArgs {
    file: PathBuf,
    /// The RON file to write (FILE with the extension .ron if not given).
    #[arg(long, conflicts_with = "into")]
    out: Option<PathBuf>,
    /// Official statistics only: the dataset to add the series or
    /// indicators to (its text stays as it is outside the added block).
    #[arg(long)]
    into: Option<PathBuf>,
    /// With --into: replace a series or indicator of the same id.
    #[arg(long, requires = "into")]
    replace: bool,
    /// The two parties of the relationship (for statistics: the reporter
    /// and partner whose figures are read, by name, ISO code or number).
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with = "into")]
    parties: Option<Vec<String>>,
    /// World Bank WDI: the country whose row is read (e.g. KAZ).
    #[arg(long)]
    country: Option<String>,
    /// Replace OUT if it exists.
    #[arg(long)]
    force: bool,
}

/// Converts a file of another format to commented RON, or adds official
/// statistics to a dataset: exit 0 written, 1 not.
pub(crate) fn import(args: ImportArgs) -> ExitCode {
    let is_statistics = matches!(
        entente::open::format_of(&args.file),
        Ok(entente::open::Format::Statistics)
    );
    if is_statistics {
        return super::statistics::import(
            args.file,
            args.out,
            args.into,
            args.replace,
            args.parties,
            args.country,
            args.force,
        );
    }
    if args.into.is_some() {
        eprintln!(
            "entente import: {}: --into adds official statistics (UN Comtrade, WITS or World Bank WDI CSV) to a dataset; this file is not one",
            args.file.display()
        );
        return ExitCode::FAILURE;
    }
    timeline(&args.file, args.out, args.parties, args.force)
}

/// A TimelineJS file to commented RON.
fn timeline(
    file: &Path,
    out: Option<PathBuf>,
    parties: Option<Vec<String>>,
    force: bool,
) -> ExitCode {
    let name = file.display().to_string();
    if let Ok(format) = entente::open::format_of(file)
        && format.is_native()
    {
        eprintln!(
            "entente import: {name}: expected a TimelineJS file (JSON, or the spreadsheet as CSV); this file is {}, Entente's own format already (check it with `entente check`)",
            format.label()
        );
        return ExitCode::FAILURE;
    }
    let out = out.unwrap_or_else(|| file.with_extension("ron"));
    if let Some(code) = refuse_existing(&out, force, "import") {
        return code;
    }
    let options = entente::open::Options {
        parties: parties.map(|p| (p[0].clone(), p[1].clone())),
        ..Default::default()
    };
    let opened = match entente::open::open_with(file, &options, &|_| {}) {
        Ok(o) => o,
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            eprintln!(
                "entente import: {name}: {}; nothing was written",
                plural(e.error_count(), "error")
            );
            return ExitCode::FAILURE;
        }
    };
    eprint!("{}", load::render(&name, &opened.loaded.warnings));
    let ds = &opened.loaded.dataset;
    let file_name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let header = vec![
        format!(
            "Imported by Entente from {file_name} ({}).",
            opened.format.label()
        ),
        "Each record says where it came from in that file. Events are of kind `other`:".to_string(),
        "set each one's kind, place and participants where the sources say them.".to_string(),
    ];
    let origins = opened.origins.unwrap_or_default();
    let text = ron_out::write(
        ds,
        &ron_out::Origins {
            header,
            sources: &origins.sources,
            events: &origins.events,
            eras: &origins.eras,
        },
    );
    match entente::fs::write_atomic(&out, text.as_bytes()) {
        Ok(()) => {
            println!(
                "wrote {} ({}, {}, {}{})",
                out.display(),
                plural(ds.events.len(), "event"),
                plural(ds.eras.len(), "era"),
                plural(ds.sources.len(), "source"),
                warnings_suffix(opened.loaded.warnings.len())
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("entente import: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the new-dataset template.
pub(crate) fn new_dataset(parties: &[String], out: &Path, force: bool) -> ExitCode {
    if let Some(code) = refuse_existing(out, force, "new") {
        return code;
    }
    let text = entente::import::template::new_dataset(&parties[0], &parties[1]);
    match entente::fs::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            println!(
                "wrote {}: a dataset of {} and {} with one example of each record; replace the examples, then `entente check {}`",
                out.display(),
                parties[0],
                parties[1],
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("entente new: {e}");
            ExitCode::FAILURE
        }
    }
}
