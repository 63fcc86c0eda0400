//! A picture, video or page shown with an event or the title (a TimelineJS
//! slide's `media`), kept as the file gives it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// As written: `https://…`, protocol-relative `//…` or site-relative
    /// `/img/x.jpg` (which only the page that shows the timeline can
    /// resolve).
    pub url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub credit: String,
}

impl Media {
    /// The URL a browser can open: web URLs as they are, protocol-relative
    /// ones over https; `None` for a site-relative one.
    pub fn openable_url(&self) -> Option<String> {
        let url = self.url.trim();
        if super::source::is_openable_url(url) {
            Some(url.to_string())
        } else if url.starts_with("//") && !url.starts_with("///") {
            let full = format!("https:{url}");
            super::source::is_openable_url(&full).then_some(full)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Media;

    fn media(url: &str) -> Media {
        Media {
            url: url.to_string(),
            caption: String::new(),
            credit: String::new(),
        }
    }

    #[test]
    fn urls_a_browser_can_open() {
        assert_eq!(
            media("//upload.wikimedia.org/a.jpg")
                .openable_url()
                .as_deref(),
            Some("https://upload.wikimedia.org/a.jpg")
        );
        assert_eq!(
            media("https://x.org/a").openable_url().as_deref(),
            Some("https://x.org/a")
        );
        assert_eq!(media("/img/a.jpg").openable_url(), None);
        assert_eq!(media("///a").openable_url(), None);
    }
}
