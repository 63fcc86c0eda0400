//! The detail panel: everything known about the selected event or trade
//! figure, with its sources one click away.

use crate::format::date_with_precision;
use crate::model::{Dataset, Event, FigureRef, Media, Source};
use crate::theme::kind_color;
use egui::{RichText, Ui};

/// What the user asked for in the detail panel.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub(crate) enum DetailAction {
    SelectEvent(usize),
    Close,
    /// Write a layer event (by its index in the document) into the dataset.
    Promote(usize),
}

/// Shows event `index` of `ds`.
pub(crate) fn event_details(ui: &mut Ui, ds: &Dataset, index: usize) -> Vec<DetailAction> {
    let mut actions = Vec::new();
    let Some(e) = ds.events.get(index) else {
        return actions;
    };
    let kind = ds.kind_of(e);
    let color = kind_color(kind.color, ui.visuals().dark_mode);
    kind_row(
        ui,
        RichText::new(kind.shown_singular()).color(color),
        &mut actions,
    );
    // The full title, wrapped: however long, it is all here.
    ui.heading(e.shown_title());
    language_marks(ui, &[&e.title, &e.summary]);
    ui.add_space(4.0);
    facts(ui, "event-facts", |ui| {
        ui.weak(crate::tr!("details-date"));
        ui.label(date_with_precision(&e.when));
        ui.end_row();
        if let Some(place) = &e.place {
            ui.weak(crate::tr!("details-place"));
            ui.label(place.as_str());
            ui.end_row();
        }
        if let Some(group) = &e.group {
            ui.weak(crate::tr!("details-group"));
            ui.label(group.as_str());
            ui.end_row();
        }
        if !e.tags.is_empty() {
            ui.weak(crate::tr!("details-tags"));
            ui.label(e.tags.join(", "));
            ui.end_row();
        }
    });
    if !e.participants.is_empty() {
        ui.add_space(6.0);
        ui.strong(crate::tr!("details-participants"));
        for p in &e.participants {
            let mut line = p.name.to_string();
            let extra: Vec<&str> = [p.role.as_str(), p.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if !extra.is_empty() {
                line.push_str(&format!(" — {}", extra.join(", ")));
            }
            ui.label(line);
        }
    }
    if !e.summary.is_empty() {
        ui.add_space(6.0);
        ui.label(e.summary.as_str());
    }
    for q in &e.quotes {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(format!("“{}”", q.text)).italics());
            // The translation beside the words as said, never instead.
            if let Some(t) = q
                .translation
                .as_ref()
                .filter(|t| !t.is_empty() && t.as_str() != q.text)
            {
                ui.label(format!("({t})"));
            }
            let lang = q
                .lang
                .as_deref()
                .map(|l| format!(" · {l}"))
                .unwrap_or_default();
            ui.weak(format!("— {}{lang}", q.speaker));
        });
    }
    if let Some(m) = e.media.as_deref() {
        media_line(ui, m);
    }
    note_section(ui, e.note.as_ref().map(|n| n.marked()).as_deref());
    sources_section(ui, ds, &e.sources);
    related(ui, ds, e, &mut actions);
    actions
}

/// A two-column grid of facts: names, then values that wrap.
fn facts(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .max_col_width(value_column_width(ui))
        .spacing([8.0, 4.0])
        .show(ui, add);
}

/// The widest a fact's value may be: the panel's width less the names'
/// column, so that long values wrap instead of widening the panel.
fn value_column_width(ui: &Ui) -> f32 {
    (ui.available_width() - 110.0).max(120.0)
}

/// One source: a link when it may be opened (http/https only), else text.
pub(crate) fn source_line(ui: &mut Ui, s: &Source) {
    let text = match &s.title {
        Some(title) => format!("{} — “{title}”", s.short()),
        None => s.short(),
    };
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("[{}]", s.id));
        match (s.openable_url(), &s.url) {
            (Some(url), _) => {
                ui.hyperlink_to(text, url).on_hover_text(url);
            }
            (None, Some(url)) => {
                ui.label(text);
                ui.weak(crate::tr!("details-link-not-opened", url = url.clone()));
            }
            (None, None) => {
                ui.label(text);
            }
        }
    });
    if let Some(note) = &s.note {
        ui.weak(note);
    }
}

/// The event's media: its caption and credit, a link when a browser can
/// open it, else the address as given.
fn media_line(ui: &mut Ui, m: &Media) {
    ui.add_space(6.0);
    ui.strong(crate::tr!("details-media"));
    let caption = if m.caption.is_empty() {
        crate::tr!("details-media")
    } else {
        m.caption.clone()
    };
    ui.horizontal_wrapped(|ui| match m.openable_url() {
        Some(url) => {
            ui.hyperlink_to(caption, &url).on_hover_text(&url);
        }
        None => {
            ui.label(caption);
            ui.weak(crate::tr!("details-media-relative", url = m.url.clone()));
        }
    });
    if !m.credit.is_empty() {
        ui.weak(crate::tr!("details-credit", credit = m.credit.clone()));
    }
}

fn related(ui: &mut Ui, ds: &Dataset, e: &Event, actions: &mut Vec<DetailAction>) {
    if e.related.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(crate::tr!("details-related-events"));
    for id in &e.related {
        if let Some(i) = ds.event_index(id) {
            let other = &ds.events[i];
            let text = format!("{} ({})", other.shown_title(), other.when);
            if ui.add(egui::Button::new(text).wrap()).clicked() {
                actions.push(DetailAction::SelectEvent(i));
            }
        }
    }
}

/// Shows one trade figure: period, values with unit, reporter, growth
/// reported and computed, sources.
pub(crate) fn figure_details(ui: &mut Ui, ds: &Dataset, f: FigureRef) -> Vec<DetailAction> {
    let mut actions = Vec::new();
    let Some(series) = ds.trade.get(f.series) else {
        return actions;
    };
    let Some(ob) = series.observations.get(f.obs) else {
        return actions;
    };
    kind_row(
        ui,
        RichText::new(crate::tr!("details-trade-figure")),
        &mut actions,
    );
    ui.heading(format!("{} · {}", ob.parsed_period, series.reporter_label));
    ui.weak(format!(
        "{} · {}",
        crate::format::caption(series),
        series.flows
    ));
    ui.add_space(4.0);
    let about = crate::format::about(ob.approximate);
    facts(ui, "figure-facts", |ui| {
        for (name, v) in [
            (crate::tr!("legend-turnover"), ob.turnover),
            (crate::tr!("legend-exports"), ob.exports),
            (crate::tr!("legend-imports"), ob.imports),
        ] {
            ui.weak(name);
            match v {
                Some(v) => ui.label(format!("{about}{}", crate::format::money(series, v))),
                None => ui.weak(crate::tr!("details-not-reported")),
            };
            ui.end_row();
        }
        ui.weak(crate::tr!("details-unit"));
        ui.label(crate::tr!(
            "details-current-prices",
            unit = crate::format::unit(series)
        ));
        ui.end_row();
        ui.weak(crate::tr!("details-reporter"));
        ui.label(format!("{} ({})", series.reporter, series.reporter_label));
        ui.end_row();
        let check = series.growth_check(f.obs);
        if let Some(g) = &ob.growth {
            ui.weak(crate::tr!("details-growth-reported"));
            ui.label(crate::tr!(
                "details-growth-on",
                percent = crate::format::percent(g.percent),
                period = g.against_period.to_string()
            ));
            ui.end_row();
        }
        if let Some(c) = check {
            ui.weak(crate::tr!("details-growth-computed"));
            ui.label(crate::tr!(
                "details-growth-computed-value",
                percent = crate::format::percent(c.computed),
                from = crate::format::money(series, c.previous),
                lo = crate::format::percent(c.lo),
                hi = crate::format::percent(c.hi)
            ));
            ui.end_row();
            if c.agrees() == Some(false) {
                ui.weak("");
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::tr!("details-growth-disagrees"),
                );
                ui.end_row();
            }
        }
    });
    if ob.estimated {
        ui.weak(crate::tr!("details-estimated-by-the-publisher-not"));
    }
    products_section(ui, series, &ob.parsed_period);
    note_section(ui, ob.note.as_deref());
    if let Some(note) = &series.note {
        ui.add_space(6.0);
        ui.weak(note);
    }
    sources_section(ui, ds, &ob.sources);
    actions
}

/// A period's products, each flow largest first, with value and share.
fn products_section(
    ui: &mut Ui,
    series: &crate::model::TradeSeries,
    period: &crate::model::Period,
) {
    use crate::charts::products;
    for flow in crate::model::Flow::BOTH {
        let list = products::of_period(series, flow, period);
        if list.is_empty() {
            continue;
        }
        let total: f64 = list.iter().map(|p| p.value).sum();
        ui.add_space(6.0);
        ui.strong(crate::tr!(
            "details-what-is-traded",
            flow = crate::tr!(match flow {
                crate::model::Flow::Exports => "flow-exports",
                crate::model::Flow::Imports => "flow-imports",
            })
        ));
        let id = match flow {
            crate::model::Flow::Exports => "products-exports",
            crate::model::Flow::Imports => "products-imports",
        };
        facts(ui, id, |ui| {
            for p in list {
                ui.weak(products::product_name(series, p));
                ui.label(format!(
                    "{} ({:.1}%){}",
                    crate::format::money(series, p.value),
                    p.value / total * 100.0,
                    if p.estimated {
                        format!(", {}", crate::tr!("mirror-estimated"))
                    } else {
                        String::new()
                    }
                ));
                ui.end_row();
            }
        });
    }
}

/// Under a title: that a text is shown in the default language (the
/// display language lacks it), or is the editors' translation.
fn language_marks(ui: &mut Ui, texts: &[&crate::model::LText]) {
    if texts.iter().any(|t| t.fell_back()) {
        ui.weak(crate::tr!("details-fallback"));
    } else if texts.iter().any(|t| t.shown_is_translated()) {
        ui.weak(crate::tr!("details-translated"));
    }
}

/// The first row of the panel: what is shown, and the close button.
fn kind_row(ui: &mut Ui, kind: RichText, actions: &mut Vec<DetailAction>) {
    ui.horizontal(|ui| {
        ui.label(kind.strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("×")
                .on_hover_text(crate::tr!("details-close-esc"))
                .clicked()
            {
                actions.push(DetailAction::Close);
            }
        });
    });
}

/// "Note" and its text, when there is one.
fn note_section(ui: &mut Ui, note: Option<&str>) {
    if let Some(note) = note {
        ui.add_space(6.0);
        ui.label(RichText::new(crate::tr!("details-note")).strong());
        ui.label(note);
    }
}

/// "Sources" and one line per cited source.
fn sources_section(ui: &mut Ui, ds: &Dataset, ids: &[impl AsRef<str>]) {
    ui.add_space(6.0);
    ui.strong(crate::tr!("details-sources"));
    for id in ids.iter().map(AsRef::as_ref) {
        match ds.source(id) {
            Some(s) => source_line(ui, s),
            None => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::tr!("details-unknown-source", id = id.to_string()),
                );
            }
        }
    }
}

/// Shows era `index`: who, of which party, from when to when, the events
/// of the timeline that fall in it, sources.
pub(crate) fn era_details(ui: &mut Ui, ds: &Dataset, index: usize) -> Vec<DetailAction> {
    let mut actions = Vec::new();
    let Some(era) = ds.eras.get(index) else {
        return actions;
    };
    let mut kind = era.kind.clone();
    if let Some(first) = kind.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    kind_row(
        ui,
        RichText::new(crate::tr!("details-era", kind = kind.to_string())),
        &mut actions,
    );
    ui.heading(era.name.as_str());
    ui.add_space(4.0);
    facts(ui, "era-facts", |ui| {
        if !era.party.is_empty() {
            ui.weak(crate::tr!("details-party"));
            ui.label(&era.party);
            ui.end_row();
        }
        ui.weak(crate::tr!("details-dates"));
        ui.label(crate::format::era_dates(era));
        ui.end_row();
    });
    note_section(ui, era.note.as_deref());
    sources_section(ui, ds, &era.sources);
    // The events of the era, in time order: the relationship under this
    // leader at a glance, each one click away.
    let (a, b) = era.span_days(f64::INFINITY);
    let mut during: Vec<usize> = (0..ds.events.len())
        .filter(|&i| {
            let (s, _) = ds.events[i].when.span_days();
            s >= a && s < b
        })
        .collect();
    during.sort_by(|&x, &y| {
        ds.events[x]
            .when
            .sort_key()
            .total_cmp(&ds.events[y].when.sort_key())
    });
    if !during.is_empty() {
        ui.add_space(6.0);
        ui.strong(crate::tr!(
            "details-events-during",
            kind = era.kind.clone(),
            n = during.len()
        ));
        for i in during.into_iter().take(200) {
            let e = &ds.events[i];
            let text = format!("{} ({})", e.shown_title(), e.when);
            if ui.add(egui::Button::new(text).wrap()).clicked() {
                actions.push(DetailAction::SelectEvent(i));
            }
        }
    }
    actions
}

/// Shows value `value` (oldest first) of indicator `indicator`.
pub(crate) fn value_details(
    ui: &mut Ui,
    ds: &Dataset,
    indicator: usize,
    value: usize,
) -> Vec<DetailAction> {
    let mut actions = Vec::new();
    let Some(ind) = ds.indicators.get(indicator) else {
        return actions;
    };
    let values = ind.values();
    let Some(v) = values.get(value) else {
        return actions;
    };
    kind_row(
        ui,
        RichText::new(crate::tr!("details-indicator")),
        &mut actions,
    );
    ui.heading(ind.label.as_str());
    ui.add_space(4.0);
    let as_of = crate::model::Date::parse(&v.as_of).map_or(v.as_of.clone(), |d| d.to_string());
    facts(ui, "value-facts", |ui| {
        ui.weak(crate::tr!("details-value"));
        let about = crate::format::about(v.approximate);
        ui.label(format!(
            "{about}{} {}",
            crate::format::number(v.value),
            ind.unit
        ));
        ui.end_row();
        ui.weak(crate::tr!("details-as-of"));
        ui.label(as_of);
        ui.end_row();
        if let Some(rank) = crate::format::rank(ind, v.rank) {
            ui.weak(crate::tr!("details-rank"));
            ui.label(rank);
            ui.end_row();
        }
        if values.len() > 1 {
            ui.weak(crate::tr!("details-reported"));
            ui.label(crate::tr!(
                "details-value-n-of",
                n = value + 1,
                all = values.len()
            ));
            ui.end_row();
        }
    });
    note_section(ui, v.note.as_deref());
    note_section(
        ui,
        ind.note.as_deref().filter(|_| value + 1 == values.len()),
    );
    sources_section(ui, ds, &v.sources);
    actions
}
