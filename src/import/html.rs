//! TimelineJS text is HTML: it becomes plain text here, and its links
//! become sources. Only what TimelineJS text holds in practice is handled:
//! tags are dropped (block tags become line breaks), `<a href>` links are
//! collected, and character references are decoded.

/// A link found in HTML text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    pub url: String,
    /// The link's text, plain.
    pub text: String,
}

/// Plain text and the links of an HTML fragment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Plain {
    pub text: String,
    pub links: Vec<Link>,
}

/// Tags after which a line ends.
const BLOCK_TAGS: [&str; 12] = [
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "tr",
];

/// Converts an HTML fragment to plain text with its links.
pub(crate) fn to_plain(html: &str) -> Plain {
    let mut out = String::new();
    let mut links = Vec::new();
    // The link being read: its URL and where its text starts in `out`.
    let mut open_link: Option<(String, usize)> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode(&rest[..lt]));
        let after = &rest[lt + 1..];
        let Some(gt) = tag_end(after) else {
            // A lone '<' is text.
            out.push('<');
            rest = after;
            continue;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name == "a" {
            if closing {
                if let Some((url, from)) = open_link.take() {
                    let text = collapse(&out[from..]);
                    links.push(Link { url, text });
                }
            } else if let Some(url) = attribute(tag, "href") {
                open_link = Some((decode(&url).trim().to_string(), out.len()));
            }
        } else if name == "script" || name == "style" {
            // Their content is not text.
            if !closing {
                let close = format!("</{name}");
                let lower = rest.to_ascii_lowercase();
                rest = lower.find(&close).map_or("", |at| {
                    let end = rest[at..].find('>').map_or(rest.len(), |g| at + g + 1);
                    &rest[end..]
                });
            }
        } else if BLOCK_TAGS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    out.push_str(&decode(rest));
    if let Some((url, from)) = open_link {
        let text = collapse(&out[from..]);
        links.push(Link { url, text });
    }
    let text = out
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Plain { text, links }
}

/// Where a tag that starts after '<' ends ('>'), skipping quoted values;
/// `None` when what follows '<' is not a tag.
fn tag_end(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of attribute `name` in a tag's text (`a href="x" target=_blank`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        let before_ok = start > 0 && lower.as_bytes()[start - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - after.len() + 1;
        let value = tag[value_at..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

/// Runs of white space become one space; the ends are trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: the named ones text uses, and numeric ones.
pub(crate) fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&n| n <= 10);
        let decoded = semi.and_then(|n| reference(&after[..n]));
        match (semi, decoded) {
            (Some(n), Some(c)) => {
                out.push(c);
                rest = &after[n + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || *c == '\n');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "euro" => '€',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_links_become_sources() {
        let p = to_plain(
            "<p>Signed in <b>Paris</b> &amp; Astana.</p><p>See <a href=\"https://example.org/a?x=1&amp;y=2\" target=\"_blank\">the  report</a>.</p>",
        );
        assert_eq!(p.text, "Signed in Paris & Astana.\nSee the report.");
        assert_eq!(
            p.links,
            vec![Link {
                url: "https://example.org/a?x=1&y=2".into(),
                text: "the report".into()
            }]
        );
    }

    #[test]
    fn odd_html_stays_readable() {
        assert_eq!(to_plain("a < b and c > d").text, "a < b and c > d");
        assert_eq!(to_plain("x<script>alert(1)</script>y").text, "xy");
        assert_eq!(
            to_plain("caf&eacute; &#233; &#xE9; &bogus;").text,
            "café é é &bogus;"
        );
        assert_eq!(to_plain("line<br/>next").text, "line\nnext");
        let escape = |t: &str| crate::format::escape_markup(t, "<br>");
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        assert_eq!(to_plain(&escape("one\ntwo")).text, "one\ntwo");
    }
}
