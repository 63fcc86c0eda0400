//! The `entente` command line: open the window, or check data headless.

use clap::{Parser, Subcommand, ValueEnum};
use entente::app::EntenteApp;
use entente::document::DataSource;
use entente::format::plural;
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
    /// A dataset to open: Entente RON, or a TimelineJS JSON or CSV file
    /// (the bundled Kazakhstan–France dataset if none).
    file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate data files and print every problem as path:line:col.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Render a chart (or all of them) to PNG without a window.
    Export(ExportArgs),
    /// Convert a TimelineJS file (JSON, or the spreadsheet template saved
    /// as CSV) into an Entente RON dataset, each record commented with
    /// where it came from.
    Import {
        file: PathBuf,
        /// The RON file to write (FILE with the extension .ron if not given).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The two parties of the relationship, if the timeline is between two.
        #[arg(long, num_args = 2, value_names = ["A", "B"])]
        parties: Option<Vec<String>>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
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
        #[arg(long, value_parser = clap::value_parser!(u64).range(0..=entente::generate::MAX_EVENTS))]
        events: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The chart to render (see --list), or `all`.
    #[arg(long, required_unless_present_any = ["list", "sheet", "format"])]
    chart: Option<String>,
    /// The PNG file to write; a folder with `--chart all`.
    #[arg(long, required_unless_present = "list")]
    out: Option<PathBuf>,
    /// The dataset (the bundled Kazakhstan–France dataset if none).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Width in points (default: 1200).
    #[arg(long, value_parser = clap::value_parser!(u32).range(16..=16384))]
    width: Option<u32>,
    /// Height in points (default: fits the chart).
    #[arg(long, value_parser = clap::value_parser!(u32).range(16..=16384))]
    height: Option<u32>,
    /// Pixels per point: 2 for print.
    #[arg(long, default_value_t = 1.0, value_parser = parse_scale)]
    scale: f32,
    #[arg(long, value_enum, default_value_t = Theme::Light)]
    theme: Theme,
    /// The time range shown, as FROM..TO dates (`2008..2024`, `2022-11..2023-12-31`).
    #[arg(long, value_parser = parse_range)]
    range: Option<(f64, f64)>,
    /// Mark events on the trade charts with thin lines in lane colours.
    #[arg(long, value_enum, default_value_t = OnOff::Off)]
    markers: OnOff,
    /// Draw the eras (e.g. presidents' terms) above the timeline's lanes.
    #[arg(long, value_enum, default_value_t = OnOff::On)]
    eras: OnOff,
    /// Leave out the caption (period shown, sources, dataset and date).
    #[arg(long)]
    no_caption: bool,
    /// Write a briefing sheet (title, timeline and trade charts on one
    /// axis, the events shown, the sources) instead of one chart: PDF by
    /// default, SVG or PNG by the extension of --out.
    #[arg(long, conflicts_with = "chart")]
    sheet: bool,
    /// The briefing sheet's paper, landscape.
    #[arg(long, value_enum, default_value_t = PaperArg::A4, requires = "sheet")]
    paper: PaperArg,
    /// What to write: the image (png, or vector svg and pdf), the figures
    /// shown (csv), or the whole dataset as a TimelineJS JSON file
    /// (timelinejs). Taken from the extension of --out when not given.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// What the timeline's lanes stand for.
    #[arg(long, value_enum, default_value_t = LanesArg::Kind)]
    lanes: LanesArg,
    /// List the charts of the dataset and exit.
    #[arg(long)]
    list: bool,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum OnOff {
    On,
    Off,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Png,
    Svg,
    Pdf,
    Csv,
    Timelinejs,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum LanesArg {
    Kind,
    Country,
    Person,
    Group,
}

impl LanesArg {
    fn by(self) -> entente::document::LaneBy {
        use entente::document::LaneBy;
        match self {
            Self::Kind => LaneBy::Kind,
            Self::Country => LaneBy::Country,
            Self::Person => LaneBy::Person,
            Self::Group => LaneBy::Group,
        }
    }
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Timelinejs => "json",
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Theme {
    Light,
    Dark,
}

fn parse_scale(s: &str) -> Result<f32, String> {
    let v: f32 = s
        .parse()
        .map_err(|_| format!("expected a number such as 1 or 2, found \"{s}\""))?;
    if (0.25..=8.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("the scale must be between 0.25 and 8, found {v}"))
    }
}

fn parse_range(s: &str) -> Result<(f64, f64), String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("expected FROM..TO, such as 2008..2024, found \"{s}\""))?;
    let a = entente::model::Date::parse(a).map_err(|e| e.to_string())?;
    let b = entente::model::Date::parse(b).map_err(|e| e.to_string())?;
    let (from, to) = (a.start_day() as f64, b.end_day_exclusive() as f64);
    if to <= from {
        return Err(format!(
            "the range ends ({}) before it starts ({})",
            b.iso(),
            a.iso()
        ));
    }
    // Shown exactly as asked, or refused: never silently another view.
    use entente::timeline::axis::{MAX_SPAN_DAYS, MIN_SPAN_DAYS, YEAR_DAYS};
    let span = to - from;
    if span > MAX_SPAN_DAYS {
        return Err(format!(
            "the range spans {:.0} years; a view can span at most {:.0} years",
            span / YEAR_DAYS,
            MAX_SPAN_DAYS / YEAR_DAYS
        ));
    }
    if span < MIN_SPAN_DAYS {
        return Err(format!(
            "the range spans {span} days; a view spans at least {MIN_SPAN_DAYS} days"
        ));
    }
    Ok((from, to))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files }) => check(&files),
        Some(Cmd::Export(args)) => export(&args),
        Some(Cmd::Generate { events, seed, out }) => generate(events as usize, seed, &out),
        Some(Cmd::Import {
            file,
            out,
            parties,
            force,
        }) => import(&file, out, parties, force),
        Some(Cmd::New {
            parties,
            out,
            force,
        }) => new_dataset(&parties, &out, force),
        None => open_window(cli.file),
    }
}

/// Checks each file; exit 0 when all are valid (warnings allowed), 1 if not.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        let name = path.display().to_string();
        match entente::import::load_file(path) {
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
                        n => format!(", {}", plural(n, "warning")),
                    }
                );
            }
            Err(err) => {
                ok = false;
                print!("{}", load::render(&name, &err.diagnostics));
                println!("{name}: {}", plural(err.error_count(), "error"));
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Refuses to replace `out` unless `force`; exit 1 with a message if so.
fn refuse_existing(out: &std::path::Path, force: bool, what: &str) -> Option<ExitCode> {
    if !force && out.exists() {
        eprintln!(
            "entente {what}: {} exists; nothing was written (add --force to replace it)",
            out.display()
        );
        return Some(ExitCode::FAILURE);
    }
    None
}

/// Converts a TimelineJS file to commented RON: exit 0 written, 1 not.
fn import(
    file: &std::path::Path,
    out: Option<PathBuf>,
    parties: Option<Vec<String>>,
    force: bool,
) -> ExitCode {
    use entente::import::{self, Format as In};
    let name = file.display().to_string();
    let format = In::of_path(file);
    if format == In::Ron {
        eprintln!(
            "entente import: {name}: expected a TimelineJS file ending in .json or .csv; a .ron file is already Entente's format (check it with `entente check`)"
        );
        return ExitCode::FAILURE;
    }
    let out = out.unwrap_or_else(|| file.with_extension("ron"));
    if let Some(code) = refuse_existing(&out, force, "import") {
        return code;
    }
    let text = load::check_readable(file)
        .and_then(|_| std::fs::read(file).map_err(|e| load::LoadError::unreadable(&e)))
        .and_then(|bytes| load::utf8(&bytes).map(str::to_string));
    let options = import::Options {
        name: import::file_name(file),
        parties: parties.map(|p| (p[0].clone(), p[1].clone())),
    };
    let imported = text.and_then(|t| import::import_str(&t, format, &options));
    let imported = match imported {
        Ok(i) => i,
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            eprintln!(
                "entente import: {name}: {}; nothing was written",
                plural(e.error_count(), "error")
            );
            return ExitCode::FAILURE;
        }
    };
    eprint!("{}", load::render(&name, &imported.loaded.warnings));
    let ds = &imported.loaded.dataset;
    let header = vec![
        format!(
            "Imported by Entente from {} ({}).",
            import::file_name(file),
            format.label()
        ),
        "Each record says where it came from in that file. Events are of kind `other`:".to_string(),
        "set each one's kind, place and participants where the sources say them.".to_string(),
    ];
    let origins = import::ron_out::Origins {
        header,
        sources: &imported.source_origins,
        events: &imported.event_origins,
        eras: &imported.era_origins,
    };
    let text = import::ron_out::write(ds, &origins);
    match entente::write_file::write_atomic(&out, text.as_bytes()) {
        Ok(()) => {
            println!(
                "wrote {} ({}, {}, {}{})",
                out.display(),
                plural(ds.events.len(), "event"),
                plural(ds.eras.len(), "era"),
                plural(ds.sources.len(), "source"),
                match imported.loaded.warnings.len() {
                    0 => String::new(),
                    n => format!(", {}", plural(n, "warning")),
                }
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
fn new_dataset(parties: &[String], out: &std::path::Path, force: bool) -> ExitCode {
    if let Some(code) = refuse_existing(out, force, "new") {
        return code;
    }
    let text = entente::import::template::new_dataset(&parties[0], &parties[1]);
    match entente::write_file::write_atomic(out, text.as_bytes()) {
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

/// Writes a synthetic dataset atomically, streaming it to disk.
fn generate(events: usize, seed: u64, out: &std::path::Path) -> ExitCode {
    let result = entente::write_file::write_atomic_with(out, |w| {
        entente::generate::write_ron(events, seed, w)
    });
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

/// Renders charts offscreen: exit 0 written, 1 failed, 2 bad arguments.
fn export(args: &ExportArgs) -> ExitCode {
    use entente::charts::ChartId;
    use entente::export;
    let (name, loaded) = match &args.data {
        Some(p) => (p.display().to_string(), entente::import::load_file(p)),
        None => (
            entente::BUNDLED_NAME.to_string(),
            load::load_str(entente::BUNDLED_DATA),
        ),
    };
    let ds = match loaded {
        Ok(l) => l.dataset,
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            eprintln!("entente export: {name} is not valid; nothing was written");
            return ExitCode::FAILURE;
        }
    };
    let names: Vec<String> = ChartId::all(&ds).iter().map(|c| c.name(&ds)).collect();
    if args.list {
        for (c, n) in ChartId::all(&ds).iter().zip(&names) {
            println!("{n}\t{}", c.title(&ds));
        }
        return ExitCode::SUCCESS;
    }
    let out_ext = args
        .out
        .as_ref()
        .and_then(|o| o.extension())
        .map(|e| e.to_string_lossy().to_lowercase());
    if args.format == Some(Format::Timelinejs)
        || (args.format.is_none() && args.chart.is_none() && out_ext.as_deref() == Some("json"))
    {
        let Some(out) = &args.out else {
            return ExitCode::from(2);
        };
        return match export::timelinejs::write(out, &ds) {
            Ok(n) => {
                println!(
                    "wrote {} (TimelineJS JSON, {})",
                    out.display(),
                    plural(n, "event")
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("entente export: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let lanes = args.lanes.by();
    if args.sheet {
        let Some(out) = &args.out else {
            return ExitCode::from(2);
        };
        let index = entente::document::TimelineIndex::build_by(&ds, lanes, |_| true);
        let view = view_for(args.range, ChartId::Timeline, &ds);
        let paper = match args.paper {
            PaperArg::A4 => export::sheet::Paper::A4,
            PaperArg::Letter => export::sheet::Paper::Letter,
        };
        let layers = export::Layers {
            markers: args.markers == OnOff::On,
            eras: args.eras == OnOff::On,
            caption: true,
        };
        let dark = matches!(args.theme, Theme::Dark);
        return match export::sheet::write(out, &ds, &index, view, layers, paper, dark) {
            Ok(()) => {
                println!("wrote {}", out.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("entente export: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let (Some(chart), Some(out)) = (&args.chart, &args.out) else {
        eprintln!("entente export: say which chart with --chart NAME (or all); see --list");
        return ExitCode::from(2);
    };
    let charts: Vec<ChartId> = if chart == "all" {
        ChartId::all(&ds)
    } else {
        match ChartId::parse(chart, &ds) {
            Some(c) => vec![c],
            None => {
                eprintln!(
                    "entente export: no chart named \"{chart}\"; the charts are: all, {}",
                    names.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    };
    let index = entente::document::TimelineIndex::build_by(&ds, lanes, |_| true);
    let targets: Vec<(ChartId, PathBuf)> = if chart == "all" {
        if let Err(e) = std::fs::create_dir_all(out) {
            eprintln!(
                "entente export: {}: cannot create the folder: {e}",
                out.display()
            );
            return ExitCode::FAILURE;
        }
        let stem = args
            .data
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or("kz-fr".to_string(), |s| s.to_string_lossy().to_string());
        // Distinct names, whatever the ids: two ids that differ only in case
        // or past the length kept get "-2", "-3"… rather than one file
        // overwriting the other (and names are compared without case, as
        // some file systems do).
        let mut used = std::collections::HashSet::new();
        charts
            .iter()
            .map(|&c| {
                let base = export::png_file::file_name(&[&stem, &c.name(&ds)]);
                let stem = base.trim_end_matches(".png").to_string();
                let mut name = base;
                let mut n = 1;
                while !used.insert(name.to_lowercase()) {
                    n += 1;
                    name = format!("{stem}-{n}.png");
                }
                (c, out.join(name))
            })
            .collect()
    } else {
        vec![(charts[0], out.clone())]
    };
    let format = args.format.unwrap_or_else(|| {
        let ext = if chart == "all" {
            None
        } else {
            out.extension().map(|e| e.to_string_lossy().to_lowercase())
        };
        match ext.as_deref() {
            Some("csv") => Format::Csv,
            Some("svg") => Format::Svg,
            Some("pdf") => Format::Pdf,
            _ => Format::Png,
        }
    });
    // With --chart all, each file takes the format's extension.
    let targets: Vec<(ChartId, PathBuf)> = if chart == "all" {
        targets
            .into_iter()
            .map(|(c, p)| (c, p.with_extension(format.extension())))
            .collect()
    } else {
        targets
    };
    if format == Format::Csv {
        return export_csv(&ds, &targets, args.range);
    }
    if matches!(format, Format::Svg | Format::Pdf) {
        let mut ok = true;
        for (chart, path) in &targets {
            let spec = export::ExportSpec {
                chart: *chart,
                width: args.width.map_or(export::DEFAULT_WIDTH, |w| w as f32),
                height: args.height.map(|h| h as f32),
                scale: 1.0,
                dark: matches!(args.theme, Theme::Dark),
                view: view_for(args.range, *chart, &ds),
                layers: export::Layers {
                    markers: args.markers == OnOff::On,
                    eras: args.eras == OnOff::On,
                    caption: !args.no_caption,
                },
            };
            match export::export_vector(&ds, &index, &spec, path, format == Format::Pdf) {
                Ok(()) => println!("wrote {}", path.display()),
                Err(e) => {
                    eprintln!("entente export: {e}");
                    ok = false;
                }
            }
        }
        return success_if(ok);
    }
    let mut renderer = match export::headless::Offscreen::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("entente export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    for (chart, path) in targets {
        let view = view_for(args.range, chart, &ds);
        let spec = export::ExportSpec {
            chart,
            width: args.width.map_or(export::DEFAULT_WIDTH, |w| w as f32),
            height: args.height.map(|h| h as f32),
            scale: args.scale,
            dark: matches!(args.theme, Theme::Dark),
            view,
            layers: export::Layers {
                markers: args.markers == OnOff::On,
                eras: args.eras == OnOff::On,
                caption: !args.no_caption,
            },
        };
        match export::export_png(&mut renderer, &ds, &index, &spec, &path) {
            Ok((w, h)) => println!("wrote {} ({w}x{h} px)", path.display()),
            Err(e @ export::ExportError::TooLarge(_)) => {
                eprintln!(
                    "entente export: {}: {e}; nothing was written",
                    path.display()
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("entente export: {e}");
                ok = false;
            }
        }
    }
    success_if(ok)
}

/// Exit 0 when `ok`, else 1.
fn success_if(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The view exported: the range asked for, exactly, or the chart's own.
fn view_for(
    range: Option<(f64, f64)>,
    chart: entente::charts::ChartId,
    ds: &entente::model::Dataset,
) -> entente::timeline::TimeView {
    match range {
        Some((a, b)) => entente::timeline::TimeView { start: a, end: b },
        None => entente::export::default_view(chart, ds),
    }
}

/// Writes the figures of each chart as CSV; with `--chart all`, next to
/// where the PNGs would go, as `.csv`.
fn export_csv(
    ds: &entente::model::Dataset,
    targets: &[(entente::charts::ChartId, PathBuf)],
    range: Option<(f64, f64)>,
) -> ExitCode {
    let mut ok = true;
    for (chart, path) in targets {
        let view = view_for(range, *chart, ds);
        match entente::export::csv_file::write_csv(path, *chart, ds, &view) {
            Ok(rows) => println!("wrote {} ({rows} rows)", path.display()),
            Err(e) => {
                eprintln!("entente export: {e}");
                ok = false;
            }
        }
    }
    success_if(ok)
}

fn open_window(file: Option<PathBuf>) -> ExitCode {
    let source = match file {
        Some(path) => {
            // A file that cannot be read at all ends here; a file with
            // errors opens the window with the diagnostics panel.
            // Checked before opening: a FIFO would block the open.
            let readable = load::check_readable(&path).and_then(|_| {
                std::fs::File::open(&path).map_err(|e| load::LoadError::unreadable(&e))
            });
            if let Err(e) = readable {
                eprint!(
                    "{}",
                    load::render(&path.display().to_string(), &e.diagnostics)
                );
                return ExitCode::FAILURE;
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
