//! A new dataset to fill in: one example of each kind of record, with
//! comments that say what each field is. `entente check` accepts it as it
//! is, so a user can start from a file that loads and change it step by step.

/// The template for a relationship between `a` and `b`.
pub fn new_dataset(a: &str, b: &str) -> String {
    let q = |s: &str| ron::to_string(s).unwrap_or_else(|_| "\"\"".to_string());
    let title = q(&format!("{a}–{b}"));
    let (qa, qb) = (q(a), q(b));
    let trade_label = q(&format!("{a}'s statistics"));
    let flows = q(&format!("exports = {a} → {b}"));
    let era_name = q(&format!("Example: a head of state of {a}"));
    let invest = q(&format!("Example: investment of {b} in {a}"));
    format!(
        r#"#![enable(implicit_some)]
// A new Entente dataset: {a} and {b}.
// Every record below is an EXAMPLE to replace with facts and their sources.
// The format is described in data/FORMAT.md; check the file with
//     entente check THIS_FILE.ron
// and open it with `entente THIS_FILE.ron` (it reloads as you save).
Dataset(
    title: {title},
    // The two countries (or parties) of the relationship.
    parties: ({qa}, {qb}),
    description: "What this dataset covers, and what it leaves out.",

    // Publications facts come from. Events, figures and eras cite them by id.
    sources: [
        (
            id: "S1",
            publisher: "Example publisher",
            title: "Example: the article or document's title",
            url: "https://example.org/replace-with-the-page",
            // The publication date: YYYY, YYYY-MM or YYYY-MM-DD.
            date: "2024-01",
        ),
    ],

    // Events: treaty, state_visit, official_visit, working_visit,
    // consultation_round, agreement or other. A date known only to the month
    // is written as a month ("2024-01"); `end` makes a range.
    events: [
        (
            id: "example-visit",
            date: "2024-01-15",
            end: "2024-01-16",
            kind: official_visit,
            title: "Example: an official visit",
            place: "Example city",
            participants: [
                (name: "Example Person", role: "Minister of Foreign Affairs", country: {qa}),
            ],
            summary: "Example: what happened, in one or two sentences.",
            quotes: [
                (speaker: "Example Person", text: "Example: words as the source quotes them."),
            ],
            tags: ["example"],
            sources: ["S1"],
        ),
        (
            id: "example-agreement",
            date: "2024-01",
            kind: agreement,
            title: "Example: an agreement known only to the month",
            summary: "Example: what was agreed.",
            sources: ["S1"],
            related: ["example-visit"],
        ),
    ],

    // Trade as one side reports it: periods are YYYY, YYYY-MM or ranges
    // such as "2024-01..2024-03"; amounts in `scale` (units, thousands,
    // millions, billions) of `currency`.
    trade: [
        (
            id: "example-trade",
            reporter: {qa},
            reporter_label: {trade_label},
            currency: "USD",
            scale: millions,
            flows: {flows},
            observations: [
                (period: "2023", turnover: 100.0, exports: 60.0, imports: 40.0, sources: ["S1"]),
            ],
        ),
    ],

    // Figures such as an investment total, as of a date.
    indicators: [
        (
            id: "example-investment",
            label: {invest},
            value: 1.0,
            unit: "USD billion",
            as_of: "2024-01",
            sources: ["S1"],
        ),
    ],

    // Eras: named spans of one party, such as a president's term, drawn
    // above the lanes. Leave `end` out while the era lasts.
    eras: [
        (
            id: "example-era",
            party: {qa},
            name: {era_name},
            kind: "presidency",
            start: "2019",
            sources: ["S1"],
        ),
    ],
)
"#
    )
}

#[cfg(test)]
mod tests {
    use super::new_dataset;

    #[test]
    fn the_template_loads_for_any_names() {
        for (a, b) in [
            ("Kazakhstan", "Germany"),
            ("Côte d'Ivoire", "\"Quoted\" \\ Land"),
        ] {
            let text = new_dataset(a, b);
            let loaded = crate::load::load_str(&text)
                .unwrap_or_else(|e| panic!("{}", crate::load::render("new.ron", &e.diagnostics)));
            assert_eq!(loaded.dataset.parties, (a.to_string(), b.to_string()));
            assert_eq!(loaded.dataset.events.len(), 2);
            assert_eq!(loaded.dataset.eras.len(), 1);
        }
    }
}
