//! Accounts and sessions: password hashing, session tokens, and the extractors that tell a
//! handler who is asking (`Viewer`), or insist on an editor (`Editor`) or an admin (`Admin`).

use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use crate::AppState;
use crate::error::AppError;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "gw_session";
/// A session ends after this long without a request.
pub const IDLE_TIMEOUT_MINUTES: i64 = 12 * 60;
/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// An editor's or an admin's permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Editor,
    Admin,
}

impl Role {
    /// Parses `editor` or `admin`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "editor" => Some(Self::Editor),
            "admin" => Some(Self::Admin),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Editor => "editor",
            Self::Admin => "admin",
        }
    }
}

/// A logged-in user.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub id: i64,
    pub username: String,
    pub role: Role,
}

impl SessionUser {
    /// Whether this user may use admin-only actions.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// Hashes a password with argon2id and a fresh salt, off the async threads.
pub async fn hash_password(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|error| error.to_string())
    })
    .await
    .map_err(|error| error.to_string())?
}

/// Checks a password against a stored hash. With no stored hash (an unknown user) it checks
/// against a dummy hash, so that an unknown user and a wrong password take the same time.
pub async fn verify_password(stored: Option<String>, password: String) -> bool {
    let known = stored.is_some();
    let hash = match stored {
        Some(hash) => hash,
        None => dummy_hash().await,
    };
    let matches = tokio::task::spawn_blocking(move || {
        Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await
    .unwrap_or(false);
    known && matches
}

async fn dummy_hash() -> String {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return hash.clone();
    }
    let hash = hash_password(new_token())
        .await
        .unwrap_or_else(|_| String::new());
    DUMMY.get_or_init(|| hash).clone()
}

/// A new random session token: 32 bytes from the operating system, in hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the database keeps of a token.
fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Starts a session for a user and returns its token.
pub async fn create_session(db: &SqlitePool, user_id: i64) -> Result<String, sqlx::Error> {
    let token = new_token();
    sqlx::query("insert into session (token_hash, user_id) values (?, ?)")
        .bind(token_hash(&token))
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(token)
}

/// Ends a session.
pub async fn end_session(db: &SqlitePool, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from session where token_hash = ?")
        .bind(token_hash(token))
        .execute(db)
        .await?;
    Ok(())
}

/// The user behind a live session, touching it so that activity keeps it alive. An idle
/// session is deleted.
///
/// Reads first and writes only when the session has expired or was last touched over a minute
/// ago: a write per page view would queue every editor's reads behind the writer.
pub async fn session_user(
    db: &SqlitePool,
    writer: &SqlitePool,
    token: &str,
) -> Result<Option<SessionUser>, sqlx::Error> {
    let hash = token_hash(token);
    let row: Option<(i64, String, String, bool, bool)> = sqlx::query_as(
        "select u.id, u.username, u.role,
                s.last_seen_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?),
                s.last_seen_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 minute')
         from session s join user u on u.id = s.user_id
         where s.token_hash = ?",
    )
    .bind(format!("-{IDLE_TIMEOUT_MINUTES} minutes"))
    .bind(&hash)
    .fetch_optional(db)
    .await?;
    let Some((id, username, role, expired, stale)) = row else {
        return Ok(None);
    };
    if expired {
        end_session(writer, token).await?;
        return Ok(None);
    }
    if stale {
        sqlx::query(
            "update session set last_seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where token_hash = ?",
        )
        .bind(&hash)
        .execute(writer)
        .await?;
    }
    Ok(Some(SessionUser {
        id,
        username,
        role: Role::parse(&role).unwrap_or(Role::Editor),
    }))
}

/// The session token from the request's cookies, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|token| token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` value that stores a session token.
pub fn session_cookie(token: &str, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        IDLE_TIMEOUT_MINUTES * 60,
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn cleared_cookie(secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

/// Who is asking: a logged-in user or nobody. Never refuses a request.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<SessionUser>,
}

impl Viewer {
    /// Whether edit controls should be shown.
    pub fn can_edit(&self) -> bool {
        self.user.is_some()
    }

    /// Whether admin-only controls should be shown.
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(SessionUser::is_admin)
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(viewer) = parts.extensions.get::<Viewer>() {
            return Ok(viewer.clone());
        }
        let user = match session_token(&parts.headers) {
            Some(token) => session_user(&state.db, &state.writer, &token).await?,
            None => None,
        };
        let viewer = Viewer { user };
        parts.extensions.insert(viewer.clone());
        Ok(viewer)
    }
}

/// A logged-in editor or admin; anyone else is sent to the login page and changes nothing.
#[derive(Debug, Clone)]
pub struct Editor(pub SessionUser);

/// Why a request that needs an account was refused.
pub enum AccessRejection {
    /// Not logged in: go to the login page, then back.
    Login(String),
    /// Logged in, but without the role.
    Forbidden,
    Error(AppError),
}

impl IntoResponse for AccessRejection {
    fn into_response(self) -> Response {
        match self {
            Self::Login(next) => Redirect::to(&format!(
                "/login?next={}",
                form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            ))
            .into_response(),
            Self::Forbidden => {
                AppError::Forbidden("This action is for admins only.".to_owned()).into_response()
            }
            Self::Error(error) => error.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for Editor {
    type Rejection = AccessRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state)
            .await
            .map_err(AccessRejection::Error)?;
        match viewer.user {
            Some(user) => Ok(Self(user)),
            None => {
                // After logging in, return to the form (a GET), never replay a POST.
                let next = if parts.method == axum::http::Method::GET {
                    parts
                        .uri
                        .path_and_query()
                        .map_or("/", |p| p.as_str())
                        .to_owned()
                } else {
                    "/".to_owned()
                };
                Err(AccessRejection::Login(next))
            }
        }
    }
}

/// A logged-in admin.
#[derive(Debug, Clone)]
pub struct Admin(pub SessionUser);

impl FromRequestParts<AppState> for Admin {
    type Rejection = AccessRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Editor(user) = Editor::from_request_parts(parts, state).await?;
        if user.is_admin() {
            Ok(Self(user))
        } else {
            Err(AccessRejection::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn the_session_cookie_is_read_among_others() {
        let token = new_token();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            format!("theme=dark; {SESSION_COOKIE}={token}; x=1")
                .parse()
                .unwrap(),
        );
        assert_eq!(session_token(&headers), Some(token));
        headers.insert(
            header::COOKIE,
            format!("{SESSION_COOKIE}=../../etc").parse().unwrap(),
        );
        assert_eq!(session_token(&headers), None);
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let cookie = session_cookie("abc", false);
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assert!(!cookie.contains("Secure"));
        assert!(session_cookie("abc", true).ends_with("; Secure"));
    }

    #[tokio::test]
    async fn an_unknown_user_costs_a_full_password_check() {
        let hash = hash_password("correct horse battery".to_owned())
            .await
            .unwrap();
        dummy_hash().await;
        // The fastest of three runs each: a busy machine only ever slows a run down.
        let mut known = std::time::Duration::MAX;
        let mut unknown = std::time::Duration::MAX;
        for _ in 0..3 {
            let started = std::time::Instant::now();
            verify_password(Some(hash.clone()), "wrong".to_owned()).await;
            known = known.min(started.elapsed());
            let started = std::time::Instant::now();
            verify_password(None, "wrong".to_owned()).await;
            unknown = unknown.min(started.elapsed());
        }
        // Without the dummy check an unknown user would answer in microseconds.
        assert!(
            unknown * 4 > known,
            "unknown {unknown:?} vs known {known:?}"
        );
    }

    #[tokio::test]
    async fn passwords_verify_and_unknown_users_fail() {
        let hash = hash_password("correct horse battery".to_owned())
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(hash.clone()), "correct horse battery".to_owned()).await);
        assert!(!verify_password(Some(hash), "wrong horse battery".to_owned()).await);
        assert!(!verify_password(None, "correct horse battery".to_owned()).await);
    }
}
