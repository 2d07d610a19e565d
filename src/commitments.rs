//! Commitments: what was proposed for Ukraine's security, by whom, and what became of it.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::AppState;
use crate::auth::Viewer;
use crate::cards::{self, CountryRef, EventCard, push_ids};
use crate::deadline::{DeadlineState, deadline_state};
use crate::error::{AppError, Result, render};
use crate::values::{
    CommitmentStatus, CommitmentType, CountryCode, DatePrecision, Day, FuzzyDate, PositionStance,
};

mod edit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/commitments", get(tracker))
        .route("/commitments/{id}", get(detail))
        .merge(edit::routes())
}

/// A commitment as lists and the grid show it.
#[derive(Debug, Clone)]
pub struct CommitmentSummary {
    pub id: i64,
    pub title: String,
    pub kind: CommitmentType,
    pub status: Option<CommitmentStatus>,
    pub providers: Vec<CountryRef>,
    pub due_on: Option<Day>,
    pub deadline: DeadlineState,
}

/// A summary's columns as the summary query returns them, one JSON array per commitment.
#[derive(serde::Deserialize)]
struct SummaryRow(
    i64,
    String,
    CommitmentType,
    Option<String>,
    // Its status changes, oldest first: [status, day].
    Vec<(CommitmentStatus, Option<String>)>,
    // Its provider countries by name: [code, name].
    Vec<(String, String)>,
);

/// Loads the summaries of the given commitments, ordered by title.
pub async fn load_summaries(db: &SqlitePool, ids: &[i64]) -> Result<Vec<CommitmentSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = summary_query();
    query.push(" where c.id in (");
    push_ids(&mut query, ids);
    query.push(")");
    read_summaries(db, query).await
}

/// Every commitment's summary, ordered by title.
pub async fn all_summaries(db: &SqlitePool) -> Result<Vec<CommitmentSummary>> {
    read_summaries(db, summary_query()).await
}

/// The summaries as one row of JSON (the caller adds `where …`): a row per commitment and per
/// event would each cross from the database's thread to the request's.
fn summary_query() -> QueryBuilder<Sqlite> {
    QueryBuilder::new(
        "select json_group_array(json_array(c.id, c.title, c.type, c.due_on,
            json((select json_group_array(json_array(e.status, e.occurred_on)
                                          order by e.sort_day, e.id)
                  from commitment_event e where e.commitment_id = c.id)),
            json((select json_group_array(json_array(p.country, pc.name) order by pc.name)
                  from commitment_provider_country p join country pc on pc.code = p.country
                  where p.commitment_id = c.id)))
            order by c.title, c.id)
         from commitment c",
    )
}

async fn read_summaries(
    db: &SqlitePool,
    mut query: QueryBuilder<Sqlite>,
) -> Result<Vec<CommitmentSummary>> {
    let json: String = query.build_query_scalar().fetch_one(db).await?;
    let rows: Vec<SummaryRow> =
        serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let today = Day::today();
    Ok(rows
        .into_iter()
        .map(|SummaryRow(id, title, kind, due_on, events, providers)| {
            let history: Vec<(CommitmentStatus, Option<Day>)> = events
                .into_iter()
                .map(|(status, on)| (status, on.as_deref().and_then(|d| Day::parse(d).ok())))
                .collect();
            let due_on = due_on.as_deref().and_then(|d| Day::parse(d).ok());
            CommitmentSummary {
                id,
                status: history.last().map(|(status, _)| *status),
                deadline: deadline_state(due_on, &history, today),
                due_on,
                title,
                kind,
                providers: providers
                    .into_iter()
                    .filter_map(|(code, name)| cards::country_ref(Some(code), Some(name)))
                    .collect(),
            }
        })
        .collect())
}

/// The tracker's own filters: provider country, type and current status.
#[derive(Debug, Default)]
pub struct TrackerFilter {
    countries: Vec<CountryCode>,
    kinds: Vec<CommitmentType>,
    statuses: Vec<CommitmentStatus>,
}

impl TrackerFilter {
    /// Parses `country`, `type` and `status` (each repeatable); other parameters are ignored.
    pub fn parse(query: Option<&str>) -> Result<Self> {
        let mut filter = Self::default();
        for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key.as_ref() {
                "country" => filter.countries.push(
                    CountryCode::parse(value)
                        .map_err(|why| AppError::bad_request(format!("Invalid country: {why}")))?,
                ),
                "type" => filter
                    .kinds
                    .push(CommitmentType::parse(value).ok_or_else(|| {
                        AppError::bad_request(format!(
                            "Invalid type: {value:?}; use one of {}",
                            CommitmentType::expected()
                        ))
                    })?),
                "status" => filter
                    .statuses
                    .push(CommitmentStatus::parse(value).ok_or_else(|| {
                        AppError::bad_request(format!(
                            "Invalid status: {value:?}; use one of {}",
                            CommitmentStatus::expected()
                        ))
                    })?),
                _ => {}
            }
        }
        Ok(filter)
    }

    fn is_active(&self) -> bool {
        !(self.countries.is_empty() && self.kinds.is_empty() && self.statuses.is_empty())
    }

    /// Whether a commitment passes the filter.
    pub fn keeps(&self, commitment: &CommitmentSummary) -> bool {
        (self.countries.is_empty()
            || commitment
                .providers
                .iter()
                .any(|p| self.countries.iter().any(|c| c.url_form() == p.code)))
            && (self.kinds.is_empty() || self.kinds.contains(&commitment.kind))
            && (self.statuses.is_empty()
                || commitment
                    .status
                    .is_some_and(|status| self.statuses.contains(&status)))
    }
}

/// A column heading short enough for the chart (the table below has the full names).
fn short_label(kind: CommitmentType) -> &'static str {
    match kind {
        CommitmentType::BorderSurveillance => "Border",
        CommitmentType::SecurityGuarantee => "Guarantee",
        CommitmentType::Intelligence => "Intel.",
        other => other.label(),
    }
}

/// A grid cell as the chart draws it: the status of its first commitment, and how many more.
fn grid_cell(cell: &[CommitmentSummary]) -> Option<(String, String)> {
    let first = cell.first()?;
    let (class, label) = first
        .status
        .map_or(("", "No status"), |s| (s.as_str(), s.label()));
    let more = if cell.len() > 1 {
        format!(" +{}", cell.len() - 1)
    } else {
        String::new()
    };
    Some((format!("status-{class}"), format!("{label}{more}")))
}

/// One row of the grid: a provider and its commitments by type.
struct GridRow {
    provider: CountryRef,
    cells: Vec<GridCell>,
}

/// Up to this many commitments a grid cell names; more are summed up by status and linked
/// to the list filtered to the cell (a large record would otherwise repeat every title).
const CELL_SHOWN: usize = 2;

/// One provider's commitments of one type.
#[derive(Clone)]
struct GridCell {
    commitments: Vec<CommitmentSummary>,
    /// The list filtered to this provider and type.
    list_href: String,
}

impl GridCell {
    /// The commitments the cell names, when they are few.
    fn shown(&self) -> &[CommitmentSummary] {
        if self.commitments.len() <= CELL_SHOWN {
            &self.commitments
        } else {
            &[]
        }
    }

    /// "4 commitments: 2 pledged, 1 floated, 1 no status", when there are too many to name.
    fn summary(&self) -> Option<String> {
        if self.commitments.len() <= CELL_SHOWN {
            return None;
        }
        let mut by_status: Vec<(Option<CommitmentStatus>, usize)> = Vec::new();
        for commitment in &self.commitments {
            match by_status.iter_mut().find(|(s, _)| *s == commitment.status) {
                Some((_, n)) => *n += 1,
                None => by_status.push((commitment.status, 1)),
            }
        }
        // Most first; ties in the order of the statuses, "no status" last.
        by_status.sort_by_key(|(status, n)| (std::cmp::Reverse(*n), status.is_none(), *status));
        let parts: Vec<String> = by_status
            .iter()
            .map(|(status, n)| {
                let label = status.map_or("no status", |s| s.label());
                format!("{n} {}", label.to_lowercase())
            })
            .collect();
        Some(format!(
            "{} commitments: {}",
            self.commitments.len(),
            parts.join(", ")
        ))
    }
}

/// Commitments on one page of the tracker's list.
const LIST_PAGE: usize = 50;

/// The tracker list's page from `page` (1 by default).
fn list_page(query: Option<&str>) -> Result<usize> {
    let value = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, v)| k == "page" && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned());
    match value {
        None => Ok(1),
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                AppError::bad_request(format!(
                    "Invalid page: {text:?}; use a whole number from 1."
                ))
            }),
    }
}

/// One option of the tracker's filter form.
struct TrackerOption {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "commitments.html")]
struct TrackerPage {
    viewer: Viewer,
    /// The grid as a picture; the grid table is its text alternative.
    grid_svg: String,
    twins: crate::views::Twins,
    types: &'static [CommitmentType],
    grid: Vec<GridRow>,
    list: Vec<CommitmentSummary>,
    /// How many commitments pass the filters, over every page.
    matching: usize,
    /// "Commitments 51–100 of 1,000" when the list has more than one page.
    range: Option<String>,
    previous_href: Option<String>,
    next_href: Option<String>,
    country_options: Vec<TrackerOption>,
    type_options: Vec<TrackerOption>,
    status_options: Vec<TrackerOption>,
    filtered: bool,
}

async fn tracker(
    viewer: Viewer,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>> {
    let filter = TrackerFilter::parse(query.as_deref())?;
    for code in &filter.countries {
        let known: bool =
            sqlx::query_scalar("select exists (select 1 from country where code = ?)")
                .bind(code.as_str())
                .fetch_one(&state.db)
                .await?;
        if !known {
            return Err(AppError::bad_request(format!(
                "Invalid country: there is no country {:?}.",
                code.url_form()
            )));
        }
    }
    let page = list_page(query.as_deref())?;
    let all = all_summaries(&state.db).await?;

    let mut rows: BTreeMap<String, GridRow> = BTreeMap::new();
    for commitment in &all {
        let column = CommitmentType::ALL
            .iter()
            .position(|t| *t == commitment.kind)
            .unwrap_or_default();
        for provider in &commitment.providers {
            let row = rows
                .entry(provider.name.clone())
                .or_insert_with(|| GridRow {
                    provider: provider.clone(),
                    cells: CommitmentType::ALL
                        .iter()
                        .map(|kind| GridCell {
                            commitments: Vec::new(),
                            list_href: format!(
                                "/commitments?country={}&type={}#list-title",
                                provider.code,
                                kind.as_str()
                            ),
                        })
                        .collect(),
                });
            row.cells[column].commitments.push(commitment.clone());
        }
    }
    let provider_countries: Vec<CountryRef> = rows.values().map(|r| r.provider.clone()).collect();
    let country_options = provider_countries
        .into_iter()
        .map(|country| TrackerOption {
            selected: filter
                .countries
                .iter()
                .any(|c| c.url_form() == country.code),
            value: country.code,
            label: country.name,
        })
        .collect();
    let type_options = CommitmentType::ALL
        .iter()
        .map(|kind| TrackerOption {
            value: kind.as_str().to_owned(),
            label: kind.label().to_owned(),
            selected: filter.kinds.contains(kind),
        })
        .collect();
    let status_options = CommitmentStatus::ALL
        .iter()
        .map(|status| TrackerOption {
            value: status.as_str().to_owned(),
            label: status.label().to_owned(),
            selected: filter.statuses.contains(status),
        })
        .collect();
    let query = query.unwrap_or_default();
    let grid: Vec<GridRow> = rows.into_values().collect();
    let grid_svg = crate::charts::grid_chart(
        "grid",
        "Commitments by provider and type, with the current status of each",
        &grid
            .iter()
            .map(|r| r.provider.name.clone())
            .collect::<Vec<_>>(),
        &CommitmentType::ALL
            .iter()
            .map(|t| short_label(*t).to_owned())
            .collect::<Vec<_>>(),
        &grid
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .map(|cell| grid_cell(&cell.commitments))
                    .collect()
            })
            .collect::<Vec<_>>(),
    );
    let matching: Vec<CommitmentSummary> = all.into_iter().filter(|c| filter.keeps(c)).collect();
    let pages = matching.len().div_ceil(LIST_PAGE).max(1);
    if page > pages {
        return Err(AppError::not_found(format!(
            "There is no page {page}: the list has {pages} {}.",
            if pages == 1 { "page" } else { "pages" }
        )));
    }
    let page_href = |n: usize| {
        let mut pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .filter(|(k, _)| k != "page")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if n > 1 {
            pairs.push(("page".to_owned(), n.to_string()));
        }
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        format!(
            "{}#list-title",
            crate::views::with_query("/commitments", &query)
        )
    };
    let first = (page - 1) * LIST_PAGE;
    let list: Vec<CommitmentSummary> = matching
        .iter()
        .skip(first)
        .take(LIST_PAGE)
        .cloned()
        .collect();
    let range = (pages > 1).then(|| {
        format!(
            "Commitments {}–{} of {}, page {page} of {pages}",
            first + 1,
            first + list.len(),
            matching.len()
        )
    });
    render(&TrackerPage {
        viewer,
        grid_svg,
        matching: matching.len(),
        range,
        previous_href: (page > 1).then(|| page_href(page - 1)),
        next_href: (page < pages).then(|| page_href(page + 1)),
        twins: crate::views::Twins {
            json: crate::views::with_query("/api/v1/commitments", &query),
            csv: crate::views::with_query("/api/v1/commitments.csv", &query),
            atom: "/feed.atom".to_owned(),
        },
        types: CommitmentType::ALL,
        grid,
        list,
        country_options,
        type_options,
        status_options,
        filtered: filter.is_active(),
    })
}

#[derive(sqlx::FromRow)]
struct CommitmentRow {
    title: String,
    #[sqlx(rename = "type")]
    kind: CommitmentType,
    beneficiary: String,
    beneficiary_name: String,
    quantity: Option<String>,
    geography: Option<String>,
    conditions: Option<String>,
    details: Option<String>,
    due_text: Option<String>,
    due_statement_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct PositionRow {
    statement_id: i64,
    actor_slug: String,
    actor_name: String,
    said_on: Option<String>,
    date_precision: DatePrecision,
    stance: PositionStance,
}

impl PositionRow {
    fn date(&self) -> FuzzyDate {
        FuzzyDate::from_stored(self.said_on.as_deref(), self.date_precision)
    }
}

#[derive(Template)]
#[template(path = "commitment.html")]
struct CommitmentPage {
    viewer: Viewer,
    twins: crate::views::Twins,
    id: i64,
    edit_href: String,
    history_href: String,
    delete_href: String,
    statuses: &'static [CommitmentStatus],
    commitment: CommitmentRow,
    summary: CommitmentSummary,
    provider_actors: Vec<(String, String)>,
    events: Vec<EventCard>,
    positions: Vec<PositionRow>,
    depends_on: Vec<(i64, String)>,
    needed_by: Vec<(i64, String)>,
}

async fn detail(
    viewer: Viewer,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Html<String>> {
    let missing = || AppError::not_found(format!("There is no commitment {id:?}."));
    let id: i64 = id.parse().map_err(|_| missing())?;
    let commitment: CommitmentRow = sqlx::query_as(
        "select c.title, c.type, c.beneficiary, b.name as beneficiary_name, c.quantity,
                c.geography, c.conditions, c.details, c.due_text, c.due_statement_id
         from commitment c join country b on b.code = c.beneficiary where c.id = ?",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or_else(missing)?;
    let summary = load_summaries(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(missing)?;
    let provider_actors: Vec<(String, String)> = sqlx::query_as(
        "select a.slug, a.name from commitment_provider_actor p join actor a on a.id = p.actor_id
         where p.commitment_id = ? order by a.name",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let mut events_query = cards::event_query();
    events_query
        .push(" where e.commitment_id = ")
        .push_bind(id)
        .push(" order by e.sort_day, e.id");
    let events = cards::load_event_cards(&state.db, events_query).await?;
    let positions: Vec<PositionRow> = sqlx::query_as(
        "select s.id as statement_id, a.slug as actor_slug, a.name as actor_name, s.said_on,
                s.date_precision, p.stance
         from position p
         join statement s on s.id = p.statement_id
         join actor a on a.id = s.actor_id
         where p.commitment_id = ? and s.state = 'published'
         order by s.sort_day, s.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let depends_on: Vec<(i64, String)> = sqlx::query_as(
        "select c.id, c.title from commitment_dependency d join commitment c on c.id = d.depends_on_id
         where d.commitment_id = ? order by c.title",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let needed_by: Vec<(i64, String)> = sqlx::query_as(
        "select c.id, c.title from commitment_dependency d join commitment c on c.id = d.commitment_id
         where d.depends_on_id = ? order by c.title",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    render(&CommitmentPage {
        viewer,
        twins: crate::views::Twins {
            json: format!("/api/v1/commitments/{id}"),
            csv: "/api/v1/commitments.csv".to_owned(),
            atom: format!("/commitments/{id}/feed.atom"),
        },
        id,
        edit_href: format!("/commitments/{id}/edit"),
        history_href: format!("/history?record_type=commitment&record_id={id}"),
        delete_href: String::new(),
        statuses: CommitmentStatus::ALL,
        commitment,
        summary,
        provider_actors,
        events,
        positions,
        depends_on,
        needed_by,
    })
}
