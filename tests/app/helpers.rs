//! Starting the application for a test and reading what it answers.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use guarantee_watch::{AppState, Config};
use reqwest::StatusCode;
use scraper::{ElementRef, Html, Selector};
use sqlx::SqlitePool;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A running instance with its own database file.
pub struct TestApp {
    pub base: String,
    pub db: SqlitePool,
    pub db_path: PathBuf,
    pub client: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<()>>,
    // Dropped last: the directory holding the database file.
    _dir: Arc<TempDir>,
}

impl TestApp {
    /// Starts the application on a fresh, seeded database.
    pub async fn spawn() -> Self {
        let dir = Arc::new(tempfile::tempdir().expect("temporary directory"));
        let path = dir.path().join("guarantee-watch.db");
        Self::spawn_at(dir, &path).await
    }

    /// Starts the application on the database at `path` (created and seeded if new).
    pub async fn spawn_at(dir: Arc<TempDir>, path: &Path) -> Self {
        let db = guarantee_watch::db::open_and_seed(path)
            .await
            .expect("database opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("free port");
        let addr: SocketAddr = listener.local_addr().expect("local address");
        let base = format!("http://{addr}");
        let state = AppState {
            db: db.clone(),
            config: Arc::new(Config {
                addr,
                db_path: path.to_owned(),
                public_url: base.clone(),
            }),
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, guarantee_watch::app(state))
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
                .expect("server runs");
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            base,
            db,
            db_path: path.to_owned(),
            client,
            stop: Some(stop),
            server: Some(server),
            _dir: dir,
        }
    }

    /// Stops the server and closes the database; returns the directory to restart in.
    pub async fn stop(mut self) -> (Arc<TempDir>, PathBuf) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.expect("server stops");
        }
        self.db.close().await;
        (self._dir.clone(), self.db_path.clone())
    }

    /// GETs a path and returns the response.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    /// GETs a path and parses the HTML, returning the status too.
    pub async fn page(&self, path: &str) -> (StatusCode, Page) {
        let response = self.get(path).await;
        let status = response.status();
        let body = response.text().await.expect("body");
        (status, Page(Html::parse_document(&body)))
    }

    /// GETs a path that must answer 200 and parses its HTML.
    pub async fn ok_page(&self, path: &str) -> Page {
        let (status, page) = self.page(path).await;
        assert_eq!(status, StatusCode::OK, "GET {path}");
        page
    }

    /// The number of rows in a table, read straight from the database.
    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("select count(*) from {table}")))
            .fetch_one(&self.db)
            .await
            .expect("count")
    }
}

/// A parsed HTML page.
pub struct Page(pub Html);

impl Page {
    /// Every element matching a CSS selector.
    pub fn select(&self, selector: &str) -> Vec<ElementRef<'_>> {
        let selector = Selector::parse(selector).expect("valid selector");
        self.0.select(&selector).collect()
    }

    /// The whitespace-normalised text of every element matching a selector.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.select(selector).into_iter().map(text_of).collect()
    }

    /// The text of the one element matching a selector.
    pub fn text(&self, selector: &str) -> String {
        let texts = self.texts(selector);
        assert_eq!(texts.len(), 1, "expected one {selector}, found {texts:?}");
        texts.into_iter().next().unwrap_or_default()
    }

    /// An attribute of every element matching a selector.
    pub fn attrs(&self, selector: &str, attribute: &str) -> Vec<String> {
        self.select(selector)
            .into_iter()
            .filter_map(|e| e.value().attr(attribute).map(str::to_owned))
            .collect()
    }

    /// The speakers of the statement cards, in page order.
    pub fn speakers(&self) -> Vec<String> {
        self.texts("article.statement .speaker-name")
    }

    /// The words of the statement cards (quote or reported text), in page order.
    pub fn statement_texts(&self) -> Vec<String> {
        self.texts("article.statement .quote, article.statement .reported")
    }

    /// The number the timeline gives for its results.
    pub fn result_count(&self) -> i64 {
        self.text(".result-count strong").parse().expect("a number")
    }
}

/// An element's text with runs of whitespace folded to one space.
pub fn text_of(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub const LEAVITT_QUOTE: &str = "The President has stated categorically that American missions will not be on the ground in Ukraine";
pub const LAVROV_QUOTE: &str = "Seriously discussing security issues without the Russian Federation is a utopia, a road to nowhere";
