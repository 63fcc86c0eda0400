//! `--layer FILE` on `check` (and the window): each layer read for the
//! parties of the dataset it goes with, and summarised in one line.

use entente::format::plural;
use entente::layer::{self, Keep, Scope};
use entente::load;
use std::path::{Path, PathBuf};

/// `--layer-scope`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub(crate) enum ScopeArg {
    /// Events between the two parties.
    Both,
    /// Events involving either party.
    Either,
}

impl From<ScopeArg> for Scope {
    fn from(s: ScopeArg) -> Self {
        match s {
            ScopeArg::Both => Scope::Both,
            ScopeArg::Either => Scope::Either,
        }
    }
}

/// The parties of the first dataset of `files`, as countries.
pub(crate) fn parties_of(
    file: &Path,
) -> Result<((String, String), [entente::country::Country; 2]), String> {
    let opened = entente::open::open(file, &|_| {})
        .map_err(|_| format!("{}: the dataset has errors", file.display()))?;
    let (a, b) = opened.loaded.dataset.parties;
    let find = |n: &str| {
        entente::country::Country::find(n).ok_or_else(|| format!("{}: the party \"{n}\" is not a country Entente knows, so no layer can be read for it", file.display()))
    };
    let countries = [find(&a)?, find(&b)?];
    Ok(((a, b), countries))
}

/// Reads each layer for the dataset's parties; prints its problems and a
/// summary line. False when one could not be read.
pub(crate) fn check(files: &[PathBuf], layers: &[PathBuf], scope: Scope) -> bool {
    let Some(first) = files.first() else {
        return true;
    };
    let (names, parties) = match parties_of(first) {
        Ok(p) => p,
        Err(e) => {
            println!("{e}");
            return false;
        }
    };
    let mut ok = true;
    for path in layers {
        let name = path.display().to_string();
        match layer::read(path, Keep { parties, scope }, names.clone(), &|_, _| {}) {
            Ok(l) => {
                print!("{}", load::render(&name, &l.warnings));
                println!("{name}: {}", summary(&l));
            }
            Err(e) => {
                ok = false;
                print!("{}", load::render(&name, &e.diagnostics));
                println!("{name}: {}", plural(e.error_count(), "error"));
            }
        }
    }
    ok
}

/// "layer of N events between Kazakhstan and France, from M rows".
pub(crate) fn summary(l: &layer::Layer) -> String {
    let (a, b) = &l.parties;
    let how = match l.scope {
        Scope::Both => entente::tr!("layer-between", a = a.to_string(), b = b.to_string()),
        Scope::Either => entente::tr!("layer-involving", a = a.to_string(), b = b.to_string()),
    };
    let what = if l.events.is_empty() && !l.eras.is_empty() {
        plural(l.eras.len(), "era")
    } else {
        plural(l.events.len(), "event")
    };
    entente::tr!(
        "layer-summary",
        layer = l.format.label(),
        what = what,
        how = how,
        rows = plural(l.rows, "row")
    ) + &super::warnings_suffix(l.warnings.len())
}

/// `entente promote LAYER EVENT-ID --into DATASET --kind KIND`.
pub(crate) fn promote(
    layer_path: &Path,
    id: &str,
    into: &Path,
    kind: &str,
) -> std::process::ExitCode {
    use std::process::ExitCode;
    let fail = |m: String| {
        eprintln!("entente promote: {m}; nothing was written");
        ExitCode::FAILURE
    };
    let opened = match entente::open::open(into, &|_| {}) {
        Ok(o) if o.format.is_native() => o,
        Ok(o) => {
            return fail(format!(
                "{} is {}, not an Entente dataset",
                into.display(),
                o.format.label()
            ));
        }
        Err(e) => {
            eprint!(
                "{}",
                load::render(&into.display().to_string(), &e.diagnostics)
            );
            return fail(format!("{} has errors", into.display()));
        }
    };
    let (names, parties) = match parties_of(into) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    // Any event of the file, whoever its actors: the user names it.
    let keep = Keep {
        parties,
        scope: Scope::Either,
    };
    let l = match layer::read(layer_path, keep, names, &|_, _| {}) {
        Ok(l) => l,
        Err(e) => {
            eprint!(
                "{}",
                load::render(&layer_path.display().to_string(), &e.diagnostics)
            );
            return fail(format!("{} could not be read", layer_path.display()));
        }
    };
    let Some(e) = l.events.iter().find(|e| e.id == id) else {
        return fail(format!(
            "{} has no event {id} involving {} or {}",
            layer_path.display(),
            l.parties.0,
            l.parties.1
        ));
    };
    let text = match std::fs::read(into).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        _ => {
            return fail(format!(
                "{} could not be read as UTF-8 text",
                into.display()
            ));
        }
    };
    let p = layer::promote::draft(e, kind);
    match layer::promote::promote(&text, &opened.loaded.dataset, &l, e, &p) {
        Ok(out) => match entente::fs::write_atomic(into, out.as_bytes()) {
            Ok(()) => {
                println!(
                    "added {} event {id} to {} as \"{}\" ({kind}, {})",
                    l.format.label(),
                    into.display(),
                    p.title,
                    p.date
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(e.to_string()),
        },
        Err(why) => fail(why),
    }
}
