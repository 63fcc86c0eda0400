//! Slides into a dataset, the same way for TimelineJS JSON and CSV: events
//! (kind `other`, their group kept), eras of the whole relationship, and
//! sources from the links and media the slides give, each record
//! remembering where in the file it came from.

use super::Options;
use super::dates::convert_date;
use super::html;
use super::slides::{At, Issue, Read, Slide};
use crate::model::{Dataset, Era, Event, KindId, List, OTHER, Source, Sym};
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
            publisher: if title.is_empty() {
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
                .then(|| title.trim().to_string()),
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
        if !slide.media_url.trim().is_empty() {
            let credit = html::to_plain(&slide.media_credit).text;
            let caption = html::to_plain(&slide.media_caption).text;
            add(self.cite(&slide.media_url, &credit, &caption, at));
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
    let title = if title.is_empty() {
        options.name.clone()
    } else {
        title
    };
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
            title,
            parties: options.parties.clone().unwrap_or_default(),
            description,
            sources: sources.list,
            events,
            trade: Vec::new(),
            indicators: Vec::new(),
            eras,
            kinds: Vec::new(),
            kind_table: Default::default(),
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
    let title = event_title(&headline.text, &body.text, at, issues);
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
    };
    Some((event, times))
}

/// The headline on one line; without one, the first words of the text
/// (or "Untitled"), with a warning.
fn event_title(headline: &str, body: &str, at: &At, issues: &mut Vec<Issue>) -> String {
    let title = headline.replace('\n', " ");
    if !title.is_empty() {
        return title;
    }
    let title: String = body
        .lines()
        .next()
        .map(|l| l.chars().take(80).collect())
        .unwrap_or_default();
    issues.push(Issue::warning(
        at.clone(),
        if title.is_empty() {
            "the event has no headline and no text; it is shown untitled"
        } else {
            "the event has no headline; its title is the first words of its text"
        },
    ));
    if title.is_empty() {
        "Untitled".to_string()
    } else {
        title
    }
}

/// One warning, at the first time of day given, for every time dropped.
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
                format!("Era {}", n + 1)
            } else {
                headline
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
    fn hosts() {
        assert_eq!(host("https://www.example.org/a?b"), Some("www.example.org"));
        assert_eq!(host("mailto:x"), None);
    }
}
