//! Layers shown beside a dataset: their events appended after the curated
//! ones (so the curated indices stay as they are), one kind per layer and
//! CAMEO root class after the dataset's kinds (so their lanes come under
//! the curated lanes, in the layer's own colours, and the kind filter
//! filters root classes), their eras after the dataset's. The dataset as
//! read is kept apart: a layer is never written into it.

use crate::layer::Layer;
use crate::model::{Dataset, Event, Kind, KindColor, Sym, Text};
use std::ops::Range;
use std::sync::Arc;

/// A layer as merged into a document.
#[derive(Clone, Debug)]
pub struct LayerPart {
    pub layer: Arc<Layer>,
    /// Its events in the merged dataset.
    pub events: Range<usize>,
    /// Its kinds in the merged kind table.
    pub kinds: Range<usize>,
}

/// The colour of a QuadClass: cooperation in blue-green and green,
/// conflict in orange and red.
fn color(quad: u8) -> KindColor {
    match quad {
        1 => KindColor::Rgb(40, 150, 160),
        2 => KindColor::Rgb(50, 150, 70),
        3 => KindColor::Rgb(215, 135, 35),
        4 => KindColor::Rgb(200, 55, 60),
        _ => KindColor::Rgb(120, 120, 120),
    }
}

/// The curated dataset with `layers` merged in, and where each went.
/// "GDELT", "ICEWS": a lane's prefix.
fn short(layer: &Layer) -> &'static str {
    match layer.format {
        crate::layer::LayerFormat::Gdelt2 | crate::layer::LayerFormat::Gdelt1 => "GDELT",
        crate::layer::LayerFormat::Icews => "ICEWS",
        crate::layer::LayerFormat::Cow => "COW",
        crate::layer::LayerFormat::Wikidata => "Wikidata",
    }
}

/// The curated dataset with `layers` merged in, where each went, and each
/// layer event's mentions and CAMEO root class (for the filters).
pub(crate) fn merge(
    curated: &Dataset,
    layers: &[Arc<Layer>],
) -> (Dataset, Vec<LayerPart>, Vec<(u32, u8)>) {
    let mut ds = curated.clone();
    let mut parts = Vec::new();
    let mut mentions = Vec::new();
    for (n, layer) in layers.iter().enumerate() {
        let first_kind = ds.kind_table.kinds.len();
        let mut quads: Vec<u8> = layer.events.iter().map(|e| e.quad).collect();
        quads.sort_unstable();
        quads.dedup();
        let describe = layer.describe();
        for &q in &quads {
            let class = [
                "layer-lane-verbal-coop",
                "layer-lane-material-coop",
                "layer-lane-verbal-conflict",
                "layer-lane-material-conflict",
            ]
            .get(q.wrapping_sub(1) as usize)
            .map_or_else(|| crate::tr!("layer-not-classed"), |id| crate::tr!(id));
            ds.kind_table.kinds.push(Kind {
                id: Sym::from(format!("layer{n}_q{q}").as_str()),
                label: format!("{class} · {}", short(layer)).into(),
                singular: crate::tr!("layer-event-singular", layer = layer.format.label()),
                color: color(q),
                description: Some(describe.clone()),
            });
        }
        let first = ds.events.len();
        ds.events.reserve(layer.events.len());
        for e in &layer.events {
            let kind_no = first_kind + quads.binary_search(&e.quad).unwrap_or(0);
            ds.events
                .push(event(n, layer.format.label(), e, kind_no as u16));
            mentions.push((e.mentions, e.root().parse::<u8>().unwrap_or(0)));
        }
        ds.eras.extend(layer.eras.iter().cloned());
        parts.push(LayerPart {
            layer: layer.clone(),
            events: first..ds.events.len(),
            kinds: first_kind..ds.kind_table.kinds.len(),
        });
    }
    (ds, parts, mentions)
}

/// A layer event as a timeline event: its date, title and place; the rest
/// is read from the layer when it is shown.
fn event(n: usize, layer_label: &str, e: &crate::layer::LayerEvent, kind_no: u16) -> Event {
    let mut ev = Event {
        id: Text::from(format!("layer{n}-{}", e.id).as_str()),
        date: Text::from(e.date.as_str()),
        end: None,
        approximate: false,
        kind: crate::model::KindId::from(format!("layer{n}_q{}", e.quad).as_str()),
        title: e.title().into(),
        place: (!e.place.is_empty()).then(|| Sym::from(e.place.as_str())),
        participants: Default::default(),
        summary: crate::model::LText::from(
            format!(
                "{} event {}{}",
                layer_label,
                e.id,
                if e.url.is_empty() {
                    String::new()
                } else {
                    format!(" <{}>", e.url)
                }
            )
            .as_str(),
        ),
        quotes: Default::default(),
        tags: Default::default(),
        group: None,
        sources: Default::default(),
        related: Default::default(),
        note: None,
        media: None,
        when: Default::default(),
        kind_no,
    };
    crate::load::validate::fill_when(&mut ev);
    ev
}
