//! What keeps the service safe and standing: security headers on every answer, a bound on
//! work in progress (overload is answered at once with 503 and `Retry-After`), request
//! timeouts and body limits, and a request id on every answer and log line.

use std::time::Duration;

use axum::BoxError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::AppError;

/// Requests handled at once by default; more are refused rather than queued without end.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 512;
/// The longest a request may take to produce its answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a stopping server waits for requests in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);
/// The longest a client may take to send a request's headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request body accepted (forms, including an article's full text).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The policy for every page: nothing but this site's own stylesheet; no script at all; no
/// plugins; forms post only here; no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// The same policy for embed pages, which any site may frame.
pub const EMBED_CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors *";

/// Adds the security headers; a handler that set its own policy (embeds) keeps it.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if state.config.public_url.starts_with("https://") {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Answers a request the server could not take on: overloaded (503, try again in a second) or
/// out of time (503 too: the work was abandoned, nothing half-done is kept).
pub async fn overloaded(error: BoxError) -> Response {
    if error.is::<tower::load_shed::error::Overloaded>() {
        AppError::Unavailable("The site is busy; try again in a moment.".to_owned()).into_response()
    } else {
        tracing::error!(%error, "request failed in the service stack");
        (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.").into_response()
    }
}
