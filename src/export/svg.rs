//! Vector export: the shapes egui paints for a chart, written as SVG, with
//! text as text (each glyph at the position egui laid it out) and the fonts
//! the window uses embedded, so that the SVG, the PDF made from it and the
//! PNG all show the same picture.

use base64::Engine as _;
use egui::epaint::{
    ClippedShape, Color32, ColorMode, PathStroke, Pos2, Rect, Shape, Stroke, StrokeKind, TextShape,
};
use std::fmt::Write as _;

/// The fonts egui draws with, in fallback order: (family name in the font
/// file, bytes). The family names are those a font database reads from the
/// files, so that `usvg` finds them for the PDF as browsers do through the
/// `@font-face` rules.
pub fn fonts() -> Vec<(&'static str, Vec<u8>)> {
    let defaults = egui::FontDefinitions::default();
    let mut out = Vec::new();
    // Ubuntu Light: family "Ubuntu" at weight 300 (its typographic names).
    if let Some(ubuntu) = defaults.font_data.get("Ubuntu-Light") {
        out.push(("Ubuntu", (*ubuntu.font).as_ref().to_vec()));
    }
    out.push((
        "DejaVu Sans",
        include_bytes!("../../assets/DejaVuSans.ttf").to_vec(),
    ));
    out
}

/// Options for `usvg` to read our SVGs: a font database of [`fonts`] only,
/// so that the PDF has the window's fonts whatever the system has.
pub(crate) fn usvg_options() -> usvg::Options<'static> {
    let mut fontdb = usvg::fontdb::Database::new();
    for (_, bytes) in fonts() {
        fontdb.load_font_data(bytes);
    }
    usvg::Options {
        fontdb: std::sync::Arc::new(fontdb),
        ..Default::default()
    }
}

/// The weight the text is drawn at: Ubuntu Light's.
const WEIGHT: u16 = 300;

/// The `font-family` list every text element uses.
fn family_list() -> String {
    let mut list: Vec<String> = fonts()
        .iter()
        .map(|(family, _)| format!("'{family}'"))
        .collect();
    list.push("sans-serif".into());
    list.join(", ")
}

/// An SVG document of `width × height` points holding `shapes`. With
/// `embed_fonts`, the fonts travel in it as `@font-face` data (for an SVG
/// file); without, text names them only (for `usvg`, which takes fonts
/// from its database, and parses the document much faster without them).
pub fn document(
    shapes: &[ClippedShape],
    width: f32,
    height: f32,
    title: &str,
    embed_fonts: bool,
) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = write!(out, "<title>{}</title>", escape(title));
    out.push_str("<defs><style>");
    for (family, bytes) in fonts().into_iter().filter(|_| embed_fonts) {
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        let _ = write!(
            out,
            "@font-face{{font-family:'{family}';font-weight:{WEIGHT};src:url(data:font/ttf;base64,{b64}) format('truetype');}}"
        );
    }
    out.push_str("</style>");
    let mut clips: Vec<Rect> = Vec::new();
    for s in shapes {
        if !clips.contains(&s.clip_rect) {
            clips.push(s.clip_rect);
        }
    }
    for (i, r) in clips.iter().enumerate() {
        let r = r.intersect(Rect::from_min_size(Pos2::ZERO, egui::vec2(width, height)));
        let _ = write!(
            out,
            r#"<clipPath id="c{i}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath>"#,
            num(r.min.x),
            num(r.min.y),
            num(r.width().max(0.0)),
            num(r.height().max(0.0))
        );
    }
    out.push_str("</defs>");
    let families = family_list();
    let mut open: Option<usize> = None;
    for s in shapes {
        let clip = clips.iter().position(|c| *c == s.clip_rect).unwrap_or(0);
        if open != Some(clip) {
            if open.is_some() {
                out.push_str("</g>");
            }
            let _ = write!(out, r#"<g clip-path="url(#c{clip})">"#);
            open = Some(clip);
        }
        shape(&mut out, &s.shape, &families);
    }
    if open.is_some() {
        out.push_str("</g>");
    }
    out.push_str("</svg>\n");
    out
}

/// A coordinate or size as SVG (and the sheet's PDF) writes it: at most
/// two decimals, no trailing zeros, never "-0".
pub(crate) fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// Text as SVG content or an attribute value.
fn escape(text: &str) -> String {
    crate::format::escape_markup(text, "")
}

/// ` fill="rgb(…)" fill-opacity="…"`, or `fill="none"`.
fn paint(attr: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    if a == 0 {
        return format!(r#" {attr}="none""#);
    }
    let mut s = format!(r#" {attr}="rgb({r},{g},{b})""#);
    if a < 255 {
        let _ = write!(s, r#" {attr}-opacity="{}""#, num(f32::from(a) / 255.0));
    }
    s
}

fn stroke_attrs(stroke: Stroke) -> String {
    if stroke.width <= 0.0 || stroke.color.a() == 0 {
        return r#" stroke="none""#.into();
    }
    format!(
        r#"{} stroke-width="{}""#,
        paint("stroke", stroke.color),
        num(stroke.width)
    )
}

fn path_stroke(stroke: &PathStroke) -> Stroke {
    match stroke.color {
        ColorMode::Solid(color) => Stroke::new(stroke.width, color),
        // A gradient has no single colour: its middle grey keeps the line.
        ColorMode::UV(_) => Stroke::new(stroke.width, Color32::GRAY),
    }
}

fn points_attr(points: &[Pos2]) -> String {
    let mut s = String::new();
    for p in points {
        let _ = write!(s, "{},{} ", num(p.x), num(p.y));
    }
    s.trim_end().to_string()
}

fn shape(out: &mut String, shape: &Shape, families: &str) {
    match shape {
        Shape::Noop | Shape::Callback(_) => {}
        Shape::Vec(shapes) => {
            for s in shapes {
                self::shape(out, s, families);
            }
        }
        Shape::Circle(c) => {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}"{}{}/>"#,
                num(c.center.x),
                num(c.center.y),
                num(c.radius),
                paint("fill", c.fill),
                stroke_attrs(c.stroke)
            );
        }
        Shape::Ellipse(e) => {
            let _ = write!(
                out,
                r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}"{}{}/>"#,
                num(e.center.x),
                num(e.center.y),
                num(e.radius.x),
                num(e.radius.y),
                paint("fill", e.fill),
                stroke_attrs(e.stroke)
            );
        }
        Shape::LineSegment { points, stroke } => {
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{}/>"#,
                num(points[0].x),
                num(points[0].y),
                num(points[1].x),
                num(points[1].y),
                stroke_attrs(*stroke)
            );
        }
        Shape::Path(p) => {
            let tag = if p.closed { "polygon" } else { "polyline" };
            let fill = if p.closed {
                p.fill
            } else {
                Color32::TRANSPARENT
            };
            let _ = write!(
                out,
                r#"<{tag} points="{}"{}{} stroke-linejoin="round"/>"#,
                points_attr(&p.points),
                paint("fill", fill),
                stroke_attrs(path_stroke(&p.stroke))
            );
        }
        Shape::Rect(r) => rect(out, r),
        Shape::Text(t) => text(out, t, families),
        Shape::Mesh(m) => self::mesh(out, m),
        Shape::QuadraticBezier(q) => quadratic(out, q),
        Shape::CubicBezier(c) => cubic(out, c),
        Shape::Band(_) => {}
    }
}

/// A rectangle, its stroke inside, in the middle or outside as egui draws it.
fn rect(out: &mut String, r: &egui::epaint::RectShape) {
    let mut rect = r.rect;
    let w = r.stroke.width;
    match r.stroke_kind {
        StrokeKind::Inside => rect = rect.shrink(w / 2.0),
        StrokeKind::Middle => {}
        StrokeKind::Outside => rect = rect.expand(w / 2.0),
    }
    let cr = r.corner_radius;
    let radius = (f32::from(cr.nw) + f32::from(cr.ne) + f32::from(cr.sw) + f32::from(cr.se)) / 4.0;
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}"{}{}/>"#,
        num(rect.min.x),
        num(rect.min.y),
        num(rect.width().max(0.0)),
        num(rect.height().max(0.0)),
        num(radius),
        paint("fill", r.fill),
        stroke_attrs(r.stroke)
    );
}

/// A mesh (e.g. a filled plot area) as its triangles.
fn mesh(out: &mut String, mesh: &egui::Mesh) {
    // Meshes (e.g. filled plot areas) as their triangles.
    if mesh.texture_id != egui::TextureId::default() {
        return;
    }
    for tri in mesh.indices.chunks_exact(3) {
        let v: Vec<_> = tri.iter().map(|&i| mesh.vertices[i as usize]).collect();
        let pts: Vec<Pos2> = v.iter().map(|v| v.pos).collect();
        let _ = write!(
            out,
            r#"<polygon points="{}"{}/>"#,
            points_attr(&pts),
            paint("fill", v[0].color)
        );
    }
}

fn quadratic(out: &mut String, q: &egui::epaint::QuadraticBezierShape) {
    let [a, b, c] = q.points;
    let close = if q.closed { " Z" } else { "" };
    let fill = if q.closed {
        q.fill
    } else {
        Color32::TRANSPARENT
    };
    let _ = write!(
        out,
        r#"<path d="M {} {} Q {} {} {} {}{close}"{}{}/>"#,
        num(a.x),
        num(a.y),
        num(b.x),
        num(b.y),
        num(c.x),
        num(c.y),
        paint("fill", fill),
        stroke_attrs(path_stroke(&q.stroke))
    );
}

fn cubic(out: &mut String, c: &egui::epaint::CubicBezierShape) {
    let [a, b, d, e] = c.points;
    let close = if c.closed { " Z" } else { "" };
    let fill = if c.closed {
        c.fill
    } else {
        Color32::TRANSPARENT
    };
    let _ = write!(
        out,
        r#"<path d="M {} {} C {} {} {} {} {} {}{close}"{}{}/>"#,
        num(a.x),
        num(a.y),
        num(b.x),
        num(b.y),
        num(d.x),
        num(d.y),
        num(e.x),
        num(e.y),
        paint("fill", fill),
        stroke_attrs(path_stroke(&c.stroke))
    );
}

/// A galley as one `<text>` per row, every glyph at its own x so that the
/// text sits exactly where egui put it.
fn text(out: &mut String, t: &TextShape, families: &str) {
    let galley = &t.galley;
    let size = galley
        .job
        .sections
        .first()
        .map_or(12.0, |s| s.format.font_id.size);
    for placed in &galley.rows {
        let row = &placed.row;
        let glyphs: Vec<_> = row.glyphs.iter().filter(|g| !g.chr.is_control()).collect();
        if glyphs.iter().all(|g| g.chr.is_whitespace()) {
            continue;
        }
        // The glyphs' colour, where the layout left the placeholder the
        // painter replaces with the shape's fallback colour.
        let color = t.override_text_color.unwrap_or_else(|| {
            row.visuals
                .mesh
                .vertices
                .get(row.visuals.glyph_vertex_range.start)
                .map(|v| v.color)
                .filter(|c| *c != Color32::PLACEHOLDER)
                .unwrap_or(t.fallback_color)
        });
        let color = color.gamma_multiply(t.opacity_factor);
        let origin = t.pos + placed.pos.to_vec2();
        // The row starts where egui put it; the shaper lays the glyphs out
        // with the same font and size, so they land where egui drew them
        // (and ligatures stay whole, which per-glyph positions would split).
        let xs = [num(origin.x + glyphs[0].pos.x)];
        let content: String = glyphs.iter().map(|g| g.chr).collect();
        let y = origin.y + glyphs[0].pos.y;
        // A rotated galley (a vertical axis label) turns about its origin.
        let rotate = if t.angle == 0.0 {
            String::new()
        } else {
            format!(
                r#" transform="rotate({} {} {})""#,
                num(t.angle.to_degrees()),
                num(t.pos.x),
                num(t.pos.y)
            )
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-family="{families}" font-weight="{WEIGHT}" font-size="{}"{}{rotate} xml:space="preserve">{}</text>"#,
            xs.join(" "),
            num(y),
            num(size),
            paint("fill", color),
            escape(&content)
        );
    }
}
