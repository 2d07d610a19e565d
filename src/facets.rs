//! Facet counts: for each option of each filter, how many statements match it together with
//! the other active filters, so that a reader sees what a choice would give before making it.

use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::error::Result;
use crate::filter::{Facet, StatementFilter};
use crate::values::{CountryCode, Sourcing, Stance, StatementKind};

/// One option of a facet.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FacetOption {
    /// The value as it goes in the query string.
    pub value: String,
    pub label: String,
    pub count: i64,
    pub selected: bool,
}

/// The options of one filter parameter.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FacetGroup {
    /// The query-string parameter (`actor`, `country`, …).
    pub key: &'static str,
    pub title: &'static str,
    pub options: Vec<FacetOption>,
}

impl FacetGroup {
    /// Whether any option of this facet is in the filter.
    pub fn has_selection(&self) -> bool {
        self.options.iter().any(|o| o.selected)
    }
}

/// Counts every facet for `filter`.
pub async fn count_facets(db: &SqlitePool, filter: &StatementFilter) -> Result<Vec<FacetGroup>> {
    let actors = grouped(
        db,
        filter,
        Facet::Actor,
        "select a.slug, a.name, count(*) from statement s join actor a on a.id = s.actor_id
         where 1 = 1",
        " group by s.actor_id",
    )
    .await?;
    let countries = grouped(
        db,
        filter,
        Facet::Country,
        "select lower(c.code), c.name, count(*) from statement s
         join statement_country_match m on m.statement_id = s.id
         join country c on c.code = m.country where 1 = 1",
        " group by c.code",
    )
    .await?;
    let kinds = grouped(
        db,
        filter,
        Facet::Kind,
        "select s.kind, s.kind, count(*) from statement s where 1 = 1",
        " group by s.kind",
    )
    .await?;
    let stances = grouped(
        db,
        filter,
        Facet::Stance,
        "select s.stance, s.stance, count(*) from statement s where s.stance is not null",
        " group by s.stance",
    )
    .await?;
    let topics = grouped(
        db,
        filter,
        Facet::Topic,
        "select t.slug, t.name, count(*) from statement s
         join statement_topic st on st.statement_id = s.id
         join topic t on t.slug = st.topic where 1 = 1",
        " group by t.slug",
    )
    .await?;

    let sourcings = grouped(
        db,
        filter,
        Facet::Sourcing,
        "select s.sourcing, s.sourcing, count(*) from statement s where 1 = 1",
        " group by s.sourcing",
    )
    .await?;
    let months = grouped(
        db,
        filter,
        Facet::Month,
        "select substr(s.said_on, 1, 7), substr(s.said_on, 1, 7), count(*) from statement s
         where s.said_on is not null",
        " group by substr(s.said_on, 1, 7)",
    )
    .await?;
    let selected_actors: Vec<String> = filter
        .actors
        .iter()
        .map(|a| a.as_str().to_owned())
        .collect();
    let selected_countries: Vec<String> =
        filter.countries.iter().map(CountryCode::url_form).collect();
    let selected_topics: Vec<String> = filter
        .topics
        .iter()
        .map(|t| t.as_str().to_owned())
        .collect();
    Ok(vec![
        FacetGroup {
            key: "actor",
            title: "Speaker",
            options: by_count(actors, &selected_actors),
        },
        FacetGroup {
            key: "country",
            title: "Country",
            options: by_count(countries, &selected_countries),
        },
        FacetGroup {
            key: "kind",
            title: "Kind",
            options: StatementKind::ALL
                .iter()
                .map(|kind| {
                    vocabulary_option(
                        &kinds,
                        kind.as_str(),
                        kind.label(),
                        filter.kinds.contains(kind),
                    )
                })
                .collect(),
        },
        FacetGroup {
            key: "stance",
            title: "Stance",
            options: Stance::ALL
                .iter()
                .map(|stance| {
                    vocabulary_option(
                        &stances,
                        stance.as_str(),
                        stance.label(),
                        filter.stances.contains(stance),
                    )
                })
                .collect(),
        },
        FacetGroup {
            key: "sourcing",
            title: "Sourcing",
            options: Sourcing::ALL
                .iter()
                .map(|sourcing| {
                    vocabulary_option(
                        &sourcings,
                        sourcing.as_str(),
                        sourcing.label(),
                        filter.sourcings.contains(sourcing),
                    )
                })
                .collect(),
        },
        FacetGroup {
            key: "topic",
            title: "Topic",
            options: by_count(topics, &selected_topics),
        },
        FacetGroup {
            key: "month",
            title: "Month said",
            options: by_month(months, &filter.months),
        },
    ])
}

/// Runs one facet's grouped count with every filter but its own.
async fn grouped(
    db: &SqlitePool,
    filter: &StatementFilter,
    facet: Facet,
    select: &str,
    group_by: &str,
) -> Result<Vec<(String, String, i64)>> {
    let mut query = QueryBuilder::<Sqlite>::new(select);
    filter.push_conditions(&mut query, Some(facet));
    query.push(group_by);
    Ok(query.build_query_as().fetch_all(db).await?)
}

/// Options with at least one match, then selected ones with none, most frequent first.
fn by_count(rows: Vec<(String, String, i64)>, selected: &[String]) -> Vec<FacetOption> {
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(value, label, count)| FacetOption {
            selected: selected.contains(&value),
            value,
            label,
            count,
        })
        .collect();
    for value in selected {
        if !options.iter().any(|o| &o.value == value) {
            options.push(FacetOption {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    options.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    options
}

/// Months newest first, labelled "August 2025".
fn by_month(rows: Vec<(String, String, i64)>, selected: &[String]) -> Vec<FacetOption> {
    let mut options = by_count(rows, selected);
    for option in &mut options {
        if let Ok(day) = crate::values::Day::parse(&format!("{}-01", option.value)) {
            option.label = day.month_long();
        }
    }
    options.sort_by(|a, b| b.value.cmp(&a.value));
    options
}

fn vocabulary_option(
    rows: &[(String, String, i64)],
    value: &str,
    label: &str,
    selected: bool,
) -> FacetOption {
    FacetOption {
        value: value.to_owned(),
        label: label.to_owned(),
        count: rows
            .iter()
            .find(|(v, _, _)| v == value)
            .map_or(0, |(_, _, n)| *n),
        selected,
    }
}
