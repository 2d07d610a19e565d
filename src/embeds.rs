//! Putting a statement on another site: a compact card for an iframe, the oEmbed answer that
//! publishing systems ask for, and the timeline in the format Knight Lab's TimelineJS reads.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::api::ApiError;
use crate::cards::{self, StatementCard};
use crate::error::{AppError, Result, render};
use crate::filter::StatementFilter;
use crate::values::DatePrecision;

/// The size an embedded card asks for.
const EMBED_WIDTH: u32 = 560;
const EMBED_HEIGHT: u32 = 320;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/embed/statements/{id}", get(embed_statement))
        .route("/oembed", get(oembed))
        .route("/api/v1/timelinejs.json", get(timelinejs))
}

#[derive(Template)]
#[template(path = "embed_statement.html")]
struct EmbedPage {
    card: StatementCard,
    permalink: String,
}

async fn embed_statement(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let missing = || AppError::not_found(format!("There is no statement {id:?}."));
    let id: i64 = id.parse().map_err(|_| missing())?;
    let card = cards::load_statement_cards(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(missing)?;
    let page = EmbedPage {
        permalink: format!("{}/statements/{id}", state.config.public_url),
        card,
    };
    let mut response = render(&page)?.into_response();
    // The one kind of page other sites may frame.
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(crate::protection::EMBED_CONTENT_SECURITY_POLICY),
    );
    Ok(response)
}

#[derive(Deserialize)]
struct OembedQuery {
    url: Option<String>,
    format: Option<String>,
    maxwidth: Option<u32>,
}

/// oEmbed 1.0 for a statement permalink: a `rich` answer with the iframe.
async fn oembed(
    State(state): State<AppState>,
    query: Result<Query<OembedQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| AppError::bad_request(e.body_text()))?;
    if query.format.as_deref().is_some_and(|f| f != "json") {
        return Err(AppError::NotImplemented("Only format=json is served.".to_owned()).into());
    }
    let url = query
        .url
        .ok_or_else(|| AppError::bad_request("Give the statement's permalink as url."))?;
    let base = &state.config.public_url;
    let id: i64 = url
        .strip_prefix(&format!("{base}/statements/"))
        .and_then(|rest| rest.trim_end_matches('/').parse().ok())
        .ok_or_else(|| {
            AppError::not_found(format!(
                "{url:?} is not a statement permalink of this site."
            ))
        })?;
    let card = cards::load_statement_cards(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(|| AppError::not_found(format!("There is no statement {id}.")))?;
    let width = query
        .maxwidth
        .unwrap_or(EMBED_WIDTH)
        .clamp(200, EMBED_WIDTH);
    let title = format!("{}, {}", card.speaker.name, card.date.display());
    let src = format!("{base}/embed/statements/{id}");
    let html = format!(
        "<iframe src=\"{src}\" width=\"{width}\" height=\"{EMBED_HEIGHT}\" title=\"{}\" \
         style=\"border:0\" loading=\"lazy\"></iframe>",
        escape_attribute(&format!("Statement by {title}"))
    );
    Ok(Json(json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Guarantee Watch",
        "provider_url": base,
        "title": title,
        "author_name": card.speaker.name,
        "author_url": format!("{base}/actors/{}", card.speaker.slug),
        "html": html,
        "width": width,
        "height": EMBED_HEIGHT,
    }))
    .into_response())
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The timeline's statements, with its filters, as TimelineJS events. Undated statements
/// cannot be placed on a time axis and are left out.
async fn timelinejs(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let filter = StatementFilter::parse(query.as_deref())?;
    crate::facets::check_references(&state, &filter).await?;
    let (_, cards) = cards::load_page(&state.db, &filter, 500).await?;
    let base = &state.config.public_url;
    let events: Vec<Value> = cards
        .iter()
        .filter_map(|card| {
            let day = card.date.day?;
            let mut start = json!({"year": day.0.year(), "month": u8::from(day.0.month())});
            if card.date.precision == DatePrecision::Day {
                start["day"] = json!(day.0.day());
            }
            let words = if card.is_direct() {
                format!("\u{201c}{}\u{201d}", card.text)
            } else {
                format!("Reported: {}", card.text)
            };
            let source = card
                .source
                .as_ref()
                .map(|s| format!(" Source: {}.", s.title))
                .unwrap_or_default();
            Some(json!({
                "unique_id": format!("statement-{}", card.id),
                "start_date": start,
                "group": card.speaker.name,
                "text": {
                    "headline": card.speaker.name,
                    "text": escape_attribute(&format!("{words}{source}")),
                },
                "media": {"url": format!("{base}/statements/{}", card.id), "caption": "Permalink"},
            }))
        })
        .collect();
    Ok(Json(json!({
        "title": {"text": {"headline": "Security guarantees for Ukraine", "text": "Statements from Guarantee Watch"}},
        "events": events,
    })))
}
