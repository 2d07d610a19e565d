//! HTTP caching for readers: every public page and API answer carries an `ETag` that changes
//! with any edit, and a conditional request for unchanged data gets `304 Not Modified`.
//!
//! The tag is the data version (bumped after every successful state-changing request), the
//! instance's start (so a restart never reuses a tag) and the day (deadline states move with
//! the date). Logged-in editors see edit controls, so their pages are never tagged.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::auth::session_token;

/// The version of the data this instance serves.
#[derive(Debug)]
pub struct DataVersion {
    started: String,
    counter: AtomicU64,
}

impl DataVersion {
    /// A new version for a starting instance.
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            started: crate::auth::new_token()[..12].to_owned(),
            counter: AtomicU64::new(0),
        })
    }

    /// Marks the data as changed.
    pub fn bump(&self) {
        self.counter.fetch_add(1, Ordering::SeqCst);
    }

    /// The entity tag for the current data.
    pub fn etag(&self) -> String {
        format!(
            "W/\"{}-{}-{}\"",
            self.started,
            self.counter.load(Ordering::SeqCst),
            crate::values::Day::today()
        )
    }
}

/// Tags cacheable answers and answers conditional requests; counts writes.
pub async fn conditional_get(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let response = next.run(request).await;
        let status = response.status();
        if status.is_success() || status.is_redirection() {
            state.version.bump();
        }
        return response;
    }
    let path = request.uri().path();
    let cacheable = session_token(request.headers()).is_none()
        && !path.starts_with("/static/")
        && path != "/healthz"
        && path != "/login";
    if !cacheable {
        return next.run(request).await;
    }
    let etag = state.version.etag();
    let matches = request
        .headers()
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| tag.trim() == etag || tag.trim() == "*");
    let etag_value = HeaderValue::from_str(&etag).ok();
    if matches {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        if let Some(value) = etag_value {
            response.headers_mut().insert(header::ETAG, value);
        }
        return response;
    }
    let mut response = next.run(request).await;
    if response.status() == StatusCode::OK {
        let headers = response.headers_mut();
        if let Some(value) = etag_value {
            headers.insert(header::ETAG, value);
        }
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, no-cache"),
        );
        headers.insert(header::VARY, HeaderValue::from_static("Cookie"));
    }
    response
}
