//! The record in several languages: search across them, check's warnings
//! (a planted mixed-script word, a bad tag), exports in another language
//! (a Kazakh title in a PDF's text), and the window's switch (rendered in
//! French, in target/tmp/render/).

mod common;

use common::entente;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use entente::app::{EntenteApp, PersistedState};
use entente::document::{DataSource, Document, Filters};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;

/// The window's language is one for the process: the tests that switch it
/// take turns.
static UI_LANGUAGE: Mutex<()> = Mutex::new(());

fn bundled() -> entente::model::Dataset {
    entente::load::load_str(&entente::bundled_data())
        .unwrap()
        .dataset
}

/// The ids of the events a search shows.
fn found(query: &str) -> BTreeSet<String> {
    let filters = Filters {
        text: query.into(),
        ..Filters::default()
    };
    let doc = Document::new(DataSource::Bundled, bundled(), &filters);
    let mut ids = BTreeSet::new();
    for lane in &doc.index.lanes {
        for &e in &lane.events {
            ids.insert(doc.dataset.events[e as usize].id.to_string());
        }
    }
    ids
}

#[test]
fn tokayev_is_found_however_it_is_written() {
    let en = found("Tokayev");
    assert!(en.len() >= 5, "{en:?}");
    assert_eq!(found("Токаев"), en);
    assert_eq!(found("Tokaïev"), en);
    assert_eq!(found("tokaiev"), en, "accents ignored");
    // Kazakh letters are themselves: "Тоқаев" (the Kazakh titles) is not
    // "Токаев", and finds only events whose Kazakh title names him.
    let kk = found("Тоқаев");
    assert!(!kk.is_empty() && kk.is_subset(&en), "{kk:?}");
}

#[test]
fn quotes_keep_their_words_with_the_translation_beside() {
    let ds = bundled();
    let q = ds
        .events
        .iter()
        .flat_map(|e| e.quotes.iter())
        .find(|q| q.text.starts_with("Nous avons signé"))
        .unwrap();
    assert_eq!(q.lang.as_deref(), Some("fr"));
    let t = q.translation.as_ref().unwrap();
    assert_eq!(t.get("en"), Some("We have signed 24 agreements"));
    assert!(t.entries().iter().all(|e| e.translated));
}

#[test]
fn check_flags_mixed_scripts_and_bad_tags() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kz-fr.ron"))
            .unwrap();
    // A Latin "a" planted in "Казахстан".
    let planted = text.replacen("Казахстан — Франция", "Кaзахстан — Франция", 1);
    assert_ne!(planted, text);
    let path = dir.path().join("mixed.ron");
    std::fs::write(&path, &planted).unwrap();
    let (code, out) = entente(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: the word \"Кaзахстан\" mixes Latin and Cyrillic letters"),
        "{out}"
    );
    assert!(
        out.contains("mixed.ron:8:"),
        "the dataset's title is on line 8: {out}"
    );
    let bad = text.replacen(
        "languages: [\"en\", \"fr\", \"ru\", \"kk\"]",
        "languages: [\"en\", \"FR\", \"ru\", \"kk\"]",
        1,
    );
    let path = dir.path().join("tag.ron");
    std::fs::write(&path, &bad).unwrap();
    let (code, out) = entente(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: \"FR\" is not a language tag (BCP 47"),
        "{out}"
    );
}

#[test]
fn an_export_in_kazakh_has_its_titles_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kk.pdf");
    let (code, out) = entente(&[
        "export",
        "--chart",
        "timeline",
        "--lang",
        "kk",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    if code != 0 && out.contains("adapter") {
        eprintln!("skipped: no graphics adapter");
        return;
    }
    assert_eq!(code, 0, "{out}");
    let Ok(text) = Command::new("pdftotext").arg(&pdf).arg("-").output() else {
        assert!(std::env::var("CI").is_err(), "CI installs poppler-utils");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Қазақстан — Франция",
        "Қасым-Жомарт Тоқаев",
        "Нұрсұлтан Назарбаев",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    let (code, out) = entente(&[
        "export",
        "--chart",
        "timeline",
        "--lang",
        "de",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("--lang de: the dataset's languages are en, fr, ru, kk"),
        "{out}"
    );
}

#[test]
fn the_window_switches_the_record_to_french() {
    let _turn = UI_LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&out).unwrap();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .wgpu()
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    h.get_by_label("Record in English").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(3);
    assert_eq!(h.state().settings().display_language.as_deref(), Some("fr"));
    h.get_by_label_contains("Traité de partenariat stratégique");
    // The lanes take the kinds' French names.
    let lanes: Vec<String> = h
        .state()
        .document()
        .unwrap()
        .index
        .lanes
        .iter()
        .map(|l| l.head.label.clone())
        .collect();
    assert!(lanes.contains(&"Traités".to_string()), "{lanes:?}");
    // The window's own words in French too, from the File menu.
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Window language").hover();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(3);
    assert_eq!(entente::i18n::ui_language(), entente::i18n::UiLang::Fr);
    h.get_by_label("Fichier");
    h.get_by_label("Tout afficher");
    if let Ok(image) = h.render() {
        image.save(out.join("window-fr.png")).unwrap();
    }
    entente::i18n::set_ui_language(entente::i18n::UiLang::En);
    h.run_steps(2);
    // Back to English: the same labels as written.
    h.get_by_label("Record in Français").click();
    h.run_steps(2);
    h.get_by_label("English").click();
    h.run_steps(3);
    h.get_by_label_contains("Treaty of Strategic Partnership");
    entente::model::lang::set_display(None);
}

#[test]
fn numbers_dates_and_amounts_follow_the_window_language() {
    use entente::i18n::{UiLang, set_ui_language};
    use entente::model::Date;
    use entente::model::date::When;
    let _turn = UI_LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let day = Date::parse("2008-06-11").unwrap();
    let month = Date::parse("2008-06").unwrap();
    let range = When::new(
        Date::parse("2022-11-29").unwrap(),
        Some(Date::parse("2022-11-30").unwrap()),
        false,
    )
    .unwrap();
    let ds = bundled();
    let series = &ds.trade[0];
    let written = |lang| {
        set_ui_language(lang);
        (
            day.to_string(),
            month.to_string(),
            range.to_string(),
            entente::format::number(1234.5),
            entente::format::money(series, 4.2),
            entente::format::thousands(1_234_567),
        )
    };
    // The built-in kinds (a dataset that names none) in the window's words.
    let kinds = entente::model::KindTable::built_in();
    set_ui_language(UiLang::Fr);
    assert_eq!(kinds.kinds[0].shown_label(), "Traités");
    assert_eq!(kinds.kinds[1].shown_singular(), "Visite d’État");
    set_ui_language(UiLang::Ru);
    assert_eq!(kinds.kinds[5].shown_label(), "Соглашения");
    let fr = written(UiLang::Fr);
    let ru = written(UiLang::Ru);
    let en = written(UiLang::En);
    assert_eq!(kinds.kinds[0].shown_label(), "Treaties");
    assert_eq!(fr.0, "11 juin 2008");
    assert_eq!(fr.1, "juin 2008");
    assert_eq!(fr.2, "29–30 novembre 2022");
    set_ui_language(UiLang::Fr);
    assert_eq!(
        Date::parse("2019-10-01").unwrap().to_string(),
        "1er octobre 2019"
    );
    assert_eq!(fr.3, "1\u{202F}234,5");
    assert!(fr.4.starts_with("4,2\u{A0}Md\u{A0}"), "{}", fr.4);
    assert_eq!(fr.5, "1\u{202F}234\u{202F}567");
    assert_eq!(ru.0, "11 июня 2008");
    assert_eq!(ru.1, "июнь 2008");
    assert_eq!(ru.2, "29–30 ноября 2022");
    assert_eq!(ru.3, "1\u{A0}234,5");
    assert!(ru.4.starts_with("4,2\u{A0}млрд\u{A0}"), "{}", ru.4);
    assert_eq!(en.0, "11 June 2008");
    assert_eq!(en.2, "29–30 November 2022");
    assert_eq!(en.3, "1234.5");
    assert_eq!(en.4, series.money(4.2));
}

#[test]
fn a_text_shown_in_the_default_language_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kz-fr.ron"))
            .unwrap();
    // The treaty's title without its Kazakh.
    let planted = text.replacen(
        ", \"kk\": (text: \"Стратегиялық әріптестік туралы шарт\", translated: true)}",
        "}",
        1,
    );
    assert_ne!(planted, text);
    let data = dir.path().join("no-kk.ron");
    std::fs::write(&data, &planted).unwrap();
    let out = dir.path().join("kk.json");
    let (code, printed) = entente(&[
        "export",
        "--chart",
        "timeline",
        "--format",
        "timelinejs",
        "--lang",
        "kk",
        "--data",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{printed}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let headlines: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"]["headline"].as_str())
        .collect();
    assert!(
        headlines.contains(&"Treaty of Strategic Partnership [en]"),
        "{headlines:?}"
    );
    // The summary, which the record has in en, fr and ru only, too.
    let treaty = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"]["headline"] == "Treaty of Strategic Partnership [en]")
        .unwrap();
    assert!(
        treaty["text"]["text"]
            .as_str()
            .unwrap()
            .contains("during Nursultan Nazarbayev&#39;s visit. [en]</p>"),
        "{treaty}"
    );
    // The texts the record has in Kazakh carry no mark.
    assert!(
        headlines
            .iter()
            .any(|h| h.contains("Қ") && !h.ends_with(']')),
        "{headlines:?}"
    );
    assert_eq!(
        json["title"]["text"]["headline"].as_str(),
        Some("Қазақстан — Франция")
    );
}

#[test]
fn check_speaks_the_system_language_and_keeps_its_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(
        &path,
        "(title: \"x\", events: [(id: \"a\", title: \"A\", date: \"2008-13-01\", kind: treaty)])",
    )
    .unwrap();
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_entente"))
            .args(["check", path.to_str().unwrap()])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let p = path.display();
    let fr = run("fr_FR.UTF-8");
    assert!(
        fr.contains(&format!(
            "{p}:1:51: error: date non valide : le mois 13 n’existe pas dans \"2008-13-01\""
        )),
        "{fr}"
    );
    assert!(
        fr.contains(&format!(
            "{p}:1:23: error: l’événement \"a\" n’a pas de source"
        )),
        "{fr}"
    );
    assert!(fr.contains(&format!("{p}: 2 erreurs")), "{fr}");
    let ru = run("ru_RU.UTF-8");
    assert!(
        ru.contains(&format!(
            "{p}:1:51: error: недопустимая дата: месяца 13 нет в \"2008-13-01\""
        )),
        "{ru}"
    );
    assert!(ru.contains(&format!("{p}: 2 ошибки")), "{ru}");
    let en = run("C.UTF-8");
    assert!(
        en.contains(&format!(
            "{p}:1:51: error: invalid date: month 13 does not exist in \"2008-13-01\""
        )),
        "{en}"
    );
}

#[test]
fn the_window_in_russian_in_both_themes() {
    let _turn = UI_LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&out).unwrap();
    for dark in [false, true] {
        let state = PersistedState {
            dark_mode: dark,
            display_language: Some("ru".into()),
            ui_language: Some(entente::i18n::UiLang::Ru),
            ..PersistedState::default()
        };
        let mut h = common::themed(DataSource::Bundled, state, [1400.0, 900.0]);
        h.run_steps(3);
        // The window's words and the record, in Russian.
        h.get_by_label("Файл");
        h.get_by_label("Показать всё");
        h.get_by_label_contains("Договор о стратегическом партнерстве")
            .click();
        h.run_steps(3);
        // The detail panel: the date the Russian way, the editors' mark.
        h.get_by_label("11 июня 2008");
        h.get_by_label_contains("Перевод редакторов набора данных");
        if let Ok(image) = h.render() {
            let theme = if dark { "dark" } else { "light" };
            image
                .save(out.join(format!("window-ru-{theme}.png")))
                .unwrap();
        }
    }
    // The record in Kazakh (titles; the rest falls back, marked).
    let state = PersistedState {
        display_language: Some("kk".into()),
        ui_language: Some(entente::i18n::UiLang::En),
        ..PersistedState::default()
    };
    let mut h = common::themed(DataSource::Bundled, state, [1400.0, 900.0]);
    h.run_steps(3);
    h.get_by_label_contains("Стратегиялық әріптестік туралы шарт");
    if let Ok(image) = h.render() {
        image.save(out.join("window-kk.png")).unwrap();
    }
    entente::i18n::set_ui_language(entente::i18n::UiLang::En);
    entente::model::lang::set_display(None);
}
