//! Guarantee Watch: a record of what is said about post-war security guarantees for Ukraine.
//!
//! `app` builds the whole web application as a [`Router`], so that the binary, the tests and
//! any tool serve exactly the same thing.

pub mod actors;
pub mod api;
pub mod api_docs;
pub mod articles;
pub mod audit;
pub mod auth;
pub mod caching;
pub mod cards;
pub mod charts;
pub mod citation;
pub mod commitments;
pub mod countries;
pub mod dataset;
pub mod db;
pub mod deadline;
pub mod editing;
pub mod embeds;
pub mod error;
pub mod exports;
pub mod extract;
pub mod facet_index;
pub mod facets;
pub mod feeds;
pub mod filter;
pub mod forms;
pub mod login;
pub mod protection;
pub mod quotes;
pub mod search;
pub mod seed;
pub mod statements;
pub mod static_files;
pub mod suggestions;
pub mod synth;
pub mod timeline;
pub mod users;
pub mod values;
pub mod views;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::response::IntoResponse;
use axum::routing::get;
use sqlx::SqlitePool;
use tower_http::LatencyUnit;
use tower_http::csrf::CsrfLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

/// How this instance is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to listen on.
    pub addr: SocketAddr,
    /// The SQLite database file.
    pub db_path: PathBuf,
    /// The address readers reach this instance at, used in citations and feeds.
    pub public_url: String,
    /// Whether the session cookie is marked `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// Requests handled at once; more are answered 503 at once.
    pub max_in_flight: usize,
    /// The longest a client may take to send its request headers.
    pub header_read_timeout: std::time::Duration,
}

/// What every handler may use.
#[derive(Clone)]
pub struct AppState {
    /// For reading.
    pub db: SqlitePool,
    /// For writing: one connection (see `db::writer`); use `AppState::write`.
    pub writer: SqlitePool,
    pub config: Arc<Config>,
    /// Changes with every edit; it tags responses for HTTP caching.
    pub version: Arc<caching::DataVersion>,
    /// Facet counts and totals of statement filters, kept in memory.
    pub facet_index: Arc<facet_index::FacetIndex>,
}

impl AppState {
    /// The state for serving `db` with `config`.
    pub fn new(db: SqlitePool, config: Config) -> Self {
        let writer = db::writer(&config.db_path).expect("valid connection options");
        Self {
            db,
            writer,
            config: Arc::new(config),
            version: caching::DataVersion::new(),
            facet_index: Arc::new(facet_index::FacetIndex::new()),
        }
    }
}

impl AppState {
    /// Starts a write transaction on the single writer connection. `begin immediate` takes
    /// the write lock at once, so a transaction never fails half-way for want of it (another
    /// program writing meanwhile is waited for, up to the busy timeout).
    pub async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.writer.begin_with("begin immediate").await
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(timeline::routes())
        .merge(actors::routes())
        .merge(countries::routes())
        .merge(articles::routes())
        .merge(statements::routes())
        .merge(commitments::routes())
        .merge(suggestions::routes())
        .merge(api::routes())
        .merge(api_docs::routes())
        .merge(feeds::routes())
        .merge(embeds::routes())
        .merge(login::routes())
        .merge(audit::routes())
        .merge(static_files::routes())
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            caching::conditional_get,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            protection::security_headers,
        ))
        // Cross-site state changes are refused before any handler runs.
        .layer(CsrfLayer::new().with_rejection_response(|_| {
            error::AppError::Forbidden(
                "This request came from another site and was refused. Submit the form from this site."
                    .to_owned(),
            )
            .into_response()
        }))
        .layer(axum::extract::DefaultBodyLimit::max(protection::MAX_BODY_BYTES))
        .layer(
            tower::ServiceBuilder::new()
                .layer(axum::error_handling::HandleErrorLayer::new(protection::overloaded))
                .load_shed()
                .concurrency_limit(state.config.max_in_flight.max(1))
                .layer(TimeoutLayer::with_status_code(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    protection::REQUEST_TIMEOUT,
                )),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let route = request
                        .extensions()
                        .get::<MatchedPath>()
                        .map(MatchedPath::as_str)
                        .unwrap_or("(no route)");
                    let id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", method = %request.method(), route, id)
                })
                .on_response(
                    DefaultOnResponse::new()
                        .level(Level::INFO)
                        .latency_unit(LatencyUnit::Micros),
                ),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers and every migration this build knows has been applied.
async fn readyz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (axum::http::StatusCode, &'static str) {
    let applied: Result<i64, _> =
        sqlx::query_scalar("select count(*) from _sqlx_migrations where success")
            .fetch_one(&state.db)
            .await;
    match applied {
        Ok(n) if n as usize == db::MIGRATOR.iter().count() => (axum::http::StatusCode::OK, "ready"),
        Ok(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the database is not migrated",
        ),
        Err(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the database does not answer",
        ),
    }
}

async fn not_found() -> error::AppError {
    error::AppError::not_found("There is no page at this address.")
}

/// Opens the database (creating, migrating and seeding it on first start) and serves until
/// Ctrl-C or SIGTERM, letting requests in flight finish.
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = db::open_and_seed(&config.db_path).await?;
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(
        addr = %listener.local_addr()?,
        db = %config.db_path.display(),
        "serving"
    );
    let state = AppState::new(db.clone(), config);
    serve_on(listener, state, shutdown_signal()).await?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves the application on a bound listener until `shutdown` completes, then lets requests
/// in flight finish. Handlers see each client's address (for slowing down failed logins). A
/// client that takes longer than the configured header timeout to send its request headers is
/// disconnected, so slow clients cannot hold connections open.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use tower::ServiceExt;

    let header_read_timeout = state.config.header_read_timeout;
    // Facet counts read every statement once; do it now rather than in the first reader's
    // request (readers who come meanwhile wait for this one read).
    let (index, db) = (state.facet_index.clone(), state.db.clone());
    tokio::spawn(async move {
        if let Err(error) = index.warm(&db).await {
            tracing::error!(%error, "cannot read the statements for facet counts");
        }
    });
    let router = app(state);
    let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait a moment rather than spin.
                    tracing::error!(%error, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers are written whole; Nagle's algorithm would hold back their last segment
        // until the client acknowledges the ones before.
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "cannot set TCP_NODELAY");
        }
        let router = router.clone();
        let service = hyper::service::service_fn(
            move |mut request: hyper::Request<hyper::body::Incoming>| {
                request
                    .extensions_mut()
                    .insert(axum::extract::ConnectInfo(remote));
                router.clone().oneshot(request.map(axum::body::Body::new))
            },
        );
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that went away or misbehaved; nothing to do but note it.
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
        });
    }
    drop(listener);
    // Requests in flight finish; a client that holds its connection open longer than this
    // does not keep the server from stopping.
    if tokio::time::timeout(protection::SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("stopped with connections still open");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
