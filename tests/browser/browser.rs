//! Headless Chromium driven through chromedriver (Debian's `chromium` and `chromium-driver`),
//! with what a test does in it: go to a page, click, type, press keys, read, take a
//! screenshot.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

use crate::site::free_port;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The window's height; tests choose the width.
const HEIGHT: u32 = 900;

/// Where screenshots go: under `target/`, never committed.
pub fn output_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// The page's width and the widest elements outside any box that scrolls on its own.
const OVERFLOW: &str = r"
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // A box that scrolls on its own holds what is inside it, except what is positioned
    // against a box outside it.
    const scrolls = el => {
        if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
        }
        return false;
    };
    const wide = Array.from(document.querySelectorAll('body *'))
        .map(el => [el, el.getBoundingClientRect().right])
        .filter(([el, right]) => right > width + 1 && !scrolls(el))
        .map(([el, right]) => el.tagName.toLowerCase()
            + (el.id ? '#' + el.id : '')
            + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '')
            + ' to ' + Math.round(right) + ' px');
    return ['page ' + document.documentElement.scrollWidth + ' px'].concat(wide.slice(0, 8));
";

/// A chromedriver process on a free port, stopped when dropped.
struct Driver {
    url: String,
    process: Child,
}

impl Driver {
    /// Starts chromedriver and waits until it listens; should the free port it was given be
    /// taken in between, it exits and we try another.
    async fn start() -> Self {
        for tool in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(tool).exists(),
                "{tool} is missing: install Debian's chromium and chromium-driver \
                 (apt-get install chromium chromium-driver), as .ci/run does"
            );
        }
        for _ in 0..3 {
            let mut driver = Driver::spawn();
            if driver.wait_until_ready().await {
                return driver;
            }
        }
        panic!("chromedriver did not start");
    }

    fn spawn() -> Self {
        let port = free_port();
        let process = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            // Date fields take their order of day, month and year from the locale.
            .env("LANG", "en_US.UTF-8")
            .env("LC_ALL", "en_US.UTF-8")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        Driver { url, process }
    }

    /// Waits until chromedriver accepts connections: `false` if it exits first.
    async fn wait_until_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        let address = self.url.trim_start_matches("http://").to_owned();
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.process.try_wait() {
                eprintln!("chromedriver exited at start with {status}");
                return false;
            }
            if tokio::net::TcpStream::connect(&address).await.is_ok() {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("chromedriver did not listen within 20 s");
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Starts chromedriver and a fresh Chromium (its own temporary profile), runs `body` with
/// the browser, and always closes the browser and the driver afterwards, also when `body`
/// panics (the panic is passed on).
pub async fn with_browser<F, Fut>(base: &str, width: u32, body: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().expect("profile directory");
    let downloads = profile.path().join("downloads");
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                // Without these Chromium calls Google's hosts, which this network refuses.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-US",
                format!("--user-data-dir={}", profile.path().display()),
                format!("--window-size={width},{HEIGHT}"),
            ],
            "prefs": {
                "download.default_directory": downloads,
                "download.prompt_for_download": false,
            },
        },
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!("an object")
    };
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session");
    let browser = Browser {
        client: client.clone(),
        base: base.to_owned(),
        width,
        downloads,
    };
    browser.set_width(width).await;
    let outcome = tokio::spawn(body(browser)).await;
    let _ = client.close().await;
    drop(driver);
    drop(profile);
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("browser task failed: {error}"),
        }
    }
}

/// One Chromium window on the site under test.
pub struct Browser {
    pub client: Client,
    pub base: String,
    pub width: u32,
    downloads: PathBuf,
}

impl Browser {
    /// Resizes the window so that the page is `width` CSS pixels wide.
    pub async fn set_width(&self, width: u32) {
        self.client
            .set_window_size(width, HEIGHT)
            .await
            .expect("window resized");
        let inner = self.eval("return window.innerWidth;").await;
        assert_eq!(inner.as_u64(), Some(u64::from(width)), "viewport width");
    }

    /// Makes the pages think the reader asked for dark colours (`prefers-color-scheme: dark`),
    /// for every page opened afterwards.
    pub async fn prefer_dark(&self) {
        self.client
            .issue_cmd(DevTools {
                command: "Emulation.setEmulatedMedia",
                params: json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
            })
            .await
            .expect("dark colours emulated");
    }

    /// Opens a path on the site.
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap_or_else(|e| panic!("open {path}: {e}"));
    }

    /// Opens any address (a `file:` page for the self-test).
    pub async fn goto_url(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// The text of a file the browser downloaded, waiting up to 15 s for it to be complete.
    pub async fn downloaded(&self, name: &str) -> String {
        let path = self.downloads.join(name);
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            let partial = std::fs::read_dir(&self.downloads)
                .map(|entries| {
                    entries
                        .flatten()
                        .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"))
                })
                .unwrap_or(false);
            if path.exists() && !partial {
                return std::fs::read_to_string(&path).expect("downloaded file");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{name} was not downloaded within 15 s");
    }

    /// The path and query of the page shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current URL");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// The one element matching a CSS selector, waiting up to 10 s for it to appear.
    pub async fn find(&self, css: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => panic!("no {css} on {}: {e}", self.path().await),
        }
    }

    /// Every element matching a CSS selector, now.
    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find elements")
    }

    /// Clicks the element matching `css` (a link or a submit button) and waits until the
    /// browser shows the page it leads to.
    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        self.click_element(&element).await;
    }

    /// Clicks an element that leads to another page, scrolled into view first, as a pointer
    /// would, and waits until the browser shows the new page.
    pub async fn click_element(&self, element: &Element) {
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![serde_json::to_value(element).expect("element reference")],
            )
            .await
            .expect("scrolled");
        self.leaving().await;
        element.click().await.expect("click");
        self.wait_for_new_page().await;
    }

    /// Clicks an element that changes the page without leaving it (a filter group's summary,
    /// a checkbox).
    pub async fn toggle(&self, css: &str) {
        let element = self.find(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![serde_json::to_value(&element).expect("element reference")],
            )
            .await
            .expect("scrolled");
        element.click().await.expect("click");
    }

    /// Marks the page shown, so that [`Browser::wait_for_new_page`] can tell when it is gone.
    pub async fn leaving(&self) {
        self.eval("window.gwLeaving = true;").await;
    }

    /// Waits until the page marked by [`Browser::leaving`] has been replaced by a new one that
    /// has finished loading.
    pub async fn wait_for_new_page(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(done) = self
                .client
                .execute(
                    "return window.gwLeaving === undefined && document.readyState === 'complete';",
                    vec![],
                )
                .await
                && done == Value::Bool(true)
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("no new page after 15 s; still on {}", self.path().await);
    }

    /// Presses a key that leads to another page (Enter on a link or in a form) and waits
    /// until the browser shows it.
    pub async fn press_and_wait(&self, key: Key) {
        self.leaving().await;
        self.press(key).await;
        self.wait_for_new_page().await;
    }

    /// Clicks the link whose text is `text` (the first, when several say the same).
    pub async fn click_link(&self, text: &str) {
        let link = match self.client.find(Locator::LinkText(text)).await {
            Ok(link) => link,
            Err(e) => panic!("no link {text:?} on {}: {e}", self.path().await),
        };
        self.click_element(&link).await;
    }

    /// Types into a text field, replacing what it holds.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("field cleared");
        field.send_keys(text).await.expect("typed");
    }

    /// Picks an option of a select by what the option says.
    pub async fn choose(&self, css: &str, label: &str) {
        let select = self.find(css).await;
        select
            .select_by_label(label)
            .await
            .unwrap_or_else(|e| panic!("no option {label:?} in {css}: {e}"));
    }

    /// Presses a key on whatever has the focus, as a keyboard would.
    pub async fn press(&self, key: Key) {
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        self.client
            .perform_actions(actions)
            .await
            .expect("key pressed");
    }

    /// Runs a script in the page and returns its result.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The visible text of the one element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    /// The visible texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self.find_all(css).await {
            texts.push(element.text().await.expect("text"));
        }
        texts
    }

    /// The current value of a form control.
    pub async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    /// What sticks out of the window, making a reader scroll the whole page sideways (a
    /// wide table scrolling in its own box is fine): empty when nothing does.
    pub async fn overflow(&self) -> Vec<String> {
        let found = self.eval(OVERFLOW).await;
        serde_json::from_value(found).expect("a list")
    }

    /// Fails when the page is wider than the window.
    pub async fn assert_fits_width(&self) {
        let overflow = self.overflow().await;
        assert!(
            overflow.is_empty(),
            "{} is wider than {} px: {overflow:?}",
            self.path().await,
            self.width
        );
    }

    /// Saves a screenshot of the whole page as `NAME-WIDTHpx.png` in the output folder.
    pub async fn screenshot(&self, name: &str) {
        let height = self
            .eval("return Math.ceil(document.documentElement.scrollHeight);")
            .await
            .as_u64()
            .unwrap_or(u64::from(HEIGHT));
        let tall = u32::try_from(height.clamp(u64::from(HEIGHT), 8000)).unwrap_or(HEIGHT);
        self.client
            .set_window_size(self.width, tall)
            .await
            .expect("window resized");
        let png = self.client.screenshot().await.expect("screenshot");
        self.client
            .set_window_size(self.width, HEIGHT)
            .await
            .expect("window resized back");
        let path = output_dir().join(format!("{name}-{}px.png", self.width));
        std::fs::write(&path, png).expect("screenshot written");
    }
}

/// A Chrome DevTools command sent through chromedriver's own endpoint for them.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}
