//! The `entente` command line: open the window, or work without one. Each
//! command is a module of `cli`, which turns its arguments into calls of
//! `entente::open` and `entente::export::write`.

mod cli;

use clap::{Parser, Subcommand};
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
    /// A dataset to open: Entente RON, or a TimelineJS JSON or CSV file
    /// (the bundled Kazakhstan–France dataset if none).
    file: Option<PathBuf>,
    /// Event data shown beside the dataset in lanes of its own (GDELT,
    /// ICEWS, Correlates of War, Wikidata terms); repeatable.
    #[arg(long)]
    layer: Vec<PathBuf>,
    /// Which layer events to keep: between the two parties, or involving
    /// either.
    #[arg(long, value_enum, default_value_t = cli::layers::ScopeArg::Both)]
    layer_scope: cli::layers::ScopeArg,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate data files and print every problem as path:line:col.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A layer file (GDELT, ICEWS, Correlates of War, Wikidata terms)
        /// read for the dataset's parties and summarised; repeatable.
        #[arg(long)]
        layer: Vec<PathBuf>,
        /// Which layer events to keep: between the two parties (both), or
        /// involving either.
        #[arg(long, value_enum, default_value_t = cli::layers::ScopeArg::Both)]
        layer_scope: cli::layers::ScopeArg,
    },
    /// Write a chart (or all of them), the briefing sheet, a chart's figures
    /// or the dataset as TimelineJS, without a window.
    Export(cli::export::ExportArgs),
    /// Convert a file of another format (TimelineJS JSON or its spreadsheet
    /// saved as CSV; UN Comtrade, WITS or World Bank WDI CSV) into an
    /// Entente RON dataset, or add official statistics to one (--into).
    Import(cli::import::ImportArgs),
    /// Write an event of a layer file (GDELT, ICEWS) into a dataset, with
    /// its report as a source; the rest of the dataset's text unchanged.
    Promote {
        /// The layer file.
        layer: PathBuf,
        /// The event's id as the file gives it (GLOBALEVENTID, ICEWS Event ID).
        event: String,
        /// The dataset to write it into.
        #[arg(long)]
        into: PathBuf,
        /// The kind of the new event (one of the dataset's kinds).
        #[arg(long)]
        kind: String,
    },
    /// Write a new dataset to fill in: one commented example of each record.
    New {
        /// The two parties, e.g. --parties "Kazakhstan" "Germany".
        #[arg(long, num_args = 2, value_names = ["A", "B"], required = true)]
        parties: Vec<String>,
        #[arg(long)]
        out: PathBuf,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write a synthetic dataset for scale tests (same seed, same file).
    Generate {
        /// How many events (at most 10,000,000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(0..=entente::generate::MAX_EVENTS), required_unless_present = "comtrade_rows", allow_negative_numbers = true)]
        events: Option<u64>,
        /// Instead of a dataset: a UN Comtrade CSV file of this many rows
        /// (at most 10,000,000), for import at scale.
        #[arg(long, value_parser = clap::value_parser!(u64).range(0..=10_000_000), conflicts_with = "events", allow_negative_numbers = true)]
        comtrade_rows: Option<u64>,
        /// What to write: an Entente dataset (ron), or GDELT 2.0 events
        /// (gdelt: --events rows in the 61-column export layout).
        #[arg(long, value_enum, default_value_t = cli::generate::GenFormat::Ron)]
        format: cli::generate::GenFormat,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the shell completions of `entente` (bash, zsh, fish, elvish or
    /// powershell) to standard output.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output.
    Man,
}

fn main() -> ExitCode {
    let args = Cli::parse();
    // What the program writes for people (check's messages, statuses,
    // charts' words) is in the system's language: English, French, Russian.
    entente::i18n::set_ui_language(entente::i18n::UiLang::of_system());
    match args.command {
        Some(Cmd::Check {
            files,
            layer,
            layer_scope,
        }) => cli::check::check(&files, &layer, layer_scope.into()),
        Some(Cmd::Export(args)) => cli::export::export(&args),
        Some(Cmd::Generate {
            events,
            comtrade_rows,
            format,
            seed,
            out,
        }) => match (comtrade_rows, format) {
            (Some(rows), _) => cli::generate::comtrade(rows as usize, seed, &out),
            (None, cli::generate::GenFormat::Gdelt) => {
                cli::generate::gdelt(events.unwrap_or(0) as usize, seed, &out)
            }
            (None, cli::generate::GenFormat::Ron) => {
                cli::generate::generate(events.unwrap_or(0) as usize, seed, &out)
            }
        },
        Some(Cmd::Import(args)) => cli::import::import(args),
        Some(Cmd::Promote {
            layer,
            event,
            into,
            kind,
        }) => cli::layers::promote(&layer, &event, &into, &kind),
        Some(Cmd::New {
            parties,
            out,
            force,
        }) => cli::import::new_dataset(&parties, &out, force),
        Some(Cmd::Completions { shell }) => cli::docs::completions::<Cli>(shell),
        Some(Cmd::Man) => cli::docs::man::<Cli>(),
        None => cli::window::open_window(args.file, args.layer, args.layer_scope.into()),
    }
}
