//! The application as its users meet it: the built binary serving a fresh database on a free
//! port, and plain HTTP to read its pages as they are sent.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};
use tempfile::TempDir;

/// The password every test account gets; the accounts live only in a test's own database.
pub const PASSWORD: &str = "synthetic-editor-passphrase";

/// A running `guarantee-watch` with its own database file, stopped when dropped.
pub struct Site {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub base: String,
    db: PathBuf,
    process: Child,
    http: reqwest::Client,
    dir: TempDir,
}

impl Site {
    /// Starts the binary on a new database (created, migrated and seeded on start) and waits
    /// until it answers.
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let db = dir.path().join("guarantee-watch.db");
        let log_path = dir.path().join("server.log");
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client");
        // The port is free when asked for; should another process take it before the
        // server binds it, the server exits and we try another.
        for _ in 0..3 {
            let base = format!("http://127.0.0.1:{}", free_port());
            let log = std::fs::File::create(&log_path).expect("log file");
            let mut process = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
                .arg("--db")
                .arg(&db)
                .arg("--addr")
                .arg(base.trim_start_matches("http://"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("the guarantee-watch binary starts");
            if wait_until_ready(&http, &base, &mut process).await {
                return Site {
                    base,
                    db,
                    process,
                    http,
                    dir,
                };
            }
            let _ = process.kill();
            let _ = process.wait();
            eprintln!(
                "server log:\n{}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            );
        }
        panic!("the server did not start; its log is above");
    }

    /// What the server wrote to standard error.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// The full address of a path on this site.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Creates an editor account through the command line, as the README tells an
    /// administrator to, with the password on standard input.
    pub fn add_editor(&self, name: &str) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
            .arg("--db")
            .arg(&self.db)
            .args(["user", "add", name, "--role", "editor"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("guarantee-watch user add starts");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(format!("{PASSWORD}\n").as_bytes())
            .expect("password written");
        let output = child.wait_with_output().expect("user add finishes");
        assert!(
            output.status.success(),
            "user add {name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Logs in over HTTP as a browser would and returns the session cookie (`name=value`).
    pub async fn login(&self, name: &str, password: &str) -> String {
        let response = self
            .post(
                "/login",
                &[("username", name), ("password", password)],
                None,
            )
            .await;
        assert_eq!(response.status(), 303, "login as {name}");
        response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("gw_session="))
            .and_then(|v| v.split(';').next())
            .expect("a session cookie")
            .to_owned()
    }

    /// GETs a page and returns its status and body exactly as sent.
    pub async fn fetch(&self, path: &str, cookie: Option<&str>) -> (u16, String) {
        let mut request = self.http.get(self.url(path));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.expect("GET answered");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// POSTs form fields from this site, with the Origin and `Sec-Fetch-Site` a browser sends.
    pub async fn post(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .http
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &self.base)
            .header("sec-fetch-site", "same-origin")
            .body(body);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("POST answered")
    }

    /// Submits the form matching `form` on the page at `path` as a browser would send it:
    /// every field with its value on the page, then `changes` typed over them. Returns the
    /// status and body of the answer.
    pub async fn submit(
        &self,
        path: &str,
        form: &str,
        changes: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> (u16, String) {
        let (status, page) = self.fetch(path, cookie).await;
        assert_eq!(status, 200, "GET {path}");
        let (action, mut fields) = form_fields(&page, form);
        for (name, value) in changes {
            match fields.iter_mut().find(|(n, _)| n == name) {
                Some(field) => field.1 = (*value).to_owned(),
                None => fields.push(((*name).to_owned(), (*value).to_owned())),
            }
        }
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let response = self.post(&action, &pairs, cookie).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }
}

/// Waits until `/healthz` answers: `false` if the process exits first or 30 s pass.
async fn wait_until_ready(http: &reqwest::Client, base: &str, process: &mut Child) -> bool {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = process.try_wait() {
            eprintln!("server exited with {status}");
            return false;
        }
        if let Ok(response) = http.get(format!("{base}/healthz")).send().await
            && response.status() == 200
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    eprintln!("server did not answer within 30 s");
    false
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        if std::thread::panicking() {
            let log = self.log();
            let lines: Vec<&str> = log.lines().collect();
            let last = &lines[lines.len().saturating_sub(20)..];
            eprintln!("server log, last lines:\n{}", last.join("\n"));
        }
    }
}

/// A port nobody listens on at the moment of asking.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// The action of the form matching `selector` and the fields a browser would send for it
/// untouched: named inputs (checkboxes and radios only when checked), the selected (or
/// first) option of each select, and textareas.
pub fn form_fields(page: &str, selector: &str) -> (String, Vec<(String, String)>) {
    let html = Html::parse_document(page);
    let form_selector = Selector::parse(selector).expect("form selector");
    let form = html
        .select(&form_selector)
        .next()
        .unwrap_or_else(|| panic!("no form {selector} on the page"));
    let action = form.value().attr("action").unwrap_or_default().to_owned();
    let controls = Selector::parse("input[name], select[name], textarea[name]").expect("selector");
    let options = Selector::parse("option").expect("selector");
    let mut fields = Vec::new();
    for control in form.select(&controls) {
        let element = control.value();
        let name = element.attr("name").unwrap_or_default().to_owned();
        match element.name() {
            "input" => {
                let kind = element.attr("type").unwrap_or("text");
                if matches!(kind, "checkbox" | "radio") && element.attr("checked").is_none() {
                    continue;
                }
                if matches!(kind, "submit" | "button" | "reset" | "image" | "file") {
                    continue;
                }
                let default = if kind == "checkbox" { "on" } else { "" };
                let value = element.attr("value").unwrap_or(default).to_owned();
                fields.push((name, value));
            }
            "select" => {
                let all: Vec<_> = control.select(&options).collect();
                let chosen = all
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(all.first());
                if let Some(option) = chosen {
                    let value = option
                        .value()
                        .attr("value")
                        .map(str::to_owned)
                        .unwrap_or_else(|| option.text().collect());
                    fields.push((name, value));
                }
            }
            _ => fields.push((name, control.text().collect())),
        }
    }
    (action, fields)
}
