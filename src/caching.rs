//! HTTP caching for readers: every public page and API answer carries an `ETag` that changes
//! with any edit, and a conditional request for unchanged data gets `304 Not Modified`.
//!
//! The tag is the data version (bumped after every successful state-changing request), the
//! instance's start (so a restart never reuses a tag) and the day (deadline states move with
//! the date). Logged-in editors see edit controls, so their pages are never tagged.
//!
//! Rendered answers are also kept in memory under the same tag, so a popular page is built
//! once per edit rather than once per reader; readers who ask for a page while it is being
//! built wait for that one build instead of starting their own.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes, HttpBody};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::auth::session_token;
use crate::error::AppError;

/// Answers kept at most, and their bytes at most; past either the cache starts again.
const CACHE_ENTRIES: usize = 1024;
const CACHE_BYTES: usize = 16 * 1024 * 1024;
/// The largest answer kept.
const CACHE_BODY_BYTES: usize = 1024 * 1024;

/// A rendered answer: its headers and body, and the tag it was rendered under.
#[derive(Debug, Clone)]
struct Cached {
    etag: String,
    content_type: Option<HeaderValue>,
    body: Bytes,
}

/// Answers rendered under the current version, and their size.
#[derive(Debug, Default)]
struct Rendered {
    answers: HashMap<String, Cached>,
    bytes: usize,
}

/// The version of the data this instance serves, and the answers rendered from it.
#[derive(Debug)]
pub struct DataVersion {
    started: String,
    counter: AtomicU64,
    rendered: Mutex<Rendered>,
    /// One lock per address being built, so that a burst of readers builds it once.
    building: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Pages built so far (for tests and diagnostics).
    builds: AtomicU64,
}

impl DataVersion {
    /// A new version for a starting instance.
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            started: crate::auth::new_token()[..12].to_owned(),
            counter: AtomicU64::new(0),
            rendered: Mutex::new(Rendered::default()),
            building: Mutex::new(HashMap::new()),
            builds: AtomicU64::new(0),
        })
    }

    /// Marks the data as changed; every rendered answer is dropped.
    pub fn bump(&self) {
        self.counter.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut rendered) = self.rendered.lock() {
            *rendered = Rendered::default();
        }
        if let Ok(mut building) = self.building.lock() {
            building.clear();
        }
    }

    /// The number of the current version; it grows with every change.
    pub fn number(&self) -> u64 {
        self.counter.load(Ordering::SeqCst)
    }

    /// How many pages have been built rather than served from memory.
    pub fn builds(&self) -> u64 {
        self.builds.load(Ordering::SeqCst)
    }

    /// The lock for building the answer at `uri`.
    fn build_lock(&self, uri: &str) -> Option<Arc<tokio::sync::Mutex<()>>> {
        let mut building = self.building.lock().ok()?;
        if building.len() >= CACHE_ENTRIES {
            building.clear();
        }
        Some(building.entry(uri.to_owned()).or_default().clone())
    }

    fn cached(&self, uri: &str, etag: &str) -> Option<Cached> {
        let rendered = self.rendered.lock().ok()?;
        rendered
            .answers
            .get(uri)
            .filter(|c| c.etag == etag)
            .cloned()
    }

    fn keep(&self, uri: String, cached: Cached) {
        if let Ok(mut rendered) = self.rendered.lock() {
            let key = uri.len();
            let size = key + cached.body.len();
            if rendered.answers.len() >= CACHE_ENTRIES || rendered.bytes + size > CACHE_BYTES {
                *rendered = Rendered::default();
            }
            rendered.bytes += size;
            if let Some(replaced) = rendered.answers.insert(uri, cached) {
                rendered.bytes -= key + replaced.body.len();
            }
        }
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
        && path != "/readyz"
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
    let uri = request.uri().to_string();
    // Streamed exports are not kept whole in memory.
    let keepable = method == Method::GET && !request.uri().path().ends_with(".csv");
    if keepable && let Some(hit) = state.version.cached(&uri, &etag) {
        return tagged(hit.into_response(), etag_value);
    }
    // Wait for anyone already building this page, then look again.
    let lock = keepable.then(|| state.version.build_lock(&uri)).flatten();
    let _building = match &lock {
        Some(lock) => Some(lock.lock().await),
        None => None,
    };
    if keepable && let Some(hit) = state.version.cached(&uri, &etag) {
        return tagged(hit.into_response(), etag_value);
    }
    state.version.builds.fetch_add(1, Ordering::SeqCst);
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let small = response
        .body()
        .size_hint()
        .exact()
        .is_some_and(|size| size <= CACHE_BODY_BYTES as u64);
    if !keepable || !small {
        return tagged(response, etag_value);
    }
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, CACHE_BODY_BYTES).await {
        Ok(bytes) => {
            state.version.keep(
                uri,
                Cached {
                    etag: etag.clone(),
                    content_type: parts.headers.get(header::CONTENT_TYPE).cloned(),
                    body: bytes.clone(),
                },
            );
            tagged(Response::from_parts(parts, Body::from(bytes)), etag_value)
        }
        // The body failed while being read; the client may try again.
        Err(_) => AppError::Unavailable("Please try again.".to_owned()).into_response(),
    }
}

impl Cached {
    fn into_response(self) -> Response {
        let mut response = Response::new(Body::from(self.body));
        if let Some(content_type) = self.content_type {
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, content_type);
        }
        response
    }
}

/// Adds the caching headers to a fresh answer.
fn tagged(mut response: Response, etag: Option<HeaderValue>) -> Response {
    let headers = response.headers_mut();
    if let Some(value) = etag {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, no-cache"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Cookie"));
    response
}
