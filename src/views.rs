//! Pieces several pages show: day groups, active-filter chips and page links.

use crate::cards::{EventCard, StatementCard};
use crate::facets::FacetGroup;
use crate::filter::{Cursor, Page, StatementFilter};
use crate::values::FuzzyDate;

/// One entry of the timeline.
#[derive(Debug, Clone)]
pub enum TimelineItem {
    Statement(Box<StatementCard>),
    Event(Box<EventCard>),
}

impl TimelineItem {
    fn date(&self) -> &FuzzyDate {
        match self {
            Self::Statement(card) => &card.date,
            Self::Event(card) => &card.date,
        }
    }
}

/// Entries sharing one date, under its heading.
#[derive(Debug, Clone)]
pub struct DayGroup {
    /// "19 August 2025", "August 2025" or "Date not known".
    pub heading: String,
    /// The `datetime` attribute, empty when the date is unknown.
    pub machine: String,
    pub items: Vec<TimelineItem>,
}

/// Groups consecutive entries by their displayed date.
pub fn group_by_day(items: Vec<TimelineItem>) -> Vec<DayGroup> {
    let mut groups: Vec<DayGroup> = Vec::new();
    for item in items {
        let heading = item.date().display();
        match groups.last_mut() {
            Some(group) if group.heading == heading => group.items.push(item),
            _ => groups.push(DayGroup {
                machine: item.date().machine(),
                heading,
                items: vec![item],
            }),
        }
    }
    groups
}

/// Statement cards under date headings, for lists that hold statements only.
pub fn group_statements(cards: Vec<StatementCard>) -> Vec<DayGroup> {
    group_by_day(
        cards
            .into_iter()
            .map(|card| TimelineItem::Statement(Box::new(card)))
            .collect(),
    )
}

/// An active filter value, shown as a chip with a link that removes just it.
#[derive(Debug, Clone)]
pub struct ActiveFilter {
    pub label: String,
    pub remove_href: String,
}

impl ActiveFilter {
    /// The chips for every active value, labelled from the facets where they have a label.
    pub fn list(filter: &StatementFilter, facets: &[FacetGroup]) -> Vec<Self> {
        filter
            .pairs()
            .into_iter()
            .map(|(key, value)| {
                let facet = facets.iter().find(|f| f.key == key);
                let title = facet.map_or_else(
                    || match key {
                        "from" => "From",
                        "to" => "To",
                        _ => "Search",
                    },
                    |f| f.title,
                );
                let label = facet
                    .and_then(|f| f.options.iter().find(|o| o.value == value))
                    .map_or_else(|| value.clone(), |o| o.label.clone());
                Self {
                    label: format!("{title}: {label}"),
                    remove_href: with_query("/", &filter.query_string_without(key, &value)),
                }
            })
            .collect()
    }
}

/// Links to the first and the next page of a list, keeping its filters.
#[derive(Debug, Clone)]
pub struct PageNav {
    pub first_href: Option<String>,
    pub next_href: Option<String>,
}

impl PageNav {
    /// The links for a page of `path` showing `filter`, with `next` where more follow.
    pub fn new(path: &str, filter: &StatementFilter, next: Option<&Cursor>) -> Self {
        Self {
            first_href: filter
                .after
                .as_ref()
                .map(|_| with_query(path, &filter.query_string())),
            next_href: next.map(|cursor| with_query(path, &filter.query_string_after(cursor))),
        }
    }
}

impl PageNav {
    /// The links for a record page (actor, country) whose path fixes the filter, so that only
    /// the page position goes in the query string.
    pub fn for_record(path: &str, filter: &StatementFilter, page: &Page) -> Self {
        let position_only = StatementFilter {
            after: filter.after.clone(),
            ..StatementFilter::default()
        };
        Self::new(path, &position_only, page.next.as_ref())
    }
}

/// `path?query`, or just `path` when the query is empty.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The machine-readable twins of a list page, with its filters.
#[derive(Debug, Clone)]
pub struct Twins {
    pub json: String,
    pub csv: String,
    pub atom: String,
}

impl Twins {
    /// The twins of a statement list filtered by `query`.
    pub fn for_statements(query: &str) -> Self {
        Self {
            json: with_query("/api/v1/statements", query),
            csv: with_query("/api/v1/statements.csv", query),
            atom: with_query("/feed.atom", query),
        }
    }
}
