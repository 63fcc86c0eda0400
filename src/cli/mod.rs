//! The commands of the `entente` binary, one module each: each turns its
//! arguments into calls of [`entente::open`] and [`entente::export::write`]
//! (or the writers of new and generated datasets) and prints what happened.

pub(crate) mod check;
pub(crate) mod docs;
pub(crate) mod export;
pub(crate) mod generate;
pub(crate) mod import;
pub(crate) mod layers;
pub(crate) mod statistics;
pub(crate) mod window;

use std::path::Path;
use std::process::ExitCode;

/// Exit 0 when `ok`, else 1.
pub(crate) fn success_if(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Refuses to replace `out` unless `force`; exit 1 with a message if so.
pub(crate) fn refuse_existing(out: &Path, force: bool, what: &str) -> Option<ExitCode> {
    if !force && out.exists() {
        eprintln!(
            "entente {what}: {} exists; nothing was written (add --force to replace it)",
            out.display()
        );
        return Some(ExitCode::FAILURE);
    }
    None
}

/// ", 3 warnings" when there are any.
pub(crate) fn warnings_suffix(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!(", {}", entente::format::plural(n, "warning")),
    }
}
