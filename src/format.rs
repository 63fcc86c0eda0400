//! How dates, figures and counts are written, in one place for the timeline,
//! the charts, the panels and the command line.

use crate::model::{Precision, When};

/// An epoch day as "11 Jun 2008" (the status line, cluster tooltips).
pub(crate) fn day_label(t: f64) -> String {
    use crate::i18n::{UiLang, ui_language};
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const RU: [&str; 12] = [
        "янв.",
        "февр.",
        "мар.",
        "апр.",
        "мая",
        "июн.",
        "июл.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ];
    crate::model::date::date_of_epoch_day(t.floor() as i64)
        .map(|d| {
            use chrono::Datelike;
            let m = d.month0() as usize;
            match ui_language() {
                UiLang::En => d.format("%-d %b %Y").to_string(),
                UiLang::Fr => format!("{} {} {}", d.day(), FR[m], d.year()),
                UiLang::Ru => format!("{} {} {}", d.day(), RU[m], d.year()),
            }
        })
        .unwrap_or_default()
}

/// A date as known: "11 June 2008", or "June 2008 (known to the month)".
pub(crate) fn date_with_precision(when: &When) -> String {
    match when.precision() {
        Precision::Day => when.to_string(),
        p => format!("{when} (known to the {})", p.label()),
    }
}

/// "1 warning", "3 warnings", "1,000,000 events".
pub fn plural(n: usize, word: &str) -> String {
    // In the window's language when it has the word (`count-event`, …).
    let id = format!("count-{word}");
    let counted = crate::i18n::t_args(
        &id,
        &[
            ("count", fluent_bundle::FluentValue::from(n)),
            ("n", fluent_bundle::FluentValue::from(thousands(n))),
        ],
    );
    if counted != id {
        return counted;
    }
    let count = thousands(n);
    if n == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// "1,000,000": a count with thousands separators.
pub fn thousands(n: usize) -> String {
    // As the window's language writes it: 1,234 / 1 234 / 1 234.
    let sep = match crate::i18n::ui_language() {
        crate::i18n::UiLang::En => ',',
        crate::i18n::UiLang::Fr => '\u{202F}',
        crate::i18n::UiLang::Ru => '\u{00A0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "4.0", "4.2", "0.6648": at least one decimal, as the sources write them.
pub(crate) fn one_decimal(v: f64) -> String {
    let mut t = crate::model::trade::trim_number(v);
    if !t.contains('.') {
        t.push_str(".0");
    }
    t
}

/// Text as XML or HTML content or a quoted attribute: `&`, `<`, `>`, `"`
/// and `'` escaped, control characters dropped, and each line break
/// written as `line_break` (`<br>` in HTML, nothing in SVG). The one
/// escaping of markup for every writer (SVG, PDF through SVG, TimelineJS).
pub(crate) fn escape_markup(text: &str, line_break: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str(line_break),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_figures_read_as_written() {
        assert_eq!(plural(1, "warning"), "1 warning");
        assert_eq!(plural(0, "event"), "0 events");
        assert_eq!(plural(1_000_000, "event"), "1,000,000 events");
        assert_eq!(one_decimal(4.0), "4.0");
        assert_eq!(one_decimal(0.6648), "0.6648");
        assert_eq!(day_label(0.0), "1 Jan 1970");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }

    #[test]
    fn a_month_says_it_is_a_month() {
        let when = When::new(crate::model::Date::parse("2008-06").unwrap(), None, false).unwrap();
        assert_eq!(date_with_precision(&when), "June 2008 (known to the month)");
    }

    #[test]
    fn markup_is_escaped_once_for_every_writer() {
        assert_eq!(
            escape_markup("<a & 'b' \"c\">\u{7}\nd", "<br>"),
            "&lt;a &amp; &#39;b&#39; &quot;c&quot;&gt;<br>d"
        );
        assert_eq!(escape_markup("a\nb", ""), "ab");
    }
}
