//! The API described: the OpenAPI 3.1 document and a page for people with every endpoint and
//! an example.

use std::sync::OnceLock;

use askama::Template;
use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use serde_json::Value;

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{Result, render};

/// The OpenAPI document; a test checks real answers against it.
pub const OPENAPI: &str = include_str!("../static/openapi.json");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api", get(page))
}

async fn openapi() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        OPENAPI,
    )
}

/// One endpoint as the page lists it.
struct Endpoint {
    method: &'static str,
    path: String,
    summary: String,
    parameters: Vec<(String, String)>,
    example: Option<String>,
}

fn endpoints() -> &'static [Endpoint] {
    static ENDPOINTS: OnceLock<Vec<Endpoint>> = OnceLock::new();
    ENDPOINTS.get_or_init(|| {
        let doc: Value = serde_json::from_str(OPENAPI).unwrap_or_default();
        doc["paths"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(path, item)| {
                let method = if item.get("get").is_some() {
                    "GET"
                } else {
                    "POST"
                };
                let op = &item[method.to_ascii_lowercase()];
                Endpoint {
                    method,
                    path: path.clone(),
                    summary: op["summary"].as_str().unwrap_or_default().to_owned(),
                    parameters: op["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| {
                            (
                                p["name"].as_str().unwrap_or_default().to_owned(),
                                p["description"].as_str().unwrap_or_default().to_owned(),
                            )
                        })
                        .collect(),
                    example: op["x-example"].as_str().map(str::to_owned),
                }
            })
            .collect()
    })
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    viewer: Viewer,
    endpoints: &'static [Endpoint],
}

async fn page(viewer: Viewer) -> Result<Html<String>> {
    render(&ApiPage {
        viewer,
        endpoints: endpoints(),
    })
}
