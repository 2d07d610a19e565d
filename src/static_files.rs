//! The stylesheet, embedded in the binary so that the program runs from any directory.
//! Browsers revalidate it on each visit (a cheap 304), so a new release is seen at once.

use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;

const STYLE_CSS: &str = include_str!("../static/style.css");

pub fn routes() -> Router<AppState> {
    Router::new().route("/static/style.css", get(style))
}

/// The stylesheet's entity tag: a hash of its content.
fn style_etag() -> &'static str {
    static ETAG: OnceLock<String> = OnceLock::new();
    ETAG.get_or_init(|| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        STYLE_CSS.hash(&mut hasher);
        format!("\"{:016x}\"", hasher.finish())
    })
}

async fn style(headers: HeaderMap) -> Response {
    let etag = style_etag();
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let cache = [
        (header::ETAG, etag),
        (header::CACHE_CONTROL, "public, no-cache"),
    ];
    if fresh {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (
        cache,
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        STYLE_CSS,
    )
        .into_response()
}
