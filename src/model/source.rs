//! Sources behind facts and figures.

use serde::{Deserialize, Serialize};

/// A publication a fact or figure comes from. Events, observations and
/// indicators cite sources by `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<super::LText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What the source is, where its title or publisher do not say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// The URL if it may be opened: only `http` and `https` links are.
    pub fn openable_url(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| is_openable_url(u))
    }

    /// "Kazinform, 24 May 2024".
    pub fn short(&self) -> String {
        match &self.date {
            Some(d) => match super::date::Date::parse(d) {
                Ok(date) => format!("{}, {date}", self.publisher),
                Err(_) => format!("{}, {d}", self.publisher),
            },
            None => self.publisher.clone(),
        }
    }
}

/// True for `http://` and `https://` URLs (case-insensitive scheme), the only
/// links Entente will open.
pub(crate) fn is_openable_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_openable_url;

    #[test]
    fn only_web_links_open() {
        assert!(is_openable_url("https://en.inform.kz/news/x"));
        assert!(is_openable_url("HTTP://example.org"));
        assert!(!is_openable_url("javascript:alert(1)"));
        assert!(!is_openable_url("file:///etc/passwd"));
        assert!(!is_openable_url("data:text/html,<b>x</b>"));
        assert!(!is_openable_url("https://x\n.org"));
    }
}
