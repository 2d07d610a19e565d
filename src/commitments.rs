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

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    title: String,
    #[sqlx(rename = "type")]
    kind: CommitmentType,
    due_on: Option<String>,
}

/// Loads the summaries of the given commitments, ordered by title.
pub async fn load_summaries(db: &SqlitePool, ids: &[i64]) -> Result<Vec<CommitmentSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query =
        QueryBuilder::<Sqlite>::new("select id, title, type, due_on from commitment where id in (");
    push_ids(&mut query, ids);
    query.push(") order by title, id");
    let rows: Vec<SummaryRow> = query.build_query_as().fetch_all(db).await?;

    let mut query = QueryBuilder::<Sqlite>::new(
        "select commitment_id, status, occurred_on from commitment_event where commitment_id in (",
    );
    push_ids(&mut query, ids);
    query.push(") order by commitment_id, sort_day, id");
    let events: Vec<(i64, CommitmentStatus, Option<String>)> =
        query.build_query_as().fetch_all(db).await?;
    let mut histories: BTreeMap<i64, Vec<(CommitmentStatus, Option<Day>)>> = BTreeMap::new();
    for (id, status, on) in events {
        let day = on.as_deref().and_then(|d| Day::parse(d).ok());
        histories.entry(id).or_default().push((status, day));
    }
    let mut providers = cards::load_provider_countries(db, ids).await?;
    let today = Day::today();
    Ok(rows
        .into_iter()
        .map(|row| {
            let history = histories.remove(&row.id).unwrap_or_default();
            let due_on = row.due_on.as_deref().and_then(|d| Day::parse(d).ok());
            CommitmentSummary {
                id: row.id,
                status: history.last().map(|(status, _)| *status),
                deadline: deadline_state(due_on, &history, today),
                due_on,
                title: row.title,
                kind: row.kind,
                providers: providers.remove(&row.id).unwrap_or_default(),
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
    cells: Vec<Vec<CommitmentSummary>>,
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
    let ids: Vec<i64> = sqlx::query_scalar("select id from commitment")
        .fetch_all(&state.db)
        .await?;
    let all = load_summaries(&state.db, &ids).await?;

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
                    cells: vec![Vec::new(); CommitmentType::ALL.len()],
                });
            row.cells[column].push(commitment.clone());
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
            .map(|row| row.cells.iter().map(|cell| grid_cell(cell)).collect())
            .collect::<Vec<_>>(),
    );
    render(&TrackerPage {
        viewer,
        grid_svg,
        twins: crate::views::Twins {
            json: crate::views::with_query("/api/v1/commitments", &query),
            csv: crate::views::with_query("/api/v1/commitments.csv", &query),
            atom: "/feed.atom".to_owned(),
        },
        types: CommitmentType::ALL,
        grid,
        list: all.into_iter().filter(|c| filter.keeps(c)).collect(),
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
