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
pub(crate) fn parties_of(file: &Path) -> Result<((String, String), [entente::country::Country; 2]), String> {
    let opened = entente::open::open(file, &|_| {}).map_err(|_| format!("{}: the dataset has errors", file.display()))?;
    let (a, b) = opened.loaded.dataset.parties;
    let find = |n: &str| entente::country::Country::find(n).ok_or_else(|| format!("{}: the party \"{n}\" is not a country Entente knows, so no layer can be read for it", file.display()));
    let countries = [find(&a)?, find(&b)?];
    Ok(((a, b), countries))
}

/// Reads each layer for the dataset's parties; prints its problems and a
/// summary line. False when one could not be read.
pub(crate) fn check(files: &[PathBuf], layers: &[PathBuf], scope: Scope) -> bool {
    let Some(first) = files.first() else { return true };
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
        Scope::Both => format!("between {a} and {b}"),
        Scope::Either => format!("involving {a} or {b}"),
    };
    let what = if l.events.is_empty() && !l.eras.is_empty() {
        plural(l.eras.len(), "era")
    } else {
        plural(l.events.len(), "event")
    };
    format!(
        "{} layer of {what} {how}, from {}{}",
        l.format.label(),
        plural(l.rows, "row"),
        super::warnings_suffix(l.warnings.len())
    )
}
