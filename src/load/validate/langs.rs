//! Texts in several languages: the dataset's language tags well formed,
//! every map's tags among them and holding the default, an event's title in
//! each of the dataset's languages (a warning where one is missing), and no
//! word that mixes Latin and Cyrillic letters (look-alikes that break search
//! and sorting). Each map is settled on the default language.

use super::{Problem, error, warning};
use crate::load::locate::Seg;
use crate::model::lang::{self, mixed_script_word, valid_tag};
use crate::model::{Dataset, LText};

/// How many events missing a language are listed; the rest are counted.
const LISTED: usize = 20;

pub(super) fn check(problems: &mut Vec<Problem>, ds: &mut Dataset) {
    for (i, tag) in ds.languages.iter().enumerate() {
        if !valid_tag(tag) {
            problems.push(error(
                vec![Seg::Field("languages"), Seg::Index(i)],
                crate::tr!("check-not-a-tag", tag = tag.to_string()),
            ));
        }
    }
    let default = ds.default_language().map(lang::lang_id);
    let known: Vec<u8> = ds.languages.iter().map(|t| lang::lang_id(t)).collect();
    let mut ctx = Ctx {
        problems,
        default,
        known: &known,
        missing: 0,
    };
    ctx.text(&mut ds.title, vec![Seg::Field("title")], false);
    ctx.text(&mut ds.description, vec![Seg::Field("description")], false);
    for (i, e) in ds.events.iter_mut().enumerate() {
        let at = |f| vec![Seg::Field("events"), Seg::Index(i), Seg::Field(f)];
        ctx.text(&mut e.title, at("title"), true);
        ctx.text(&mut e.summary, at("summary"), false);
    }
    for (i, s) in ds.sources.iter_mut().enumerate() {
        if let Some(t) = &mut s.title {
            ctx.text(
                t,
                vec![Seg::Field("sources"), Seg::Index(i), Seg::Field("title")],
                false,
            );
        }
    }
    for (i, e) in ds.events.iter_mut().enumerate() {
        if let Some(n) = &mut e.note {
            ctx.text(
                n,
                vec![Seg::Field("events"), Seg::Index(i), Seg::Field("note")],
                false,
            );
        }
        for (j, q) in e.quotes.iter_mut().enumerate() {
            let at = vec![
                Seg::Field("events"),
                Seg::Index(i),
                Seg::Field("quotes"),
                Seg::Index(j),
            ];
            if let Some(l) = q.lang.as_deref().filter(|l| !valid_tag(l)) {
                let mut path = at.clone();
                path.push(Seg::Field("lang"));
                ctx.problems.push(error(
                    path,
                    crate::tr!("check-not-a-tag", tag = l.to_string()),
                ));
            }
            if let Some(t) = &mut q.translation {
                let mut path = at;
                path.push(Seg::Field("translation"));
                ctx.text(t, path, false);
            }
        }
    }
    for (i, e) in ds.eras.iter_mut().enumerate() {
        ctx.text(
            &mut e.name,
            vec![Seg::Field("eras"), Seg::Index(i), Seg::Field("name")],
            false,
        );
    }
    for (i, s) in ds.trade.iter_mut().enumerate() {
        ctx.text(
            &mut s.reporter_label,
            vec![
                Seg::Field("trade"),
                Seg::Index(i),
                Seg::Field("reporter_label"),
            ],
            false,
        );
    }
    for (i, s) in ds.indicators.iter_mut().enumerate() {
        ctx.text(
            &mut s.label,
            vec![Seg::Field("indicators"), Seg::Index(i), Seg::Field("label")],
            false,
        );
    }
    if ctx.missing > LISTED {
        let n = ctx.missing - LISTED;
        ctx.problems.push(warning(
            vec![Seg::Field("events")],
            crate::tr!("check-more-titles-lack", n = n),
        ));
    }
}

struct Ctx<'a> {
    problems: &'a mut Vec<Problem>,
    default: Option<u8>,
    known: &'a [u8],
    missing: usize,
}

impl Ctx<'_> {
    /// One text: its tags, its default, its languages, its words.
    fn text(&mut self, t: &mut LText, path: Vec<Seg>, every_language: bool) {
        for word in t.all().filter_map(mixed_script_word).take(1) {
            self.problems.push(warning(
                path.clone(),
                crate::tr!("check-mixed-scripts", word = word.to_string()),
            ));
        }
        if every_language {
            // A plain text is in the default language.
            let has = |k: u8| {
                t.entries().iter().any(|e| e.lang == k)
                    || (t.entries().is_empty() && Some(k) == self.default)
            };
            let lacking: Vec<String> = self
                .known
                .iter()
                .filter(|k| !has(**k))
                .map(|k| lang::tag_of(*k))
                .collect();
            if !lacking.is_empty() {
                self.missing += 1;
                if self.missing <= LISTED {
                    self.problems.push(warning(
                        path.clone(),
                        crate::tr!("check-title-lacks", languages = lacking.join(", ")),
                    ));
                }
            }
        }
        if t.entries().is_empty() {
            return;
        }
        for tr in t.entries() {
            let tag = lang::tag_of(tr.lang);
            if !valid_tag(&tag) {
                self.problems.push(error(
                    path.clone(),
                    crate::tr!("check-not-a-tag", tag = tag.to_string()),
                ));
            } else if !self.known.is_empty() && !self.known.contains(&tr.lang) {
                self.problems.push(warning(
                    path.clone(),
                    crate::tr!("check-tag-not-listed", tag = tag.to_string()),
                ));
            }
        }
        if let Some(d) = self.default
            && !t.settle(d)
        {
            let tag = lang::tag_of(d);
            self.problems.push(error(
                path.clone(),
                crate::tr!("check-no-default-text", tag = tag.to_string()),
            ));
        }
    }
}
