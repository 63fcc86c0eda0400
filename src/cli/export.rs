//! `entente export`: the arguments become [`Request`]s, each written by
//! [`export::write`]; nothing here decides how a format is written.

use super::success_if;
use clap::ValueEnum;
use entente::charts::ChartId;
use entente::document::{DataSource, Document, Filters, LaneBy};
use entente::export::timelinejs::ErasOf;
use entente::export::{self, ExportError, Format, Request, Subject, Target};
use entente::load;
use entente::timeline::TimeView;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub(crate) struct ExportArgs {
    /// The chart to render (see --list), or `all`.
    #[arg(long, required_unless_present_any = ["list", "sheet", "format"])]
    chart: Option<String>,
    /// The file to write; a folder with `--chart all`.
    #[arg(long, required_unless_present = "list")]
    out: Option<PathBuf>,
    /// The dataset, in any format Entente opens (the bundled
    /// Kazakhstan–France dataset if none).
    #[arg(long)]
    data: Option<PathBuf>,
    /// A layer drawn beside the dataset (GDELT, ICEWS, Correlates of War,
    /// Wikidata terms); repeatable. Its events are in the timeline's CSV.
    #[arg(long)]
    layer: Vec<PathBuf>,
    /// Which layer events to keep: between the two parties, or involving
    /// either.
    #[arg(long, value_enum, default_value_t = super::layers::ScopeArg::Both)]
    layer_scope: super::layers::ScopeArg,
    /// The language the record is shown in (a BCP 47 tag of the dataset's
    /// `languages`, e.g. fr); texts it lacks are shown in the default.
    #[arg(long)]
    lang: Option<String>,
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
    /// Draw the eras (e.g. presidents' terms) above the timeline's lanes:
    /// on or off. For a TimelineJS file, which draws all eras in one row,
    /// the party whose eras it holds (the first party's with `on`; the
    /// others' are named in the title slide).
    #[arg(long, default_value = "on", value_name = "on|off|PARTY")]
    eras: String,
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
    format: Option<FormatArg>,
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
enum FormatArg {
    Png,
    Svg,
    Pdf,
    Csv,
    Timelinejs,
}

impl FormatArg {
    fn format(self) -> Format {
        match self {
            Self::Png => Format::Png,
            Self::Svg => Format::Svg,
            Self::Pdf => Format::Pdf,
            Self::Csv => Format::Csv,
            Self::Timelinejs => Format::TimelineJs,
        }
    }
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum LanesArg {
    Kind,
    Country,
    Person,
    Group,
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

/// Renders or writes what the arguments ask for: exit 0 written, 1
/// failed, 2 bad arguments (or an image too large to draw).
pub(crate) fn export(args: &ExportArgs) -> ExitCode {
    let Some(doc) = document(args) else {
        return ExitCode::FAILURE;
    };
    let ds = &doc.dataset;
    if args.list {
        for c in ChartId::all(ds) {
            println!("{}\t{}", c.name(ds), c.title(ds));
        }
        return ExitCode::SUCCESS;
    }
    let requests = match requests(args, &doc) {
        Ok(r) => r,
        Err(message) => {
            eprintln!("entente export: {message}");
            return ExitCode::from(2);
        }
    };
    let mut ok = true;
    for request in &requests {
        match export::write(request, &doc) {
            Ok(written) => println!("{written}"),
            Err(e @ ExportError::TooLarge(_)) => {
                let Target::File(path) = &request.target else {
                    continue;
                };
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

/// The dataset of `--data` (any format, through `open`) or the bundled one,
/// with the lanes asked for; `None` (and the problems said) when invalid.
fn document(args: &ExportArgs) -> Option<Document> {
    let (name, source, loaded) = match &args.data {
        Some(p) => (
            p.display().to_string(),
            DataSource::File(p.clone()),
            entente::open::open(p, &|_| {}).map(|o| o.loaded),
        ),
        None => (
            entente::BUNDLED_NAME.to_string(),
            DataSource::Bundled,
            load::load_str(&entente::bundled_data()),
        ),
    };
    match loaded {
        Ok(l) => {
            let filters = Filters {
                lanes: args.lanes.by(),
                ..Filters::default()
            };
            entente::model::lang::set_default(l.dataset.default_language());
            if let Some(tag) = &args.lang {
                if !l.dataset.languages.iter().any(|t| t == tag) {
                    eprintln!(
                        "entente export: --lang {tag}: the dataset's languages are {}; nothing was written",
                        if l.dataset.languages.is_empty() {
                            "not given".to_string()
                        } else {
                            l.dataset.languages.join(", ")
                        }
                    );
                    return None;
                }
                entente::model::lang::set_display(Some(tag));
            }
            let doc = Document::new(source, l.dataset, &filters);
            with_layers(doc, args, &filters)
        }
        Err(e) => {
            eprint!("{}", load::render(&name, &e.diagnostics));
            eprintln!("entente export: {name} is not valid; nothing was written");
            None
        }
    }
}

/// The requests the arguments make: one per file written.
fn requests(args: &ExportArgs, doc: &Document) -> Result<Vec<Request>, String> {
    let ds = &doc.dataset;
    let (a, b) = &ds.parties;
    if !["on", "off"].contains(&args.eras.as_str()) && ![a, b].contains(&&args.eras) {
        return Err(format!(
            "--eras takes on, off or a party of the dataset (\"{a}\", \"{b}\"); found \"{}\"",
            args.eras
        ));
    }
    let out = args.out.clone().ok_or("say where with --out PATH")?;
    let asked = args.format.map(FormatArg::format);
    let as_json = asked.is_none()
        && args.chart.is_none()
        && Format::of_path(&out, &Subject::TimelineJs).is_some();
    let subject = if asked == Some(Format::TimelineJs) || as_json {
        Subject::TimelineJs
    } else if args.sheet {
        Subject::Sheet(match args.paper {
            PaperArg::A4 => export::sheet::Paper::A4,
            PaperArg::Letter => export::sheet::Paper::Letter,
        })
    } else {
        let chart = args
            .chart
            .as_deref()
            .ok_or("say which chart with --chart NAME (or all); see --list")?;
        return charts(args, chart, &out, asked, doc);
    };
    let format = asked
        .or_else(|| Format::of_path(&out, &subject))
        .unwrap_or(Format::for_subject(&subject)[0]);
    let mut request = one(args, subject, format, out, ds);
    // The sheet always says what it shows and where it comes from.
    request.layers.caption = true;
    Ok(vec![request])
}

/// A request for `subject` with the size, theme, range and layers asked for.
fn one(
    args: &ExportArgs,
    subject: Subject,
    format: Format,
    out: PathBuf,
    ds: &entente::model::Dataset,
) -> Request {
    let chart = match &subject {
        Subject::Chart(c) => *c,
        _ => ChartId::Timeline,
    };
    let view = match args.range {
        Some((a, b)) => TimeView { start: a, end: b },
        None => export::default_view(chart, ds),
    };
    let mut r = Request::new(subject, format, Target::File(out), view);
    r.width = args.width.map_or(export::DEFAULT_WIDTH, |w| w as f32);
    r.height = args.height.map(|h| h as f32);
    r.scale = if format == Format::Png {
        args.scale
    } else {
        1.0
    };
    r.dark = matches!(args.theme, Theme::Dark);
    r.layers = export::Layers {
        markers: args.markers == OnOff::On,
        eras: args.eras != "off",
        caption: !args.no_caption,
    };
    r.eras_of = match args.eras.as_str() {
        "on" => ErasOf::First,
        "off" => ErasOf::None,
        party => ErasOf::Party(party.to_string()),
    };
    r
}

/// One chart into `out`, or every chart (`all`) into the folder `out`,
/// each under a name of its own.
fn charts(
    args: &ExportArgs,
    chart: &str,
    out: &std::path::Path,
    asked: Option<Format>,
    doc: &Document,
) -> Result<Vec<Request>, String> {
    let ds = &doc.dataset;
    if chart != "all" {
        let names: Vec<String> = ChartId::all(ds).iter().map(|c| c.name(ds)).collect();
        let c = ChartId::parse(chart, ds).ok_or_else(|| {
            format!(
                "no chart named \"{chart}\"; the charts are: all, {}",
                names.join(", ")
            )
        })?;
        let subject = Subject::Chart(c);
        let format = asked
            .or_else(|| Format::of_path(out, &subject))
            .unwrap_or(Format::Png);
        return Ok(vec![one(args, subject, format, out.to_path_buf(), ds)]);
    }
    let format = asked.unwrap_or(Format::Png);
    std::fs::create_dir_all(out)
        .map_err(|e| format!("{}: cannot create the folder: {e}", out.display()))?;
    let stem = match &doc.source {
        DataSource::File(p) => p.file_stem().map(|s| s.to_string_lossy().to_string()),
        _ => None,
    }
    .unwrap_or_else(|| "kz-fr".to_string());
    // Distinct names, whatever the ids: two ids that differ only in case or
    // past the length kept get "-2", "-3"… rather than one file overwriting
    // the other (names are compared without case, as some file systems do).
    let mut used = std::collections::HashSet::new();
    Ok(ChartId::all(ds)
        .into_iter()
        .map(|c| {
            let base = export::slug(&[&stem, &c.name(ds)]);
            let mut name = base.clone();
            let mut n = 1;
            while !used.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{base}-{n}");
            }
            let path = out.join(format!("{name}.{}", format.extension()));
            one(args, Subject::Chart(c), format, path, ds)
        })
        .collect())
}

impl LanesArg {
    fn by(self) -> LaneBy {
        match self {
            Self::Kind => LaneBy::Kind,
            Self::Country => LaneBy::Country,
            Self::Person => LaneBy::Person,
            Self::Group => LaneBy::Group,
        }
    }
}

/// The document with the `--layer` files beside it; `None` (and why) when
/// one cannot be read.
fn with_layers(doc: Document, args: &ExportArgs, filters: &Filters) -> Option<Document> {
    if args.layer.is_empty() {
        return Some(doc);
    }
    let (a, b) = doc.curated.parties.clone();
    let find = |n: &str| entente::country::Country::find(n);
    let (Some(ca), Some(cb)) = (find(&a), find(&b)) else {
        eprintln!(
            "entente export: the dataset's parties are not countries Entente knows; no layer can be read for them; nothing was written"
        );
        return None;
    };
    let keep = entente::layer::Keep {
        parties: [ca, cb],
        scope: args.layer_scope.into(),
    };
    let mut layers = Vec::new();
    for p in &args.layer {
        match entente::layer::read(p, keep, (a.clone(), b.clone()), &|_, _| {}) {
            Ok(l) => layers.push(std::sync::Arc::new(l)),
            Err(e) => {
                eprint!("{}", load::render(&p.display().to_string(), &e.diagnostics));
                eprintln!(
                    "entente export: {} could not be read; nothing was written",
                    p.display()
                );
                return None;
            }
        }
    }
    Some(doc.with_layers(&layers, filters))
}
