//! Logging in and out, with failed attempts slowed down per user name and per client address.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::AppState;
use crate::auth::{self, Viewer};
use crate::error::{AppError, Result};
use crate::forms::{FormData, safe_next};

/// Failed logins allowed per user name, and per client address, in the window.
const MAX_FAILURES: i64 = 5;
const WINDOW_MINUTES: i64 = 15;
const FAILED_MESSAGE: &str = "Unknown user name or wrong password.";

/// A login form is a name and a password: anything larger is not one.
const MAX_LOGIN_BODY_BYTES: usize = 4 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(form).post(login))
        .route("/logout", post(logout))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_LOGIN_BODY_BYTES))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    viewer: Viewer,
    username: String,
    next: String,
    error: Option<&'static str>,
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn form(viewer: Viewer, Query(query): Query<NextQuery>) -> Result<Html<String>> {
    crate::error::render(&LoginPage {
        viewer,
        username: String::new(),
        next: safe_next(query.next.as_deref().unwrap_or("/")),
        error: None,
    })
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let form = FormData::parse(&body);
    let username = form.get("username").trim().to_owned();
    let password = form.get("password").to_owned();
    let next = safe_next(form.get("next"));
    let client = client.ip().to_string();

    throttle(&state, &username, &client).await?;
    let stored: Option<(i64, String)> =
        sqlx::query_as("select id, password_hash from user where username = ?")
            .bind(&username)
            .fetch_optional(&state.db)
            .await?;
    let (user_id, hash) = stored.unzip();
    if !auth::verify_password(hash, password).await {
        sqlx::query("insert into login_failure (username, client) values (?, ?)")
            .bind(&username)
            .bind(&client)
            .execute(&state.writer)
            .await?;
        tracing::warn!(%client, "failed login");
        let page = LoginPage {
            viewer: Viewer::default(),
            username,
            next,
            error: Some(FAILED_MESSAGE),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
    }
    let user_id = user_id.ok_or_else(|| AppError::bad_request(FAILED_MESSAGE))?;

    // A new session id at every login, so that a planted cookie is never promoted.
    if let Some(old) = auth::session_token(&headers) {
        auth::end_session(&state.writer, &old).await?;
    }
    let token = auth::create_session(&state.writer, user_id).await?;
    sqlx::query("delete from login_failure where username = ?")
        .bind(&username)
        .execute(&state.writer)
        .await?;
    tracing::info!(user = %username, "logged in");
    Ok((
        [(
            header::SET_COOKIE,
            auth::session_cookie(&token, state.config.secure_cookies),
        )],
        Redirect::to(&next),
    )
        .into_response())
}

/// Refuses the attempt with 429 while the user name or the client has too many recent failures.
async fn throttle(state: &AppState, username: &str, client: &str) -> Result<()> {
    let window = format!("-{WINDOW_MINUTES} minutes");
    let counts: (i64, Option<i64>, i64, Option<i64>) = sqlx::query_as(
        "select
           (select count(*) from login_failure where username = ?1
              and at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3)),
           (select cast(strftime('%s', min(at)) as integer) from login_failure where username = ?1
              and at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3)),
           (select count(*) from login_failure where client = ?2
              and at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3)),
           (select cast(strftime('%s', min(at)) as integer) from login_failure where client = ?2
              and at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3))",
    )
    .bind(username)
    .bind(client)
    .bind(&window)
    .fetch_one(&state.db)
    .await?;
    let oldest = match counts {
        (by_name, Some(oldest), _, _) if by_name >= MAX_FAILURES => oldest,
        (_, _, by_client, Some(oldest)) if by_client >= MAX_FAILURES => oldest,
        _ => return Ok(()),
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let retry_after = (oldest + WINDOW_MINUTES * 60 - now).max(1) as u64;
    Err(AppError::TooManyRequests {
        message: format!(
            "Too many failed logins. Try again in {} minutes.",
            retry_after.div_ceil(60)
        ),
        retry_after,
    })
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response> {
    if let Some(token) = auth::session_token(&headers) {
        auth::end_session(&state.writer, &token).await?;
    }
    Ok((
        [(
            header::SET_COOKIE,
            auth::cleared_cookie(state.config.secure_cookies),
        )],
        Redirect::to("/"),
    )
        .into_response())
}
