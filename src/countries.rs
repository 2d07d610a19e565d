//! Countries: their actors, the statements about them and the commitments they would provide.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::AppState;
use crate::actors::page_cursor;
use crate::auth::Viewer;
use crate::cards;
use crate::commitments::{CommitmentSummary, load_summaries};
use crate::error::{AppError, Result, render};
use crate::filter::StatementFilter;
use crate::timeline::PAGE_SIZE;
use crate::values::CountryCode;
use crate::views::{DayGroup, PageNav, TimelineItem, group_statements};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/countries", get(list))
        .route("/countries/{code}", get(profile))
}

/// A country with its memberships and counts.
#[derive(Debug, sqlx::FromRow, serde::Serialize)]
pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub nato_member: bool,
    pub eu_member: bool,
    pub actors: i64,
    pub statements: i64,
    pub commitments: i64,
}

/// Every country, by name.
pub async fn all_countries(db: &sqlx::SqlitePool) -> Result<Vec<CountryRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COUNTRY_COLUMNS} order by c.name"
    )))
    .fetch_all(db)
    .await?)
}

/// One country by code.
pub async fn find_country(db: &sqlx::SqlitePool, code: &CountryCode) -> Result<Option<CountryRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COUNTRY_COLUMNS} where c.code = ?"
    )))
    .bind(code.as_str())
    .fetch_optional(db)
    .await?)
}

impl CountryRow {
    fn url_code(&self) -> String {
        self.code.to_ascii_lowercase()
    }
}

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesPage {
    viewer: Viewer,
    countries: Vec<CountryRow>,
}

const COUNTRY_COLUMNS: &str = "select c.code, c.name, c.nato_member, c.eu_member,
        (select count(*) from actor a where a.country = c.code) as actors,
        (select count(*) from statement_country_match m
         join statement s on s.id = m.statement_id
         where m.country = c.code and s.state = 'published') as statements,
        (select count(*) from commitment_provider_country p where p.country = c.code) as commitments
     from country c";

async fn list(viewer: Viewer, State(state): State<AppState>) -> Result<Html<String>> {
    let countries = all_countries(&state.db).await?;
    render(&CountriesPage { viewer, countries })
}

#[derive(Debug, sqlx::FromRow)]
struct CountryActor {
    slug: String,
    name: String,
    role: Option<String>,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    viewer: Viewer,
    chart: Option<crate::charts::Chart>,
    twins: crate::views::Twins,
    country: CountryRow,
    actors: Vec<CountryActor>,
    days: Vec<DayGroup>,
    nav: PageNav,
    commitments: Vec<CommitmentSummary>,
    timeline_href: String,
}

async fn profile(
    viewer: Viewer,
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let missing = || AppError::not_found(format!("There is no country {code:?}."));
    let parsed = CountryCode::parse(&code).map_err(|_| missing())?;
    if code != parsed.url_form() {
        // One permalink per country: /countries/FR answers with /countries/fr.
        let target = crate::views::with_query(
            &format!("/countries/{}", parsed.url_form()),
            query.as_deref().unwrap_or_default(),
        );
        return Ok(Redirect::permanent(&target).into_response());
    }
    let country = find_country(&state.db, &parsed)
        .await?
        .ok_or_else(missing)?;
    let actors: Vec<CountryActor> =
        sqlx::query_as("select slug, name, role from actor where country = ? order by name")
            .bind(parsed.as_str())
            .fetch_all(&state.db)
            .await?;
    let filter = StatementFilter {
        countries: vec![parsed.clone()],
        after: page_cursor(query.as_deref())?,
        ..StatementFilter::default()
    };
    let (page, statements) = cards::load_page(&state.db, &filter, PAGE_SIZE).await?;
    let nav = PageNav::for_record(&format!("/countries/{}", parsed.url_form()), &filter, &page);
    let commitment_ids: Vec<i64> = sqlx::query_scalar(
        "select commitment_id from commitment_provider_country where country = ?",
    )
    .bind(parsed.as_str())
    .fetch_all(&state.db)
    .await?;
    let commitments = load_summaries(&state.db, &commitment_ids).await?;
    let weeks: Vec<(String, i64)> = sqlx::query_as(
        "select date(s.said_on, 'weekday 0', '-6 days') as week, count(*)
         from statement_country_match m join statement s on s.id = m.statement_id
         where m.country = ? and s.state = 'published' and s.date_precision = 'day'
         group by week order by week",
    )
    .bind(parsed.as_str())
    .fetch_all(&state.db)
    .await?;
    let chart = crate::charts::weekly(
        "weekly",
        &format!("Statements by or about {} per week", country.name),
        weeks,
    );
    render(&CountryPage {
        viewer,
        chart,
        twins: crate::views::Twins::for_statements(&format!("country={}", parsed.url_form())),
        timeline_href: format!("/?country={}", parsed.url_form()),
        country,
        actors,
        days: group_statements(statements),
        nav,
        commitments,
    })
    .map(IntoResponse::into_response)
}
