//! The JSON API, `/api/v1/…`: the same data and filters as the pages, for other programs.
//! Errors are JSON too.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::cards::{self, StatementCard};
use crate::commitments::{CommitmentSummary, all_summaries, load_summaries};
use crate::error::AppError;
use crate::facets::{self, FacetGroup};
use crate::filter::StatementFilter;
use crate::values::{CountryCode, Slug};

/// The largest text the extraction endpoint reads.
const MAX_EXTRACT_BYTES: usize = 256 * 1024;

/// The most statements one API page may hold.
const MAX_LIMIT: usize = 500;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/statements", get(statements))
        .route(
            "/api/v1/statements.csv",
            get(crate::exports::statements_csv),
        )
        .route("/api/v1/statements/{id}", get(statement))
        .route("/api/v1/actors", get(actors))
        .route("/api/v1/actors/{slug}", get(actor))
        .route("/api/v1/countries", get(countries))
        .route("/api/v1/countries/{code}", get(country))
        .route("/api/v1/articles", get(articles))
        .route("/api/v1/articles/{id}", get(article))
        .route("/api/v1/commitments", get(commitments))
        .route(
            "/api/v1/commitments.csv",
            get(crate::exports::commitments_csv),
        )
        .route("/api/v1/commitments/{id}", get(commitment))
        .route(
            "/api/v1/extract",
            axum::routing::post(extract)
                .layer(axum::extract::DefaultBodyLimit::max(MAX_EXTRACT_BYTES)),
        )
        .route("/api/v1/{*rest}", get(unknown))
}

/// An error as the API answers it: `{"error": {"status": 400, "message": "…"}}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        Self(error)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        if let AppError::Internal(error) = &self.0 {
            tracing::error!(%error, "API request failed");
        }
        let body =
            json!({"error": {"status": status.as_u16(), "message": self.0.public_message()}});
        (status, Json(body)).into_response()
    }
}

type ApiResult<T> = Result<T, ApiError>;

async fn unknown() -> ApiError {
    ApiError(AppError::not_found(
        "There is no such API endpoint. See /api for the list.",
    ))
}

/// A speaker or principal in API answers.
#[derive(Serialize)]
struct ActorRef {
    slug: String,
    name: String,
    country: Option<String>,
}

/// The source of a statement in API answers.
#[derive(Serialize)]
struct ArticleRef {
    id: i64,
    title: String,
    outlet: Option<String>,
    url: Option<String>,
    published_on: Option<String>,
    translator: Option<String>,
}

/// A statement in API answers; the fields of the contract in DESIGN.md and a few more.
#[derive(Serialize)]
pub struct StatementJson {
    id: i64,
    text: String,
    kind: crate::values::StatementKind,
    said_on: Option<String>,
    date_precision: crate::values::DatePrecision,
    sourcing: crate::values::Sourcing,
    stance: Option<crate::values::Stance>,
    context: Option<String>,
    actor: ActorRef,
    speaks_for: Option<ActorRef>,
    article: Option<ArticleRef>,
    countries: Vec<String>,
    state: crate::values::EditorialState,
    #[serde(skip_serializing_if = "Option::is_none")]
    retraction_reason: Option<String>,
    url: String,
}

impl StatementJson {
    /// The API form of a card.
    pub fn from_card(card: StatementCard, base: &str) -> Self {
        Self {
            url: format!("{base}/statements/{}", card.id),
            id: card.id,
            text: card.text,
            kind: card.kind,
            said_on: card.date.day.map(|d| d.to_string()),
            date_precision: card.date.precision,
            sourcing: card.sourcing,
            stance: card.stance,
            context: card.context,
            actor: ActorRef {
                slug: card.speaker.slug,
                name: card.speaker.name,
                country: card.speaker.country.map(|c| c.code.to_ascii_uppercase()),
            },
            speaks_for: card.speaks_for.map(|p| ActorRef {
                slug: p.slug,
                name: p.name,
                country: None,
            }),
            article: card.source.map(|s| ArticleRef {
                id: s.article_id,
                title: s.title,
                outlet: s.outlet,
                url: s.url,
                published_on: s.published_on.map(|d| d.to_string()),
                translator: s.translator,
            }),
            countries: card
                .countries
                .into_iter()
                .map(|c| c.code.to_ascii_uppercase())
                .collect(),
            state: card.state,
            retraction_reason: card.retraction_reason,
        }
    }
}

#[derive(Serialize)]
struct StatementList {
    items: Vec<StatementJson>,
    total: i64,
    next: Option<String>,
    facets: Vec<FacetGroup>,
}

/// The page size from `limit` (1 to 500, default 50).
fn limit(query: Option<&str>) -> Result<usize, AppError> {
    let value = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "limit")
        .map(|(_, v)| v.into_owned());
    match value.as_deref() {
        None | Some("") => Ok(crate::timeline::PAGE_SIZE),
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(|| {
                AppError::bad_request(format!(
                    "Invalid limit: {text:?}; use a number from 1 to {MAX_LIMIT}."
                ))
            }),
    }
}

async fn statements(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<StatementList>> {
    let filter = StatementFilter::parse(query.as_deref())?;
    crate::facets::check_references(&state, &filter).await?;
    let size = limit(query.as_deref())?;
    let (page, cards) = cards::load_page(&state.db, &filter, size).await?;
    let base = &state.config.public_url;
    let next = page.next.as_ref().map(|cursor| {
        let mut query = filter.query_string_after(cursor);
        if size != crate::timeline::PAGE_SIZE {
            query.push_str(&format!("&limit={size}"));
        }
        format!("{base}/api/v1/statements?{query}")
    });
    let (total, facets) = facets::count(&state, &filter).await?;
    Ok(Json(StatementList {
        items: cards
            .into_iter()
            .map(|c| StatementJson::from_card(c, base))
            .collect(),
        total,
        next,
        facets,
    }))
}

fn numeric_id(id: &str, what: &str) -> Result<i64, AppError> {
    id.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::not_found(format!("There is no {what} {id:?}.")))
}

async fn statement(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let id = numeric_id(&id, "statement")?;
    let card = cards::load_statement_cards(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(|| AppError::not_found(format!("There is no statement {id}.")))?;
    let appearances: Vec<(i64, String, bool, Option<bool>)> = sqlx::query_as(
        "select ap.article_id, ap.wording, ap.id = (select min(id) from appearance where statement_id = ap.statement_id), ap.verbatim
         from appearance ap where ap.statement_id = ? order by ap.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let relations: Vec<(String, i64, String)> = sqlx::query_as(
        "select kind, to_statement_id, 'outgoing' from statement_relation where from_statement_id = ?1
         union all
         select kind, from_statement_id, 'incoming' from statement_relation where to_statement_id = ?1",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let positions: Vec<(i64, String)> =
        sqlx::query_as("select commitment_id, stance from position where statement_id = ?")
            .bind(id)
            .fetch_all(&state.db)
            .await?;
    let base = state.config.public_url.clone();
    let mut body =
        serde_json::to_value(StatementJson::from_card(card, &base)).map_err(AppError::from)?;
    body["appearances"] = appearances
        .into_iter()
        .map(|(article, wording, first, verbatim)| {
            json!({"article_id": article, "wording": wording, "first": first, "verbatim": verbatim,
                   "article_url": format!("{base}/api/v1/articles/{article}")})
        })
        .collect();
    body["relations"] = relations
        .into_iter()
        .map(|(kind, other, direction)| {
            json!({"kind": kind, "direction": direction, "statement_id": other,
                   "url": format!("{base}/api/v1/statements/{other}")})
        })
        .collect();
    body["positions"] = positions
        .into_iter()
        .map(|(commitment, stance)| {
            json!({"commitment_id": commitment, "stance": stance,
                   "url": format!("{base}/api/v1/commitments/{commitment}")})
        })
        .collect();
    Ok(Json(body))
}

async fn actors(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let actors = crate::actors::all_actors(&state).await?;
    Ok(Json(json!({ "items": actors })))
}

async fn actor(State(state): State<AppState>, Path(slug): Path<String>) -> ApiResult<Json<Value>> {
    let missing = || AppError::not_found(format!("There is no actor {slug:?}."));
    let parsed = Slug::parse(&slug).map_err(|_| missing())?;
    let actor = crate::actors::find_actor(&state, &parsed)
        .await?
        .ok_or_else(missing)?;
    let aliases: Vec<String> = sqlx::query_scalar(
        "select alias from actor_alias where actor_id = (select id from actor where slug = ?)
         order by alias",
    )
    .bind(parsed.as_str())
    .fetch_all(&state.db)
    .await?;
    let base = &state.config.public_url;
    let mut body = serde_json::to_value(actor).map_err(AppError::from)?;
    body["aliases"] = json!(aliases);
    body["statements_url"] = json!(format!("{base}/api/v1/statements?actor={slug}"));
    Ok(Json(body))
}

async fn countries(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let countries = crate::countries::all_countries(&state.db).await?;
    Ok(Json(json!({ "items": countries })))
}

async fn country(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> ApiResult<Json<Value>> {
    let missing = || AppError::not_found(format!("There is no country {code:?}."));
    let parsed = CountryCode::parse(&code).map_err(|_| missing())?;
    let country = crate::countries::find_country(&state.db, &parsed)
        .await?
        .ok_or_else(missing)?;
    let commitment_ids: Vec<i64> = sqlx::query_scalar(
        "select commitment_id from commitment_provider_country where country = ?",
    )
    .bind(parsed.as_str())
    .fetch_all(&state.db)
    .await?;
    let base = &state.config.public_url;
    let mut body = serde_json::to_value(country).map_err(AppError::from)?;
    body["commitments_provided"] =
        commitments_json(load_summaries(&state.db, &commitment_ids).await?, base);
    body["statements_url"] = json!(format!(
        "{base}/api/v1/statements?country={}",
        parsed.url_form()
    ));
    Ok(Json(body))
}

async fn articles(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let articles = crate::articles::all_articles(&state.db).await?;
    Ok(Json(json!({ "items": articles })))
}

async fn article(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let id = numeric_id(&id, "article")?;
    let article = crate::articles::find_article(&state.db, id)
        .await?
        .ok_or_else(|| AppError::not_found(format!("There is no article {id}.")))?;
    let ids = crate::articles::article_statement_ids(&state.db, id).await?;
    let cards = cards::load_statement_cards(&state.db, &ids).await?;
    let base = &state.config.public_url;
    let mut body = serde_json::to_value(article).map_err(AppError::from)?;
    body["statements_carried"] = serde_json::to_value(
        cards
            .into_iter()
            .map(|c| StatementJson::from_card(c, base))
            .collect::<Vec<_>>(),
    )
    .map_err(AppError::from)?;
    Ok(Json(body))
}

fn commitments_json(summaries: Vec<CommitmentSummary>, base: &str) -> Value {
    summaries
        .into_iter()
        .map(|c| {
            json!({
                "id": c.id,
                "title": c.title,
                "type": c.kind,
                "status": c.status,
                "providers": c.providers.iter().map(|p| p.code.to_ascii_uppercase()).collect::<Vec<_>>(),
                "due_on": c.due_on.map(|d| d.to_string()),
                "deadline": c.deadline.as_str(),
                "url": format!("{base}/api/v1/commitments/{}", c.id),
            })
        })
        .collect()
}

async fn commitments(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let summaries = all_summaries(&state.db).await?;
    Ok(Json(
        json!({ "items": commitments_json(summaries, &state.config.public_url) }),
    ))
}

#[derive(sqlx::FromRow, Serialize)]
struct CommitmentDetails {
    quantity: Option<String>,
    geography: Option<String>,
    conditions: Option<String>,
    details: Option<String>,
    due_text: Option<String>,
    beneficiary: String,
}

#[derive(sqlx::FromRow, Serialize)]
struct EventRow {
    status: String,
    #[serde(rename = "date")]
    occurred_on: Option<String>,
    date_precision: String,
    statement_id: Option<i64>,
    article_id: Option<i64>,
    note: Option<String>,
}

async fn commitment(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let id = numeric_id(&id, "commitment")?;
    let summary = load_summaries(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(|| AppError::not_found(format!("There is no commitment {id}.")))?;
    let details: CommitmentDetails = sqlx::query_as(
        "select quantity, geography, conditions, details, due_text, beneficiary
         from commitment where id = ?",
    )
    .bind(id)
    .fetch_one(&state.db)
    .await?;
    let events: Vec<EventRow> = sqlx::query_as(
        "select status, occurred_on, date_precision, statement_id, article_id, note
         from commitment_event where commitment_id = ? order by sort_day, id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let positions: Vec<(i64, String, String)> = sqlx::query_as(
        "select p.statement_id, a.slug, p.stance from position p
         join statement s on s.id = p.statement_id join actor a on a.id = s.actor_id
         where p.commitment_id = ? and s.state = 'published' order by s.sort_day, s.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let base = &state.config.public_url;
    let mut body = commitments_json(vec![summary], base)[0].take();
    for (key, value) in serde_json::to_value(details)
        .map_err(AppError::from)?
        .as_object()
        .into_iter()
        .flatten()
    {
        body[key] = value.clone();
    }
    body["history"] = serde_json::to_value(events).map_err(AppError::from)?;
    body["positions"] = positions
        .into_iter()
        .map(|(statement, actor, stance)| {
            json!({"statement_id": statement, "actor": actor, "stance": stance,
                   "url": format!("{base}/api/v1/statements/{statement}")})
        })
        .collect();
    Ok(Json(body))
}

#[derive(serde::Deserialize)]
struct ExtractRequest {
    text: String,
    published_on: Option<String>,
}

/// `POST /api/v1/extract`: proposes the quotations in a text, with their speakers; nothing is
/// stored.
async fn extract(
    State(state): State<AppState>,
    body: Result<Json<ExtractRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<Json<Value>> {
    let Json(request) = body.map_err(|rejection| {
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge(format!(
                "The text is too long: at most {} KiB.",
                MAX_EXTRACT_BYTES / 1024
            ))
        } else {
            AppError::bad_request(format!(
                "Send JSON like {{\"text\": \"…\", \"published_on\": \"YYYY-MM-DD\"}}: {}",
                rejection.body_text()
            ))
        }
    })?;
    let published_on = request
        .published_on
        .as_deref()
        .map(crate::values::Day::parse)
        .transpose()
        .map_err(|why| AppError::bad_request(format!("Invalid published_on: {why}")))?;
    let extraction =
        crate::actors::extract_with_known(&state.db, request.text, published_on).await?;
    Ok(Json(json!(extraction)))
}
