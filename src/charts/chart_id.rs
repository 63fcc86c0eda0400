//! Every exportable view, in display order: its name on the command line,
//! its title, the observations it draws, its sources, and the one dispatch
//! from a view to the function that draws it.

use super::{ChartAction, ChartContext, annual, comparison, growth, indicator, mirror, products};
use crate::model::{Dataset, Flow};
use crate::timeline::TimeView;
use egui::Ui;

/// Every exportable view: the timeline and each chart of each series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ChartId {
    Timeline,
    Annual(usize),
    Comparison(usize),
    Growth(usize),
    /// An indicator with more than one reported value, by index.
    Indicator(usize),
    /// The first party's series next to the second's, for the years both
    /// report.
    Mirror(usize, usize),
    /// A series' figures by product, for one flow.
    Products(usize, Flow),
}

impl ChartId {
    /// The charts that have something to show in `ds`, in display order:
    /// the timeline, then every series' annual chart, comparison, growth.
    pub fn all(ds: &Dataset) -> Vec<ChartId> {
        let n = ds.trade.len();
        let kinds: [fn(usize) -> ChartId; 3] =
            [ChartId::Annual, ChartId::Comparison, ChartId::Growth];
        std::iter::once(ChartId::Timeline)
            .chain(kinds.into_iter().flat_map(|kind| (0..n).map(kind)))
            .filter(|c| *c == ChartId::Timeline || !c.observations(ds).is_empty())
            .chain(mirror::pair(ds).map(|(a, b)| ChartId::Mirror(a, b)))
            .chain(
                (0..n)
                    .flat_map(|s| Flow::BOTH.map(|f| ChartId::Products(s, f)))
                    .filter(|c| !c.observations(ds).is_empty()),
            )
            .chain(
                (0..ds.indicators.len())
                    .filter(|&n| indicator::charted(&ds.indicators[n]))
                    .map(ChartId::Indicator),
            )
            .collect()
    }

    /// The observations a trade chart draws, in its order (none for the
    /// timeline).
    pub fn observations(&self, ds: &Dataset) -> Vec<usize> {
        match *self {
            Self::Timeline | Self::Indicator(_) => Vec::new(),
            Self::Annual(s) => ds
                .trade
                .get(s)
                .map_or_else(Vec::new, |t| annual::annual_observations(t).collect()),
            Self::Comparison(s) => ds.trade.get(s).map_or_else(Vec::new, |t| {
                comparison::pairs(t)
                    .into_iter()
                    .flat_map(|(a, b)| [a, b])
                    .collect()
            }),
            Self::Growth(s) => ds.trade.get(s).map_or_else(Vec::new, growth::rows),
            Self::Mirror(a, b) => match (ds.trade.get(a), ds.trade.get(b)) {
                (Some(sa), Some(sb)) => mirror::years(sa, sb).into_iter().map(|y| y.a).collect(),
                _ => Vec::new(),
            },
            Self::Products(s, flow) => ds
                .trade
                .get(s)
                .map_or_else(Vec::new, |t| products::years(t, flow)),
        }
    }

    /// Draws a trade chart; the timeline is drawn by its own widget.
    pub fn draw(
        &self,
        ui: &mut Ui,
        view: &mut TimeView,
        ctx: &ChartContext<'_>,
    ) -> Vec<ChartAction> {
        match *self {
            Self::Timeline => Vec::new(),
            Self::Annual(s) => annual::annual_chart(ui, s, view, ctx),
            Self::Comparison(s) => comparison::comparison_chart(ui, s, view, ctx),
            Self::Growth(s) => growth::growth_chart(ui, s, view, ctx),
            Self::Indicator(n) => indicator::indicator_chart(ui, n, view, ctx),
            Self::Mirror(a, b) => mirror::mirror_chart(ui, (a, b), view, ctx),
            Self::Products(s, flow) => products::products_chart(ui, (s, flow), view, ctx),
        }
    }

    /// The name used on the command line: `timeline`, `annual-kz-stat-usd`.
    pub fn name(&self, ds: &Dataset) -> String {
        let id = |s: usize| ds.trade.get(s).map_or("?", |t| t.id.as_str()).to_string();
        match *self {
            Self::Timeline => "timeline".into(),
            Self::Annual(s) => format!("annual-{}", id(s)),
            Self::Comparison(s) => format!("comparison-{}", id(s)),
            Self::Growth(s) => format!("growth-{}", id(s)),
            Self::Mirror(a, b) => format!("mirror-{}-{}", id(a), id(b)),
            Self::Products(s, flow) => format!("products-{}-{}", id(s), flow.label()),
            Self::Indicator(n) => format!(
                "indicator-{}",
                ds.indicators.get(n).map_or("?", |i| i.id.as_str())
            ),
        }
    }

    pub fn parse(name: &str, ds: &Dataset) -> Option<ChartId> {
        Self::all(ds).into_iter().find(|c| c.name(ds) == name)
    }

    /// The title shown above the chart.
    pub fn title(&self, ds: &Dataset) -> String {
        match *self {
            Self::Timeline => crate::tr!(
                "chart-timeline-title",
                dataset = ds.title.marked().into_owned()
            ),
            Self::Annual(s) => ds.trade.get(s).map(annual::title).unwrap_or_default(),
            Self::Comparison(s) => ds.trade.get(s).map(comparison::title).unwrap_or_default(),
            Self::Growth(s) => ds.trade.get(s).map(growth::title).unwrap_or_default(),
            Self::Mirror(a, b) => mirror::title(ds, a, b),
            Self::Products(s, flow) => ds
                .trade
                .get(s)
                .map(|t| products::title(t, flow))
                .unwrap_or_default(),
            Self::Indicator(n) => ds
                .indicators
                .get(n)
                .map(indicator::title)
                .unwrap_or_default(),
        }
    }

    /// The sources of what the chart shows in `view` (its events, or its
    /// figures), each once, in order of first citation.
    pub(crate) fn cited<'d>(
        &self,
        ds: &'d Dataset,
        view: &TimeView,
    ) -> Vec<&'d crate::model::Source> {
        let mut ids: Vec<&str> = Vec::new();
        match *self {
            Self::Timeline => {
                for e in &ds.events {
                    let (a, b) = e.when.span_days();
                    if view.overlaps(a, b) {
                        ids.extend(e.sources.iter().map(|s| s.as_str()));
                    }
                }
            }
            Self::Indicator(n) => {
                if let Some(ind) = ds.indicators.get(n) {
                    for v in ind.values() {
                        if v.day().is_some_and(|t| view.overlaps(t - 1.0, t)) {
                            ids.extend(
                                v.sources
                                    .iter()
                                    .filter_map(|s| ds.source(s))
                                    .map(|x| x.id.as_str()),
                            );
                        }
                    }
                }
            }
            Self::Annual(s) | Self::Comparison(s) | Self::Growth(s) | Self::Products(s, _) => {
                series_sources(ds, s, view, &mut ids);
            }
            Self::Mirror(a, b) => {
                series_sources(ds, a, view, &mut ids);
                series_sources(ds, b, view, &mut ids);
            }
        }
        let mut seen = std::collections::HashSet::new();
        ids.into_iter()
            .filter(|id| seen.insert(*id))
            .filter_map(|id| ds.source(id))
            .collect()
    }

    /// Sources of what the chart shows, as "Publisher, date <url>".
    pub fn sources(&self, ds: &Dataset, view: &TimeView) -> Vec<String> {
        self.cited(ds, view)
            .into_iter()
            .map(|s| match &s.url {
                Some(url) => format!("{} <{url}>", s.short()),
                None => s.short(),
            })
            .collect()
    }

    /// The publishers of what the chart shows, each once.
    pub fn publishers(&self, ds: &Dataset, view: &TimeView) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        self.cited(ds, view)
            .into_iter()
            .map(|s| s.publisher.clone())
            .filter(|p| seen.insert(p.clone()))
            .collect()
    }
}

/// The sources of series `s`'s figures in `view`.
fn series_sources<'d>(ds: &'d Dataset, s: usize, view: &TimeView, ids: &mut Vec<&'d str>) {
    if let Some(series) = ds.trade.get(s) {
        for o in &series.observations {
            let (a, b) = o.parsed_period.span_days();
            if view.overlaps(a, b) {
                ids.extend(o.sources.iter().map(String::as_str));
            }
        }
    }
}
