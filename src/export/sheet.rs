//! The briefing sheet: one landscape page (more when the content needs it)
//! with the dataset's title, the timeline and the annual trade charts on one
//! shared time axis for the range, the events shown (date as known, title),
//! and a numbered list of the sources cited. Drawn with the same widgets as
//! the window; written as PDF (pages cut from the same picture), SVG or PNG.

use super::{Layers, WriteError, svg};
use crate::charts::{ChartContext, ChartId};
use crate::document::TimelineIndex;
use crate::format::{date_with_precision, day_label, plural};
use crate::model::Dataset;
use crate::timeline::widget::TimelineInput;
use crate::timeline::{TimeView, Timeline};
use egui::RichText;
use std::path::Path;

/// Paper sizes, landscape, in points (1/72 inch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height, landscape.
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (842.0, 595.0),
            Self::Letter => (792.0, 612.0),
        }
    }
}

/// The sources cited by the events and figures shown in `view`, each once,
/// in order of first citation: the timeline's, then each series'.
pub(crate) fn cited_sources<'d>(ds: &'d Dataset, view: &TimeView) -> Vec<&'d crate::model::Source> {
    let mut seen = std::collections::HashSet::new();
    std::iter::once(ChartId::Timeline)
        .chain((0..ds.trade.len()).map(ChartId::Annual))
        .flat_map(|chart| chart.cited(ds, view))
        .filter(|s| seen.insert(s.id.as_str()))
        .collect()
}

/// The events that overlap `view`, in time order.
fn events_in<'d>(ds: &'d Dataset, view: &TimeView) -> Vec<&'d crate::model::Event> {
    let mut events: Vec<_> = ds
        .events
        .iter()
        .filter(|e| {
            let (a, b) = e.when.span_days();
            view.overlaps(a, b)
        })
        .collect();
    events.sort_by(|a, b| a.when.sort_key().total_cmp(&b.when.sort_key()));
    events
}

/// Draws the sheet into `ui` (as wide as the page); `breaks` gets the y of
/// every place a page may end (between blocks and lines, never through one).
pub fn draw(
    ui: &mut egui::Ui,
    ds: &Dataset,
    index: &TimelineIndex,
    view: TimeView,
    layers: Layers,
    breaks: &mut Vec<f32>,
) {
    breaks.clear();
    let mut view = view;
    let events = events_in(ds, &view);
    ui.label(
        RichText::new(crate::tr!(
            "sheet-title",
            dataset = ds.title.marked().into_owned()
        ))
        .size(18.0)
        .strong(),
    );
    ui.label(
        RichText::new(format!(
            "{} – {} · {} · Entente, {}",
            day_label(view.start),
            day_label(view.end.ceil() - 1.0),
            plural(events.len(), "event"),
            super::today()
        ))
        .weak(),
    );
    ui.add_space(4.0);
    let input = TimelineInput {
        dataset: ds,
        index,
        selected: None,
        highlight: None,
        eras: layers.eras,
        selected_era: None,
        lane_height: crate::theme::LANE_HEIGHT,
    };
    breaks.push(ui.cursor().top());
    let _ = Timeline::default().show(ui, &mut view, &input);
    breaks.push(ui.cursor().top());
    let ctx = ChartContext::for_export(ds, index, layers.markers);
    for chart in ChartId::all(ds) {
        if matches!(chart, ChartId::Annual(_)) {
            ui.add_space(4.0);
            let _ = chart.draw(ui, &mut view, &ctx);
            breaks.push(ui.cursor().top());
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(crate::tr!("sheet-events-shown")).strong());
    for e in &events {
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "{} — {}",
                    date_with_precision(&e.when),
                    e.marked_title()
                ))
                .size(10.5),
            )
            .wrap(),
        );
        breaks.push(ui.cursor().top());
    }
    ui.add_space(6.0);
    breaks.push(ui.cursor().top());
    ui.label(RichText::new(crate::tr!("sheet-sources")).strong());
    for (n, s) in cited_sources(ds, &view).into_iter().enumerate() {
        let mut line = format!("{}. {}", n + 1, s.short());
        if let Some(title) = &s.title {
            line.push_str(&format!(" — “{title}”"));
        }
        if let Some(url) = &s.url {
            line.push_str(&format!(" <{url}>"));
        }
        ui.add(egui::Label::new(RichText::new(line).size(9.5)).wrap());
        breaks.push(ui.cursor().top());
    }
}

/// The sheet as one tall SVG picture, `page_width` points wide, and its
/// height.
pub(crate) fn picture(
    ds: &Dataset,
    index: &TimelineIndex,
    view: TimeView,
    layers: Layers,
    page_width: f32,
    dark: bool,
) -> (Vec<egui::epaint::ClippedShape>, f32, Vec<f32>) {
    let mut breaks = Vec::new();
    let (shapes, height) = super::headless::shapes(page_width, None, dark, |ui| {
        draw(ui, ds, index, view, layers, &mut breaks);
    });
    (shapes, height, breaks)
}

/// Where each page starts and ends: as much as fits, ending at a break.
fn pages(breaks: &[f32], height: f32, page: f32) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    let mut start = 0.0f32;
    while start < height - 1.0 {
        let limit = start + page;
        let end = if limit >= height {
            height
        } else {
            breaks
                .iter()
                .copied()
                .filter(|&b| b > start + 1.0 && b <= limit)
                .fold(None, |best: Option<f32>, b| {
                    Some(best.map_or(b, |x| x.max(b)))
                })
                // Nothing fits whole: cut at the page's end.
                .unwrap_or(limit)
        };
        out.push((start, end));
        start = end;
    }
    if out.is_empty() {
        out.push((0.0, height));
    }
    out
}

/// The sheet as a PDF of as many `paper` pages as it needs, each a slice of
/// the same picture.
pub fn pdf(
    ds: &Dataset,
    index: &TimelineIndex,
    view: TimeView,
    layers: Layers,
    paper: Paper,
    dark: bool,
) -> Result<Vec<u8>, String> {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
    let (w, h) = paper.size();
    let (shapes, height, breaks) = picture(ds, index, view, layers, w, dark);
    let slices = self::pages(&breaks, height, h);
    let pages = slices.len();
    let background = if dark {
        egui::Visuals::dark().panel_fill
    } else {
        egui::Visuals::light().panel_fill
    };
    let [br, bg, bb, _] = background.to_srgba_unmultiplied();
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    let options = svg::usvg_options();
    let title = crate::tr!("sheet-title", dataset = ds.title.marked().into_owned());
    let body = svg::document(&shapes, w, height, &title, false);
    for &(start, end) in &slices {
        // The page: the picture moved up to `start`, and what lies below
        // `end` (the next page's) painted over with the background.
        let cover = format!(
            r#"<rect x="0" y="{}" width="{}" height="{}" fill="rgb({br},{bg},{bb})"/></svg>"#,
            svg::num(end),
            svg::num(w),
            svg::num(h + 1.0)
        );
        let page_svg = body.trim_end().trim_end_matches("</svg>").to_string() + &cover;
        let page_svg = page_svg.replacen(
            &format!(r#"viewBox="0 0 {} {}""#, svg::num(w), svg::num(height)),
            &format!(
                r#"viewBox="0 {} {} {}""#,
                svg::num(start),
                svg::num(w),
                svg::num(h)
            ),
            1,
        );
        let page_svg = page_svg.replacen(
            &format!(r#"height="{}""#, svg::num(height)),
            &format!(r#"height="{}""#, svg::num(h)),
            1,
        );
        let tree = usvg::Tree::from_str(&page_svg, &options)
            .map_err(|e| format!("cannot read the SVG: {e}"))?;
        let (chunk, svg_ref) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| format!("cannot make the PDF: {e}"))?;
        let mut map = std::collections::HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = map[&svg_ref];
        pdf.extend(&chunk);
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        let mut content = Content::new();
        content
            .transform([w, 0.0, 0.0, h, 0.0, 0.0])
            .x_object(Name(b"S1"));
        pdf.stream(content_id, &content.finish());
        let mut p = pdf.page(page_id);
        p.media_box(Rect::new(0.0, 0.0, w, h));
        p.parent(tree_id);
        p.contents(content_id);
        p.resources().x_objects().pair(Name(b"S1"), svg_id);
        p.finish();
        page_ids.push(page_id);
    }
    pdf.pages(tree_id).kids(page_ids).count(pages as i32);
    pdf.catalog(catalog_id).pages(tree_id);
    Ok(pdf.finish())
}

/// Writes the sheet of `request`'s view to `path` as its format (PDF, SVG as one tall picture,
/// or PNG), atomically.
pub(crate) fn write(
    path: &Path,
    request: &super::Request,
    paper: Paper,
    ds: &Dataset,
    index: &TimelineIndex,
) -> Result<(), super::ExportError> {
    let (view, layers, dark) = (request.view, request.layers, request.dark);
    let err = |reason: String| WriteError {
        path: path.to_path_buf(),
        reason,
    };
    let (w, _) = paper.size();
    let title = crate::tr!("sheet-title", dataset = ds.title.marked().into_owned());
    match request.format {
        super::Format::Svg => {
            let (shapes, height, _) = picture(ds, index, view, layers, w, dark);
            let doc = svg::document(&shapes, w, height, &title, true);
            Ok(crate::fs::write_atomic(path, doc.as_bytes())?)
        }
        super::Format::Png => {
            // At 2× for print; a long sheet (many events and sources) that
            // would be taller than the adapter draws is made at 1×.
            let image = super::request::with_renderer(|renderer| {
                let mut render = |scale: f32| {
                    renderer.render(w, None, scale, dark, |ui| {
                        draw(ui, ds, index, view, layers, &mut Vec::new());
                    })
                };
                match render(2.0) {
                    Err(super::headless::RenderError::TooLarge { .. }) => render(1.0),
                    other => other,
                }
                .map_err(|e| super::ExportError::Write(err(e.to_string())))
            })?;
            Ok(super::png_file::save_png(
                path,
                &image,
                &[("Title", title)],
            )?)
        }
        _ => {
            let bytes = pdf(ds, index, view, layers, paper, dark).map_err(err)?;
            Ok(crate::fs::write_atomic(path, &bytes)?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pages;

    #[test]
    fn pages_end_at_breaks_and_cover_everything() {
        let breaks = [100.0, 450.0, 590.0, 700.0, 1000.0, 1190.0];
        let p = pages(&breaks, 1200.0, 595.0);
        assert_eq!(p, vec![(0.0, 590.0), (590.0, 1000.0), (1000.0, 1200.0)]);
        // No break fits: the page is cut at its end.
        assert_eq!(
            pages(&[], 1000.0, 595.0),
            vec![(0.0, 595.0), (595.0, 1000.0)]
        );
    }
}
