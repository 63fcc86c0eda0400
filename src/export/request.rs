//! THE DOOR OUT: every output Entente writes is a [`Request`] (what, in
//! which format, where, at what size, theme, range and layers), and
//! [`write`] is the one function that turns a request into a file (or an
//! image for the clipboard). The command line turns its arguments into a
//! request; the window builds the same request from its state; the file
//! names both propose come from [`file_name`], which knows the format.

use super::sheet::Paper;
use super::{ExportError, ExportSpec, Layers, Rgba, headless};
use crate::charts::ChartId;
use crate::document::Document;
use crate::fs::WriteError;
use crate::timeline::TimeView;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What is written.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A chart, or the timeline ([`ChartId::Timeline`]): its image, or the
    /// figures it shows as CSV.
    Chart(ChartId),
    /// The briefing sheet of the view, on landscape paper.
    Sheet(Paper),
    /// The whole dataset as a TimelineJS JSON file.
    TimelineJs,
    /// A chart as cropped from the window, where nothing renders
    /// offscreen: written as it is, as PNG.
    Captured(ChartId, Arc<Rgba>),
}

/// The format of what is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Png,
    Svg,
    Pdf,
    Csv,
    TimelineJs,
}

impl Format {
    pub const ALL: [Format; 5] = [Self::Png, Self::Svg, Self::Pdf, Self::Csv, Self::TimelineJs];

    /// The extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::TimelineJs => "json",
        }
    }

    /// What a file dialog calls its files.
    pub fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG image",
            Self::Svg => "SVG vector image",
            Self::Pdf => "PDF document",
            Self::Csv => "CSV file",
            Self::TimelineJs => "TimelineJS JSON",
        }
    }

    /// The format `path`'s extension names, among those `subject` can be
    /// written as; `None` when it names none of them.
    pub fn of_path(path: &Path, subject: &Subject) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Self::for_subject(subject)
            .iter()
            .copied()
            .find(|f| f.extension() == ext)
    }

    /// The formats `subject` can be written as; the first is its default.
    pub fn for_subject(subject: &Subject) -> &'static [Format] {
        match subject {
            Subject::Chart(_) => &[Self::Png, Self::Svg, Self::Pdf, Self::Csv],
            Subject::Captured(..) => &[Self::Png],
            Subject::Sheet(_) => &[Self::Pdf, Self::Svg, Self::Png],
            Subject::TimelineJs => &[Self::TimelineJs],
        }
    }
}

/// Where it goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A file, written atomically (a failed export leaves nothing).
    File(PathBuf),
    /// Rendered and handed back as an image (for the clipboard).
    Image,
}

/// One output: what, how and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub subject: Subject,
    pub format: Format,
    pub target: Target,
    /// Width in points (a sheet is as wide as its paper).
    pub width: f32,
    /// `None`: as tall as the content.
    pub height: Option<f32>,
    /// Pixels per point of a PNG.
    pub scale: f32,
    pub dark: bool,
    /// The time range shown.
    pub view: TimeView,
    pub layers: Layers,
    /// Whose eras a TimelineJS file holds.
    pub eras_of: super::timelinejs::ErasOf,
}

impl Request {
    /// A request for `subject` as `format` into `target`, at the default
    /// width, scale 1, light, with the default layers.
    pub fn new(subject: Subject, format: Format, target: Target, view: TimeView) -> Self {
        Self {
            subject,
            format,
            target,
            width: super::DEFAULT_WIDTH,
            height: None,
            scale: 1.0,
            dark: false,
            view,
            layers: Layers::default(),
            eras_of: Default::default(),
        }
    }

    fn spec(&self, chart: ChartId) -> ExportSpec {
        ExportSpec {
            chart,
            width: self.width,
            height: self.height,
            scale: self.scale,
            dark: self.dark,
            view: self.view,
            layers: self.layers,
        }
    }
}

/// What [`write`] produced.
#[derive(Clone, Debug, PartialEq)]
pub enum Written {
    /// A file, and what to say of it ("1200x640 px", "12 rows").
    File {
        path: PathBuf,
        detail: Option<String>,
    },
    /// The image asked for with [`Target::Image`].
    Image(Rgba),
}

impl std::fmt::Display for Written {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::File { path, detail } => {
                write!(f, "wrote {}", path.display())?;
                match detail {
                    Some(d) => write!(f, " ({d})"),
                    None => Ok(()),
                }
            }
            Self::Image(img) => write!(f, "rendered {}x{} px", img.width, img.height),
        }
    }
}

/// Writes what `request` asks for, from `doc` (its dataset and the events
/// its filters let through). A file is written whole or not at all.
pub fn write(request: &Request, doc: &Document) -> Result<Written, ExportError> {
    let (ds, index) = (&*doc.dataset, &*doc.index);
    let format = request.format;
    if !Format::for_subject(&request.subject).contains(&format) {
        return Err(ExportError::Unsupported(format!(
            "{} cannot be written as {}",
            describe(&request.subject),
            format.label()
        )));
    }
    let path = match &request.target {
        Target::File(path) => path,
        Target::Image => {
            let Subject::Chart(chart) = &request.subject else {
                return Err(ExportError::Unsupported(
                    "only a chart is rendered as an image".into(),
                ));
            };
            let spec = request.spec(*chart);
            let image =
                with_renderer(|r| super::render(r, ds, index, &spec).map_err(render_error(None)))?;
            return Ok(Written::Image(image));
        }
    };
    let file = |detail: Option<String>| Written::File {
        path: path.clone(),
        detail,
    };
    match (&request.subject, format) {
        (Subject::TimelineJs, _) => {
            let n = super::timelinejs::write(path, ds, &request.eras_of)?;
            Ok(file(Some(format!(
                "TimelineJS JSON, {}",
                crate::format::plural(n, "event")
            ))))
        }
        (Subject::Sheet(paper), _) => {
            super::sheet::write(path, request, *paper, ds, index)?;
            Ok(file(None))
        }
        (Subject::Captured(chart, picture), _) => {
            let metadata = super::metadata(*chart, ds, &request.view);
            super::png_file::save_png(path, picture, &metadata)?;
            Ok(file(Some(format!(
                "{}x{} px",
                picture.width, picture.height
            ))))
        }
        (Subject::Chart(chart), Format::Csv) => {
            let rows = super::csv_file::write_csv(path, *chart, ds, &request.view)?;
            Ok(file(Some(format!("{rows} rows"))))
        }
        (Subject::Chart(chart), Format::Svg | Format::Pdf) => {
            let spec = request.spec(*chart);
            super::export_vector(ds, index, &spec, path, format == Format::Pdf)?;
            Ok(file(None))
        }
        (Subject::Chart(chart), _) => {
            let spec = request.spec(*chart);
            let (w, h) = with_renderer(|r| super::export_png(r, ds, index, &spec, path))?;
            Ok(file(Some(format!("{w}x{h} px"))))
        }
    }
}

/// "the timeline", "the briefing sheet".
fn describe(subject: &Subject) -> &'static str {
    match subject {
        Subject::Chart(ChartId::Timeline) => "the timeline",
        Subject::Chart(_) | Subject::Captured(..) => "a chart",
        Subject::Sheet(_) => "the briefing sheet",
        Subject::TimelineJs => "the dataset as TimelineJS",
    }
}

/// Maps a render error: too large stays itself, anything else fails the
/// write of `path` (or the image).
fn render_error(path: Option<&Path>) -> impl Fn(headless::RenderError) -> ExportError + '_ {
    move |e| match e {
        e @ headless::RenderError::TooLarge { .. } => ExportError::TooLarge(e),
        headless::RenderError::Failed(reason) => match path {
            Some(p) => ExportError::Write(WriteError {
                path: p.to_path_buf(),
                reason,
            }),
            None => ExportError::Failed(reason),
        },
    }
}

/// The offscreen renderer, made on first use and kept for the process:
/// `--chart all` renders every chart with one device, and the window's
/// exports (on worker threads) take turns with it.
static RENDERER: std::sync::Mutex<Option<headless::Offscreen>> = std::sync::Mutex::new(None);

/// Runs `f` with the offscreen renderer; when none can be made (no
/// graphics adapter), says why.
pub(crate) fn with_renderer<T>(
    f: impl FnOnce(&mut headless::Offscreen) -> Result<T, ExportError>,
) -> Result<T, ExportError> {
    // A render that panicked leaves the device as usable as before.
    let mut slot = RENDERER.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        *slot = Some(headless::Offscreen::new().map_err(ExportError::RenderUnavailable)?);
    }
    match slot.as_mut() {
        Some(r) => f(r),
        None => Err(ExportError::RenderUnavailable("no renderer".into())),
    }
}

/// A file name from `parts` (lower case, each run of other characters one
/// hyphen, at most 96 characters) with `format`'s extension:
/// `kz-fr-annual-kz-stat-usd-2026-11-28.png`.
pub fn file_name(parts: &[&str], format: Format) -> String {
    format!("{}.{}", slug(parts), format.extension())
}

/// The parts of a file name joined as `file_name` joins them, without an
/// extension (`chart` when nothing is left).
pub fn slug(parts: &[&str]) -> String {
    let mut name = String::new();
    for part in parts {
        for c in part.chars().flat_map(char::to_lowercase) {
            let c = if c.is_ascii_alphanumeric() { c } else { '-' };
            if c == '-' && (name.is_empty() || name.ends_with('-')) {
                continue;
            }
            name.push(c);
        }
        if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let mut name: String = name.trim_matches('-').chars().take(96).collect();
    name = name.trim_end_matches('-').to_string();
    if name.is_empty() {
        name.push_str("chart");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_formats_extension() {
        assert_eq!(
            file_name(&["kz-fr", "Annual KZ (stat)", "2026-11-28"], Format::Svg),
            "kz-fr-annual-kz-stat-2026-11-28.svg"
        );
        assert_eq!(file_name(&["", "—"], Format::Csv), "chart.csv");
        assert_eq!(
            file_name(&["Kazakhstan", "Germany"], Format::TimelineJs),
            "kazakhstan-germany.json"
        );
    }

    #[test]
    fn names_are_sanitized() {
        let png = |parts: &[&str]| file_name(parts, Format::Png);
        assert_eq!(
            png(&["kz-fr", "annual-kz-stat-usd", "2024-05-24"]),
            "kz-fr-annual-kz-stat-usd-2024-05-24.png"
        );
        assert_eq!(png(&["../../etc/passwd\u{7}", "x"]), "etc-passwd-x.png");
        assert_eq!(png(&["Казахстан–France"]), "france.png");
        assert_eq!(png(&[""]), "chart.png");
        assert!(png(&[&"a".repeat(1000)]).len() <= 100);
    }

    #[test]
    fn formats_follow_the_extension_and_the_subject() {
        let chart = &Subject::Chart(ChartId::Timeline);
        assert_eq!(
            Format::of_path("a/b.SVG".as_ref(), chart),
            Some(Format::Svg)
        );
        assert_eq!(Format::of_path("b.json".as_ref(), chart), None);
        assert_eq!(
            Format::of_path("b.json".as_ref(), &Subject::TimelineJs),
            Some(Format::TimelineJs)
        );
        assert_eq!(
            Format::of_path("b.csv".as_ref(), &Subject::Sheet(Paper::A4)),
            None
        );
        assert_eq!(Format::of_path("b".as_ref(), chart), None);
    }
}
