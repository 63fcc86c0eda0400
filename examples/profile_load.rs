//! Times the stages of loading a generated file (a diagnostic aid for the
//! `load` benchmark): cargo run --release --example profile_load [N]
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let text = entente::generate::to_ron(&entente::generate::generate(n, 42)).unwrap();
    for _ in 0..2 {
        let t = Instant::now();
        let mut ds: entente::model::Dataset = entente::load::ron_options().from_str(&text).unwrap();
        let parse = t.elapsed();
        parts(&ds);
        let t = Instant::now();
        let problems = entente::load::validate::validate(&mut ds);
        let validate = t.elapsed();
        let t = Instant::now();
        let idx = entente::load::LineIndex::new(&text);
        let line_index = t.elapsed();
        let t = Instant::now();
        let doc = entente::document::Document::new(
            entente::document::DataSource::Bundled,
            ds,
            &Default::default(),
        );
        let index = t.elapsed();
        let t = Instant::now();
        drop(doc);
        let drop_time = t.elapsed();
        println!(
            "parse {parse:?} validate {validate:?} ({} problems) line index {line_index:?} ({} lines) index {index:?} drop {drop_time:?}",
            problems.len(),
            idx.line_count()
        );
    }
}

#[allow(dead_code)]
fn parts(ds: &entente::model::Dataset) {
    use entente::model::{Date, When};
    let t = Instant::now();
    let mut n = 0;
    for e in &ds.events {
        let a = Date::parse(&e.date).unwrap();
        let b = e.end.as_ref().map(|x| Date::parse(x).unwrap());
        n += When::new(a, b, false).unwrap().sort_key() as i64;
    }
    println!("dates {:?} ({n})", t.elapsed());
    let t = Instant::now();
    let mut m: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (i, e) in ds.events.iter().enumerate() {
        m.insert(&e.id, i);
    }
    let mut k = 0;
    for e in &ds.events {
        for r in &e.related {
            k += usize::from(m.contains_key(r.as_str()));
        }
    }
    println!("ids {:?} ({k})", t.elapsed());
}
