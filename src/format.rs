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
        Precision::Month => crate::tr!("date-known-month", date = when.to_string()),
        Precision::Year => crate::tr!("date-known-year", date = when.to_string()),
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
    let sep = thousands_separator().unwrap_or(',');
    let mut out = String::new();
    push_grouped(&mut out, &n.to_string(), sep);
    out
}

/// The window's language's thousands separator where it groups the
/// figures it shows (French a narrow no-break space, Russian a no-break
/// space); `None` for English, which keeps figures as the sources write them.
fn thousands_separator() -> Option<char> {
    match crate::i18n::ui_language() {
        crate::i18n::UiLang::En => None,
        crate::i18n::UiLang::Fr => Some('\u{202F}'),
        crate::i18n::UiLang::Ru => Some('\u{00A0}'),
    }
}

/// `digits` onto `out` with `sep` between groups of three.
fn push_grouped(out: &mut String, digits: &str, sep: char) {
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
}

/// "4.0", "4.2", "0.6648": at least one decimal, as the sources write them
/// (and as the window's language writes numbers: "4,2" in French).
pub fn one_decimal(v: f64) -> String {
    let mut t = crate::model::trade::trim_number(v);
    if !t.contains('.') {
        t.push_str(".0");
    }
    localized(&t)
}

/// A figure as written in the source ("4.2", "1234.5"), as the window's
/// language writes it: "1234.5" in English, "1 234,5" in French and
/// Russian (a narrow or plain no-break space between thousands).
pub fn number(v: f64) -> String {
    localized(&crate::model::trade::trim_number(v))
}

/// A number written with `.` and no separators, in the window's language.
fn localized(t: &str) -> String {
    let Some(sep) = thousands_separator() else {
        return t.to_string();
    };
    let (sign, rest) = t.strip_prefix('-').map_or(("", t), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    push_grouped(&mut out, int, sep);
    if let Some(f) = frac {
        out.push(',');
        out.push_str(f);
    }
    out
}

/// An amount of a trade series with its currency and scale, in the
/// window's language: "$4.2 bn", "4,2 Md $", "4,2 млрд $".
pub fn money(series: &crate::model::trade::TradeSeries, value: f64) -> String {
    if crate::i18n::ui_language() == crate::i18n::UiLang::En {
        return series.money(value);
    }
    let symbol = series.currency_symbol().unwrap_or(series.currency.as_str());
    let scale = match series.scale {
        crate::model::trade::Scale::Units => String::new(),
        crate::model::trade::Scale::Thousands => crate::tr!("scale-thousands"),
        crate::model::trade::Scale::Millions => crate::tr!("scale-millions"),
        crate::model::trade::Scale::Billions => crate::tr!("scale-billions"),
    };
    let number = one_decimal(value);
    if scale.is_empty() {
        format!("{number}\u{00A0}{symbol}")
    } else {
        format!("{number}\u{00A0}{scale}\u{00A0}{symbol}")
    }
}

/// A series' unit in the window's language: "USD billion", "Md USD".
pub(crate) fn unit(series: &crate::model::trade::TradeSeries) -> String {
    use crate::model::trade::Scale;
    let id = match series.scale {
        Scale::Units => return series.currency.clone(),
        Scale::Thousands => "unit-thousands",
        Scale::Millions => "unit-millions",
        Scale::Billions => "unit-billions",
    };
    crate::tr!(id, currency = series.currency.clone())
}

/// "Kazakh statistics, current USD", in the window's language.
pub(crate) fn caption(series: &crate::model::trade::TradeSeries) -> String {
    crate::tr!(
        "series-caption",
        reporter = series.reporter_label.marked().into_owned(),
        currency = series.currency.clone()
    )
}

/// "5th among foreign investors in Kazakhstan", "5e parmi …", "5-е место …".
pub(crate) fn rank(ind: &crate::model::Indicator, rank: Option<u32>) -> Option<String> {
    use crate::i18n::{UiLang, ui_language};
    let n = rank?;
    if ui_language() == UiLang::En {
        return ind.rank_text(rank);
    }
    let ordinal = match (ui_language(), n) {
        (UiLang::Fr, 1) => "1er".to_string(),
        (UiLang::Fr, _) => format!("{n}e"),
        _ => format!("{n}-е"),
    };
    Some(match &ind.rank_among {
        Some(among) => crate::tr!(
            "indicator-rank-among",
            rank = ordinal,
            among = among.to_string()
        ),
        None => crate::tr!("indicator-rank", rank = ordinal),
    })
}

/// "16 December 1991 – 20 March 2019", "since 14 May 2017", in the
/// window's language.
pub(crate) fn era_dates(era: &crate::model::Era) -> String {
    match era.span.end {
        Some(end) => format!("{} – {end}", era.span.start),
        None => crate::tr!("era-since", date = era.span.start.to_string()),
    }
}

/// A signed percentage to one decimal: "+7.7%", "+7,7 %" (French and
/// Russian put a no-break space before the sign).
pub fn percent(v: f64) -> String {
    let t = format!("{v:+.1}");
    match crate::i18n::ui_language() {
        crate::i18n::UiLang::En => format!("{t}%"),
        _ => format!("{}\u{00A0}%", t.replace('.', ",")),
    }
}

/// "about " before an approximate figure ("environ ", "около "), or nothing.
pub(crate) fn about(approximate: bool) -> String {
    if approximate {
        format!("{} ", crate::tr!("about-prefix"))
    } else {
        String::new()
    }
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
