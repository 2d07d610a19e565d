//! The one error type of the web layer and how each error is shown.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// A handler's result.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// What can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The record or page does not exist; the text says what was looked for.
    #[error("{0}")]
    NotFound(String),
    /// The request cannot be answered as asked; the text says which value and why.
    #[error("{0}")]
    BadRequest(String),
    /// A submitted value is wrong; the text says which and why.
    #[error("{0}")]
    Unprocessable(String),
    /// The server cannot take the request now; the client should retry shortly.
    #[error("{0}")]
    Unavailable(String),
    /// The request body is larger than this route takes.
    #[error("{0}")]
    TooLarge(String),
    /// A variant of the request this site does not serve.
    #[error("{0}")]
    NotImplemented(String),
    /// The request clashes with the record as it is now.
    #[error("{0}")]
    Conflict(String),
    /// The user may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// Too many attempts; try again after the given number of seconds.
    #[error("{message}")]
    TooManyRequests { message: String, retry_after: u64 },
    /// A fault of ours: logged in full, shown to the client as a plain apology.
    #[error(transparent)]
    Internal(#[from] InternalError),
}

/// Any failure that is not the client's doing.
#[derive(Debug, thiserror::Error)]
pub enum InternalError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::RowNotFound => Self::NotFound("No such record.".to_owned()),
            sqlx::Error::PoolTimedOut => {
                Self::Unavailable("The site is busy; try again in a moment.".to_owned())
            }
            other => Self::Internal(other.into()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        Self::Internal(error.into())
    }
}

impl From<serde_json::Error> for AppError {
    fn from(error: serde_json::Error) -> Self {
        Self::Internal(error.into())
    }
}

impl AppError {
    /// Shorthand for a 404 naming what was not found.
    pub fn not_found(what: impl Into<String>) -> Self {
        Self::NotFound(what.into())
    }

    /// Shorthand for a 400 saying what is wrong.
    pub fn bad_request(why: impl Into<String>) -> Self {
        Self::BadRequest(why.into())
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::NotImplemented(_) => StatusCode::NOT_IMPLEMENTED,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message a client may see; internal details stay in the log.
    pub fn public_message(&self) -> String {
        match self {
            Self::NotFound(message)
            | Self::BadRequest(message)
            | Self::Forbidden(message)
            | Self::Conflict(message)
            | Self::Unprocessable(message)
            | Self::NotImplemented(message)
            | Self::TooLarge(message)
            | Self::Unavailable(message) => message.clone(),
            Self::TooManyRequests { message, .. } => message.clone(),
            Self::Internal(_) => {
                "Something went wrong on our side. The error has been logged; please try again."
                    .to_owned()
            }
        }
    }
}

/// The styled error page.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    viewer: crate::auth::Viewer,
    status: u16,
    title: &'static str,
    message: String,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let Self::Internal(error) = &self {
            tracing::error!(%error, "request failed");
        }
        let page = ErrorPage {
            viewer: crate::auth::Viewer::default(),
            status: status.as_u16(),
            title: status.canonical_reason().unwrap_or("Error"),
            message: self.public_message(),
        };
        let mut response = match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(error) => {
                tracing::error!(%error, "error page failed to render");
                (status, self.public_message()).into_response()
            }
        };
        match self {
            Self::TooManyRequests { retry_after, .. } => {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, retry_after.into());
            }
            Self::Unavailable(_) => {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, 1.into());
            }
            _ => {}
        }
        response
    }
}

/// Renders a page template, turning a render failure into an internal error.
pub fn render(template: &impl Template) -> Result<Html<String>> {
    Ok(Html(template.render()?))
}
