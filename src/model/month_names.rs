//! Months as the window's language writes them: English, French, and
//! Russian alone ("июнь") or after a day ("11 июня").

use super::date::{Date, MONTH_NAMES};
use crate::i18n::{UiLang, ui_language};

impl Date {
    /// The day of the month as the window's language writes it: "1er" in
    /// French ("1er octobre 2019"), else the number.
    pub(crate) fn day_in_language(&self) -> String {
        match (ui_language(), self.day) {
            (UiLang::Fr, 1) => "1er".to_string(),
            (_, d) => d.to_string(),
        }
    }

    /// The month's name in the window's language: alone ("juin", "июнь")
    /// or after a day ("11 июня").
    pub(crate) fn month_in_language(&self, after_day: bool) -> &'static str {
        let m = usize::from(self.month.clamp(1, 12)) - 1;
        match (ui_language(), after_day) {
            (UiLang::En, _) => MONTH_NAMES[m],
            (UiLang::Fr, _) => FR_MONTHS[m],
            (UiLang::Ru, false) => RU_MONTHS[m],
            (UiLang::Ru, true) => RU_MONTHS_AFTER_DAY[m],
        }
    }
}

/// Months in French.
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// Months in Russian, as named alone ("июнь 2008") and after a day ("11 июня").
const RU_MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const RU_MONTHS_AFTER_DAY: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Whether `word` is a month's name in French or Russian (lower-case there,
/// so not told from other words by its case).
pub(crate) fn is_month_name(word: &str) -> bool {
    FR_MONTHS
        .iter()
        .chain(&RU_MONTHS)
        .chain(&RU_MONTHS_AFTER_DAY)
        .any(|m| *m == word)
}
