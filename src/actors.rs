//! Actors: the people and institutions that speak, with their statements and positions.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;
use axum::routing::get;

use crate::AppState;
use crate::auth::Viewer;
use crate::cards::{self, CountryRef};
use crate::error::{AppError, Result, render};
use crate::filter::{Cursor, StatementFilter};
use crate::timeline::PAGE_SIZE;
use crate::values::{
    ActorKind, CommitmentStatus, CommitmentType, DatePrecision, FuzzyDate, PositionStance, Slug,
};
use crate::views::{DayGroup, PageNav, TimelineItem, group_statements};

mod edit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/actors", get(list))
        .route("/actors/{slug}", get(profile))
        .merge(crate::editing::routes::<edit::Actor>())
}

/// An actor with their number of published statements.
#[derive(Debug, sqlx::FromRow, serde::Serialize)]
pub struct ActorRow {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub country: Option<String>,
    #[serde(skip)]
    pub country_name: Option<String>,
    pub affiliation: Option<String>,
    /// From the in-memory facet index (see [`with_counts`]).
    #[sqlx(default)]
    pub statements: i64,
}

const ACTOR_COLUMNS: &str = "select a.id, a.slug, a.name, a.kind, a.role, a.country,
        c.name as country_name, a.affiliation
     from actor a left join country c on c.code = a.country";

/// Fills in each actor's number of published statements from the facet index, which keeps
/// them counted (a count in SQL reads every statement of a prolific speaker).
async fn with_counts(state: &AppState, mut actors: Vec<ActorRow>) -> Result<Vec<ActorRow>> {
    let counts = state
        .facet_index
        .count(&state.db, &StatementFilter::default())
        .await?;
    let counts: std::collections::HashMap<i64, i64> = counts.actors.into_iter().collect();
    for actor in &mut actors {
        actor.statements = counts.get(&actor.id).copied().unwrap_or(0);
    }
    Ok(actors)
}

/// Every actor, those with most statements first.
pub async fn all_actors(state: &AppState) -> Result<Vec<ActorRow>> {
    let actors = sqlx::query_as(ACTOR_COLUMNS).fetch_all(&state.db).await?;
    let mut actors = with_counts(state, actors).await?;
    actors.sort_by(|a, b| b.statements.cmp(&a.statements).then(a.name.cmp(&b.name)));
    Ok(actors)
}

/// Every actor with their aliases, as the quote extraction matches speakers against them.
async fn known_for_extraction(db: &sqlx::SqlitePool) -> Result<Vec<crate::extract::KnownActor>> {
    type Row = (
        String,
        String,
        Option<String>,
        ActorKind,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "select a.slug, a.name, group_concat(al.alias, char(31)), a.kind, a.country, a.role,
                a.affiliation
         from actor a left join actor_alias al on al.actor_id = a.id group by a.id",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(slug, name, aliases, kind, country, role, affiliation)| crate::extract::KnownActor {
                slug,
                name,
                aliases: aliases
                    .map(|a| a.split('\u{1f}').map(str::to_owned).collect())
                    .unwrap_or_default(),
                institution: kind == ActorKind::Institution,
                country,
                role,
                affiliation,
            },
        )
        .collect())
}

/// Extracts `text` against the known actors on a blocking thread: a long text takes a
/// noticeable slice of CPU that the server's other requests should not wait behind, and a
/// fault in the extractor fails this request alone, with an apology.
pub async fn extract_with_known(
    db: &sqlx::SqlitePool,
    text: String,
    published_on: Option<crate::values::Day>,
) -> Result<crate::extract::Extraction> {
    let known = known_for_extraction(db).await?;
    let extraction =
        tokio::task::spawn_blocking(move || crate::extract::extract(&text, &known, published_on))
            .await
            .map_err(crate::error::InternalError::from)?;
    Ok(extraction)
}

/// One actor by slug.
pub async fn find_actor(state: &AppState, slug: &Slug) -> Result<Option<ActorRow>> {
    let actor: Option<ActorRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ACTOR_COLUMNS} where a.slug = ?"
    )))
    .bind(slug.as_str())
    .fetch_optional(&state.db)
    .await?;
    Ok(match actor {
        Some(actor) => with_counts(state, vec![actor]).await?.pop(),
        None => None,
    })
}

impl ActorRow {
    fn country_ref(&self) -> Option<CountryRef> {
        Some(CountryRef {
            code: self.country.as_deref()?.to_ascii_lowercase(),
            name: self.country_name.clone()?,
        })
    }
}

#[derive(Template)]
#[template(path = "actors.html")]
struct ActorsPage {
    viewer: Viewer,
    actors: Vec<ActorRow>,
}

async fn list(viewer: Viewer, State(state): State<AppState>) -> Result<Html<String>> {
    let actors = all_actors(&state).await?;
    render(&ActorsPage { viewer, actors })
}

/// A commitment the actor provides or took a position on.
#[derive(Debug, sqlx::FromRow)]
struct ActorCommitment {
    id: i64,
    title: String,
    #[sqlx(rename = "type")]
    kind: CommitmentType,
    status: Option<CommitmentStatus>,
    provider: bool,
}

/// One dated position the actor took on a commitment.
#[derive(Debug, sqlx::FromRow)]
struct PositionRow {
    statement_id: i64,
    said_on: Option<String>,
    date_precision: DatePrecision,
    commitment_id: i64,
    commitment_title: String,
    stance: PositionStance,
}

impl PositionRow {
    fn date(&self) -> FuzzyDate {
        FuzzyDate::from_stored(self.said_on.as_deref(), self.date_precision)
    }
}

#[derive(Template)]
#[template(path = "actor.html")]
struct ActorPage {
    viewer: Viewer,
    chart: Option<crate::charts::Chart>,
    twins: crate::views::Twins,
    edit_href: String,
    history_href: String,
    delete_href: String,
    actor: ActorRow,
    aliases: Vec<String>,
    days: Vec<DayGroup>,
    nav: PageNav,
    commitments: Vec<ActorCommitment>,
    positions: Vec<PositionRow>,
    timeline_href: String,
}

async fn profile(
    viewer: Viewer,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>> {
    let missing = || AppError::not_found(format!("There is no actor {slug:?}."));
    let slug = Slug::parse(&slug).map_err(|_| missing())?;
    let actor = find_actor(&state, &slug).await?.ok_or_else(missing)?;
    let id = actor.id;
    let aliases: Vec<String> =
        sqlx::query_scalar("select alias from actor_alias where actor_id = ? order by alias")
            .bind(id)
            .fetch_all(&state.db)
            .await?;

    let filter = StatementFilter {
        actors: vec![slug.clone()],
        after: page_cursor(query.as_deref())?,
        ..StatementFilter::default()
    };
    let (page, statements) = cards::load_page(&state.db, &filter, PAGE_SIZE).await?;
    let nav = PageNav::for_record(&format!("/actors/{}", slug.as_str()), &filter, &page);

    // Positions are few and a speaker's statements may be many: the statements with a
    // position are read (one row) and the speaker's picked out in memory.
    let positioned: String =
        sqlx::query_scalar("select json_group_array(distinct statement_id) from position")
            .fetch_one(&state.db)
            .await?;
    let positioned: Vec<i64> =
        serde_json::from_str(&positioned).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let own = state
        .facet_index
        .by_actor_among(&state.db, id, &positioned)
        .await?;
    let own = serde_json::Value::from(own).to_string();
    let commitments: Vec<ActorCommitment> = sqlx::query_as(
        "select c.id, c.title, c.type,
                (select e.status from commitment_event e where e.commitment_id = c.id
                 order by e.sort_day desc, e.id desc limit 1) as status,
                exists (select 1 from commitment_provider_actor p
                        where p.commitment_id = c.id and p.actor_id = ?1) as provider
         from commitment c
         where c.id in (select commitment_id from commitment_provider_actor where actor_id = ?1)
            or c.id in (select commitment_id from position
                        where statement_id in (select value from json_each(?2)))
         order by c.title",
    )
    .bind(id)
    .bind(&own)
    .fetch_all(&state.db)
    .await?;
    let positions: Vec<PositionRow> = sqlx::query_as(
        "select s.id as statement_id, s.said_on, s.date_precision, c.id as commitment_id,
                c.title as commitment_title, p.stance
         from position p
         join statement s on s.id = p.statement_id
         join commitment c on c.id = p.commitment_id
         where p.statement_id in (select value from json_each(?))
         order by s.sort_day, s.id",
    )
    .bind(&own)
    .fetch_all(&state.db)
    .await?;

    // From the in-memory columns: a prolific speaker has hundreds of thousands of statements.
    let days = state.facet_index.days_of_actor(&state.db, id).await?;
    let weeks = weeks_of(&days);
    let chart = crate::charts::weekly(
        "weekly",
        &format!("Statements by {} per week", actor.name),
        weeks,
    );
    render(&ActorPage {
        viewer,
        chart,
        twins: crate::views::Twins {
            atom: format!("/actors/{}/feed.atom", slug.as_str()),
            ..crate::views::Twins::for_statements(&format!("actor={}", slug.as_str()))
        },
        edit_href: format!("/actors/{id}/edit"),
        history_href: format!("/history?record_type=actor&record_id={id}"),
        delete_href: String::new(),
        timeline_href: format!("/?actor={}", slug.as_str()),
        actor,
        aliases,
        days: group_statements(statements),
        nav,
        commitments,
        positions,
    })
}

/// Counts by day (`yyyymmdd`, oldest first) summed by the week's Monday (`YYYY-MM-DD`).
fn weeks_of(days: &[(u32, i64)]) -> Vec<(String, i64)> {
    let mut weeks: Vec<(String, i64)> = Vec::new();
    for &(day, count) in days {
        let Ok(month) = time::Month::try_from((day / 100 % 100) as u8) else {
            continue;
        };
        let Ok(date) =
            time::Date::from_calendar_date((day / 10_000) as i32, month, (day % 100) as u8)
        else {
            continue;
        };
        let monday = date - time::Duration::days(date.weekday().number_days_from_monday().into());
        let week = crate::values::Day(monday).to_string();
        match weeks.last_mut() {
            Some((last, n)) if *last == week => *n += count,
            _ => weeks.push((week, count)),
        }
    }
    weeks
}

/// Record pages take only the page position from the query string.
pub fn page_cursor(query: Option<&str>) -> Result<Option<Cursor>> {
    let mut cursor = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if key == "after" && !value.is_empty() {
            cursor = Some(
                Cursor::parse(&value)
                    .map_err(|why| AppError::bad_request(format!("Invalid after: {why}")))?,
            );
        }
    }
    Ok(cursor)
}

#[cfg(test)]
mod tests {
    use super::weeks_of;

    #[test]
    fn days_add_up_by_the_monday_of_their_week() {
        let days = [(20250818, 2), (20250824, 3), (20250825, 1), (20251231, 4)];
        assert_eq!(
            weeks_of(&days),
            vec![
                ("2025-08-18".to_owned(), 5),
                ("2025-08-25".to_owned(), 1),
                ("2025-12-29".to_owned(), 4),
            ]
        );
    }
}
