//! `entente completions SHELL` and `entente man`: the shell completions
//! (clap_complete) and the manual page (clap_mangen), both from the command
//! line's own definition, so they never fall out of step with it. The
//! Debian package installs what these print.

use std::io::Write as _;
use std::process::ExitCode;

/// Prints the completions of the command `C` for `shell`.
pub(crate) fn completions<C: clap::CommandFactory>(shell: clap_complete::Shell) -> ExitCode {
    let mut cmd = C::command();
    // Into memory first: clap_complete panics when its output fails (a
    // closed pipe), and a command never panics.
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "entente", &mut out);
    print(&out)
}

/// Writes `bytes` to standard output; a reader that went away (`| head`)
/// is not an error worth a message.
fn print(bytes: &[u8]) -> ExitCode {
    match std::io::stdout().write_all(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("entente: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the manual page of the command `C`.
pub(crate) fn man<C: clap::CommandFactory>() -> ExitCode {
    let mut out = Vec::new();
    match clap_mangen::Man::new(C::command()).render(&mut out) {
        Ok(()) => print(&out),
        Err(e) => {
            eprintln!("entente man: cannot make the manual page: {e}");
            ExitCode::FAILURE
        }
    }
}
