//! The figures of the mirror and product charts as CSV rows: each figure
//! with its unit, reporter and sources, as the other charts' rows are.

use crate::charts::{mirror, products};
use crate::model::trade::trim_number;
use crate::model::{Dataset, Flow};
use crate::timeline::TimeView;

type Table = (Vec<&'static str>, Vec<Vec<String>>);

/// Each year both report, each direction: the exporter's figure, the
/// importer's, the gap.
pub(crate) fn mirror_rows(
    ds: &Dataset,
    (a, b): (usize, usize),
    view: &TimeView,
    cited: &dyn Fn(&[String]) -> String,
) -> Table {
    let header = vec![
        "period",
        "from",
        "to",
        "exports as the exporter reports (FOB)",
        "imports as the importer reports (CIF)",
        "gap %",
        "estimated",
        "unit",
        "currency",
        "sources",
    ];
    let (Some(sa), Some(sb)) = (ds.trade.get(a), ds.trade.get(b)) else {
        return (header, Vec::new());
    };
    let num = |v: Option<f64>| v.map(trim_number).unwrap_or_default();
    let mut rows = Vec::new();
    for y in mirror::years(sa, sb) {
        let (oa, ob) = (&sa.observations[y.a], &sb.observations[y.b]);
        let (t0, t1) = oa.parsed_period.span_days();
        if !view.overlaps(t0, t1) {
            continue;
        }
        let ids: Vec<String> = oa.sources.iter().chain(&ob.sources).cloned().collect();
        for d in mirror::directions(sa, sb, y) {
            let gap = d
                .exported
                .zip(d.imported)
                .and_then(|(e, i)| mirror::gap(e, i));
            rows.push(vec![
                oa.period.clone(),
                d.from.clone(),
                d.to.clone(),
                num(d.exported),
                num(d.imported),
                gap.map(|g| format!("{g:.1}")).unwrap_or_default(),
                (oa.estimated || ob.estimated).to_string(),
                sa.unit(),
                sa.currency.clone(),
                cited(&ids),
            ]);
        }
    }
    (header, rows)
}

/// Each year's products of a flow, largest first, with their shares.
pub(crate) fn product_rows(
    ds: &Dataset,
    (s, flow): (usize, Flow),
    view: &TimeView,
    cited: &dyn Fn(&[String]) -> String,
) -> Table {
    let header = vec![
        "period",
        "flow",
        "code",
        "product",
        "value",
        "share %",
        "estimated",
        "unit",
        "currency",
        "reporter",
        "sources",
    ];
    let Some(series) = ds.trade.get(s) else {
        return (header, Vec::new());
    };
    let mut rows = Vec::new();
    for o in products::years(series, flow) {
        let ob = &series.observations[o];
        let (t0, t1) = ob.parsed_period.span_days();
        if !view.overlaps(t0, t1) {
            continue;
        }
        let list = products::of_period(series, flow, &ob.parsed_period);
        let total: f64 = list.iter().map(|p| p.value).sum();
        for p in list {
            rows.push(vec![
                p.period.clone(),
                flow.label().to_string(),
                p.code.clone(),
                products::product_name(series, p),
                trim_number(p.value),
                format!("{:.1}", p.value / total * 100.0),
                p.estimated.to_string(),
                series.unit(),
                series.currency.clone(),
                format!("{} ({})", series.reporter, series.reporter_label),
                cited(&ob.sources),
            ]);
        }
    }
    (header, rows)
}
