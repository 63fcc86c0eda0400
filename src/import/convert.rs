//! Slides into a dataset, the same way for TimelineJS JSON and CSV: events
//! (kind `other`, their group kept), eras of the whole relationship, and
//! sources from the links and media the slides give, each record
//! remembering where in the file it came from.

use super::Options;
use super::dates::convert_date;
use super::html;
use super::slides::{At, Issue, Read, Slide};
use crate::model::{Dataset, Era, Event, KindId, List, Media, OTHER, Source, Sym};
use std::collections::HashMap;

/// What [`build`] makes of slides.
pub(super) struct Built {
    pub(super) dataset: Dataset,
    pub(super) issues: Vec<Issue>,
    pub(super) event_at: Vec<At>,
    pub(super) era_at: Vec<At>,
    pub(super) source_at: Vec<At>,
}

/// The id of the source that stands for the imported file itself.
pub const FILE_SOURCE: &str = "timeline";

const FILE_START: At = At::Pos {
    line: 1,
    col: 1,
    len: 1,
};

fn slide_at(s: &Slide) -> At {
    s.at.clone().unwrap_or(FILE_START)
}

/// The sources cited so far: the file itself, then each link once.
struct Sources {
    list: Vec<Source>,
    at: Vec<At>,
    by_url: HashMap<String, String>,
}

impl Sources {
    /// The file itself, named `title` (or "TimelineJS file").
    fn new(title: &str, file_name: &str) -> Self {
        let file = Source {
            id: FILE_SOURCE.to_string(),
            publisher: if title.is_empty() || title == UNTITLED {
                "TimelineJS file".to_string()
            } else {
                title.to_string()
            },
            title: None,
            url: None,
            date: None,
            note: Some(format!(
                "The TimelineJS file {file_name} this dataset was imported from: every event and era cites it for what the file itself says."
            )),
        };
        Self {
            list: vec![file],
            at: vec![FILE_START],
            by_url: HashMap::new(),
        }
    }

    /// The id of the source at `url`, added on its first citation.
    fn cite(&mut self, url: &str, publisher: &str, title: &str, at: &At) -> String {
        let url = url.trim();
        if let Some(id) = self.by_url.get(url) {
            return id.clone();
        }
        let id = format!("L{}", self.list.len());
        let publisher = if publisher.trim().is_empty() {
            host(url).unwrap_or("Link").to_string()
        } else {
            publisher.trim().to_string()
        };
        let web = crate::model::source::is_openable_url(url);
        self.list.push(Source {
            id: id.clone(),
            // A link whose text is its host says nothing more as a title.
            title: (!title.trim().is_empty() && title.trim() != publisher)
                .then(|| title.trim().into()),
            publisher,
            url: web.then(|| url.to_string()),
            date: None,
            note: (!web).then(|| format!("Media given in the file: {url}")),
        });
        self.at.push(at.clone());
        self.by_url.insert(url.to_string(), id.clone());
        id
    }

    /// The sources of `slide`: the file, its links, its media.
    fn of_slide(&mut self, slide: &Slide, links: &[&html::Link], at: &At) -> Vec<String> {
        let mut ids = vec![FILE_SOURCE.to_string()];
        let mut add = |id: String| {
            if !ids.contains(&id) {
                ids.push(id);
            }
        };
        for link in links {
            if link.url.is_empty() || link.url.starts_with('#') {
                continue;
            }
            add(self.cite(&link.url, "", &link.text, at));
        }
        // Media a browser can open is also a source; any other (a
        // site-relative path) is kept as the event's media only.
        if let Some(media) = media_of(slide)
            && let Some(url) = media.openable_url()
        {
            add(self.cite(&url, &media.credit, &media.caption, at));
        }
        ids
    }
}

/// Turns slides into a dataset: events (kind `other`, their group kept),
/// eras of the whole relationship, sources from links and media.
pub(super) fn build(read: Read, options: &Options) -> Built {
    let mut issues = read.issues;
    let (title, description) = match &read.title {
        Some(t) => (
            html::to_plain(&t.headline).text,
            html::to_plain(&t.text).text,
        ),
        None => (String::new(), String::new()),
    };
    let title = file_title(&title, &description, read.title.as_ref(), &mut issues);
    let mut sources = Sources::new(&title, &options.name);
    let mut events = Vec::new();
    let mut event_at = Vec::new();
    let mut ids = Ids::default();
    let mut times_dropped = 0usize;
    for (n, slide) in read.events.iter().enumerate() {
        let at = slide_at(slide);
        let Some((event, times)) = event(n, slide, &at, &mut sources, &mut ids, &mut issues) else {
            continue;
        };
        times_dropped += times;
        events.push(event);
        event_at.push(at);
    }
    if times_dropped > 0 {
        times_warning(&read.events, times_dropped, &mut issues);
    }
    let (eras, era_at) = eras(&read.eras, &mut issues);
    Built {
        dataset: Dataset {
            languages: Vec::new(),
            default_language: None,
            title: title.into(),
            parties: options.parties.clone().unwrap_or_default(),
            description: description.into(),
            sources: sources.list,
            events,
            trade: Vec::new(),
            indicators: Vec::new(),
            eras,
            kinds: Vec::new(),
            kind_table: Default::default(),
            media: read.title.as_ref().and_then(media_of),
        },
        issues,
        event_at,
        era_at,
        source_at: sources.at,
    }
}

/// The ids given so far.
#[derive(Default)]
struct Ids {
    used: HashMap<String, At>,
}

impl Ids {
    /// The id of the `n`-th event: its unique_id if given and not taken,
    /// else `event-N`.
    fn of(&mut self, n: usize, slide: &Slide, at: &At, issues: &mut Vec<Issue>) -> String {
        let given = slide
            .unique_id
            .as_ref()
            .and_then(|u| u.present().map(|t| (t, &u.at)));
        let id = match given {
            Some((uid, _)) if !self.used.contains_key(uid) => uid.to_string(),
            Some((uid, uat)) => {
                issues.push(Issue::warning(
                    uat.clone(),
                    format!(
                        "unique_id \"{uid}\" is used twice; this event gets the id \"event-{}\"",
                        n + 1
                    ),
                ));
                format!("event-{}", n + 1)
            }
            None => format!("event-{}", n + 1),
        };
        let id = if self.used.contains_key(&id) {
            format!("event-{}-{}", n + 1, self.used.len())
        } else {
            id
        };
        self.used.insert(id.clone(), at.clone());
        id
    }
}

/// The `n`-th event slide as an event, and how many of its dates had a
/// time of day; `None` when its dates cannot be shown (an error is said).
fn event(
    n: usize,
    slide: &Slide,
    at: &At,
    sources: &mut Sources,
    ids: &mut Ids,
    issues: &mut Vec<Issue>,
) -> Option<(Event, usize)> {
    let start = convert_date(&slide.start, "start date", at, issues)?;
    let end = if slide.end.is_empty() {
        None
    } else {
        Some(convert_date(&slide.end, "end date", at, issues)?)
    };
    let headline = html::to_plain(&slide.headline);
    let body = html::to_plain(&slide.text);
    let links: Vec<&html::Link> = headline.links.iter().chain(&body.links).collect();
    let cited = sources.of_slide(slide, &links, at);
    let mut notes = Vec::new();
    let display = slide
        .display_date
        .as_deref()
        .or(slide.start.display.as_deref())
        .map(|d| html::to_plain(d).text)
        .filter(|d| !d.is_empty());
    if let Some(d) = display {
        notes.push(format!("The file displays the date as \"{d}\"."));
    }
    let mut times = 0;
    for (t, which) in [
        (&start.1, "starts"),
        (&end.as_ref().and_then(|e| e.1.clone()), "ends"),
    ] {
        if let Some(t) = t {
            times += 1;
            notes.push(format!(
                "The file gives a time of day ({t}) where the event {which}; Entente keeps dates to the day."
            ));
        }
    }
    let media = media_of(slide);
    let title = event_title(&headline.text, &body.text, media.as_ref(), at, issues);
    let id = ids.of(n, slide, at, issues);
    let group = html::to_plain(&slide.group).text;
    let event = Event {
        id: id.into(),
        date: start.0.into(),
        end: end.map(|e| e.0.into()),
        approximate: false,
        kind: KindId::from(OTHER),
        title: title.into(),
        place: None,
        participants: List::new(),
        summary: body.text.into(),
        quotes: List::new(),
        tags: List::new(),
        group: (!group.is_empty()).then(|| group.into()),
        sources: cited.into_iter().map(Sym::from).collect(),
        related: List::new(),
        note: (!notes.is_empty()).then(|| notes.join(" ").into()),
        when: Default::default(),
        kind_no: 0,
        media: media.map(Box::new),
    };
    Some((event, times))
}

/// The headline on one line; without one, the first words of the text,
/// with a warning. An event with neither keeps an empty title (shown by
/// its media's caption or as "Untitled", never written back).
fn event_title(
    headline: &str,
    body: &str,
    media: Option<&Media>,
    at: &At,
    issues: &mut Vec<Issue>,
) -> String {
    let title = headline.replace('\n', " ");
    if !title.trim().is_empty() {
        return title;
    }
    let title = first_words(body);
    issues.push(Issue::warning(
        at.clone(),
        match (title.is_empty(), media) {
            (false, _) => "the event has no headline; its title is the first words of its text",
            (true, Some(_)) => {
                "the event has no headline and no text, only media; it is shown by its media and keeps no title"
            }
            (true, None) => "the event has no headline and no text; it is shown untitled",
        },
    ));
    title
}

/// The title of the file: its title slide's headline; without one, the
/// first words of the title slide's text, else "Untitled timeline" (with a
/// warning either way).
fn file_title(
    headline: &str,
    text: &str,
    slide: Option<&Slide>,
    issues: &mut Vec<Issue>,
) -> String {
    if !headline.trim().is_empty() {
        return headline.replace('\n', " ");
    }
    let title = first_words(text);
    let at = slide.map_or(FILE_START, slide_at);
    if title.is_empty() {
        issues.push(Issue::warning(
            at,
            "the file has no title headline and no title text; it is called \"Untitled timeline\"",
        ));
        UNTITLED.to_string()
    } else {
        issues.push(Issue::warning(
            at,
            "the file has no title headline; its title is the first words of the title slide's text",
        ));
        title
    }
}

/// The title of a file that gives none.
const UNTITLED: &str = "Untitled timeline";

/// The longest a title made from text may be, in characters.
const TITLE_CHARS: usize = 80;

/// The first line of `text`, cut at a word boundary to at most
/// [`TITLE_CHARS`] characters (with "…" when cut).
fn first_words(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if line.chars().count() <= TITLE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(TITLE_CHARS - 1).collect();
    let next = line.chars().nth(TITLE_CHARS - 1);
    let whole = if next.is_some_and(char::is_whitespace) {
        cut.as_str()
    } else {
        // Back to the last space, unless the first word alone is longer.
        cut.rfind(char::is_whitespace)
            .map_or(cut.as_str(), |i| &cut[..i])
    };
    format!(
        "{}…",
        whole.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c))
    )
}

/// The slide's media as written (caption and credit as plain text).
fn media_of(slide: &Slide) -> Option<Media> {
    let url = slide.media_url.trim();
    (!url.is_empty()).then(|| Media {
        url: url.to_string(),
        caption: html::to_plain(&slide.media_caption).text,
        credit: html::to_plain(&slide.media_credit).text,
    })
}

fn times_warning(slides: &[Slide], dropped: usize, issues: &mut Vec<Issue>) {
    let first = slides
        .iter()
        .find_map(|s| {
            s.start
                .time
                .iter()
                .chain(&s.end.time)
                .find(|p| p.present().is_some())
        })
        .map(|p| p.at.clone());
    if let Some(at) = first {
        issues.push(Issue::warning(
            at,
            format!(
                "{} given with a time of day; Entente keeps dates to the day, so the times are dropped and each is kept in its event's note",
                crate::format::plural(dropped, "date")
            ),
        ));
    }
}

/// Era slides as eras of the whole relationship, and where each was.
fn eras(slides: &[Slide], issues: &mut Vec<Issue>) -> (Vec<Era>, Vec<At>) {
    let mut eras = Vec::new();
    let mut era_at = Vec::new();
    for (n, slide) in slides.iter().enumerate() {
        let at = slide_at(slide);
        let Some(start) = convert_date(&slide.start, "era start date", &at, issues) else {
            continue;
        };
        let end = if slide.end.is_empty() {
            None
        } else {
            match convert_date(&slide.end, "era end date", &at, issues) {
                Some(d) => Some(d.0),
                None => continue,
            }
        };
        let headline = html::to_plain(&slide.headline).text;
        let body = html::to_plain(&slide.text).text;
        eras.push(Era {
            id: format!("era-{}", n + 1),
            party: String::new(),
            name: if headline.is_empty() {
                format!("Era {}", n + 1).into()
            } else {
                headline.into()
            },
            kind: "era".to_string(),
            start: start.0,
            end,
            note: (!body.is_empty()).then_some(body),
            sources: vec![FILE_SOURCE.to_string()],
            span: Default::default(),
        });
        era_at.push(at);
    }
    (eras, era_at)
}

/// The host of a web address: `www.example.org` of `https://www.example.org/a`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_from_text_end_at_a_word() {
        let long = "The President of Kazakhstan met the President of France at the Elysee Palace to sign a strategic partnership";
        let t = first_words(long);
        assert_eq!(
            t,
            "The President of Kazakhstan met the President of France at the Elysee Palace to…"
        );
        assert!(t.chars().count() <= TITLE_CHARS);
        assert_eq!(first_words("\n  Short line.\nSecond"), "Short line.");
        let one_word = "x".repeat(100);
        assert_eq!(first_words(&one_word).chars().count(), TITLE_CHARS);
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.example.org/a?b"), Some("www.example.org"));
        assert_eq!(host("mailto:x"), None);
    }
}
