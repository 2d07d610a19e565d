//! Starting the application for a test and reading what it answers.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use guarantee_watch::auth::Role;
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
    version: Arc<guarantee_watch::caching::DataVersion>,
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
        Self::spawn_configured(dir, path, |_| {}).await
    }

    /// Starts the application with some settings changed.
    pub async fn spawn_configured(
        dir: Arc<TempDir>,
        path: &Path,
        change: impl FnOnce(&mut Config),
    ) -> Self {
        let db = guarantee_watch::db::open_and_seed(path)
            .await
            .expect("database opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("free port");
        let addr: SocketAddr = listener.local_addr().expect("local address");
        let base = format!("http://{addr}");
        let mut config = Config {
            addr,
            db_path: path.to_owned(),
            public_url: base.clone(),
            secure_cookies: false,
            max_in_flight: guarantee_watch::protection::DEFAULT_MAX_IN_FLIGHT,
            header_read_timeout: guarantee_watch::protection::HEADER_READ_TIMEOUT,
        };
        change(&mut config);
        let state = AppState::new(db.clone(), config);
        let version = state.version.clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            guarantee_watch::serve_on(listener, state, async {
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
            version,
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

    /// Tells the running application that the data changed behind its back (a test writing
    /// straight to the database), as every write through the application does itself.
    pub fn data_changed(&self) {
        self.version.bump();
    }

    /// How many pages the application has built rather than served from memory.
    pub fn builds(&self) -> u64 {
        self.version.builds()
    }

    /// Creates an account and returns its password.
    pub async fn add_user(&self, name: &str, role: Role) -> String {
        let password = format!("{name}-long-password");
        guarantee_watch::users::add_user(&self.db, name, role, &password)
            .await
            .expect("user added");
        password
    }

    /// Logs in as a browser would and returns the session cookie (`name=value`).
    pub async fn login(&self, name: &str, password: &str) -> String {
        let response = self
            .post_form(
                "/login",
                &[("username", name), ("password", password)],
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "login as {name}");
        session_cookie(&response).expect("a session cookie")
    }

    /// Creates an editor and logs in; returns the session cookie.
    pub async fn editor(&self) -> String {
        let password = self.add_user("editor", Role::Editor).await;
        self.login("editor", &password).await
    }

    /// POSTs a form from this site, as a browser would: with its Origin and
    /// `Sec-Fetch-Site: same-origin`, and with the cookie if given.
    pub async fn post_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &self.base)
            .header("sec-fetch-site", "same-origin")
            .body(body);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("request")
    }

    /// GETs a path with a session cookie and parses the HTML.
    pub async fn page_as(&self, path: &str, cookie: &str) -> (StatusCode, Page) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", cookie)
            .send()
            .await
            .expect("request");
        let status = response.status();
        let body = response.text().await.expect("body");
        (status, Page(Html::parse_document(&body)))
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

/// The `name=value` of the session cookie a response sets, if any.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("gw_session="))
        .and_then(|v| v.split(';').next())
        .filter(|pair| pair.len() > "gw_session=".len())
        .map(str::to_owned)
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

/// The HTML of a response, parsed.
pub async fn page_of(response: reqwest::Response) -> Page {
    Page(Html::parse_document(&response.text().await.expect("body")))
}

/// Where a redirect points.
pub fn location(response: &reqwest::Response) -> String {
    response.headers()["location"]
        .to_str()
        .expect("a location")
        .to_owned()
}
