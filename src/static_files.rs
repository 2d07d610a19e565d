//! The stylesheet, embedded in the binary so that the program runs from any directory.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::AppState;

const STYLE_CSS: &str = include_str!("../static/style.css");

pub fn routes() -> Router<AppState> {
    Router::new().route("/static/style.css", get(style))
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE_CSS,
    )
}
