//! The two checkers: axe-core, injected into the page shown in Chromium, for the WCAG 2.1 A
//! and AA rules, and the Nu HTML Checker (vnu.jar, on Java) for valid HTML. Both come from
//! npm, pinned by `tests/browser/tools/package-lock.json` (`npm ci --ignore-scripts` there).

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

use crate::browser::Browser;

/// The WCAG 2.1 A and AA rules, as axe tags them.
pub const WCAG_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

fn tools_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/tools")
}

fn installed(relative: &str) -> PathBuf {
    let path = tools_dir().join(relative);
    assert!(
        path.exists(),
        "{} is missing: run `npm ci --ignore-scripts` in tests/browser/tools, as .ci/run does",
        path.display()
    );
    path
}

/// axe-core's script, read once.
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        std::fs::read_to_string(installed("node_modules/axe-core/axe.min.js")).expect("axe.min.js")
    })
}

/// What axe found on one page.
#[derive(Debug, Deserialize)]
pub struct AxeReport {
    pub violations: Vec<Violation>,
    /// Rules that ran and found nothing wrong.
    pub passes: Vec<String>,
}

/// One rule broken, with the elements that break it.
#[derive(Debug, Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes: Vec<ViolationNode>,
}

#[derive(Debug, Deserialize)]
pub struct ViolationNode {
    pub target: Vec<Value>,
    pub html: String,
    #[serde(rename = "failureSummary")]
    pub failure_summary: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "  {} ({}): {}",
            self.id,
            self.impact.as_deref().unwrap_or("?"),
            self.help
        )?;
        for node in &self.nodes {
            let target: Vec<String> = node.target.iter().map(Value::to_string).collect();
            writeln!(f, "    at {}: {}", target.join(" "), node.html)?;
            if let Some(summary) = &node.failure_summary {
                writeln!(f, "      {}", summary.replace('\n', "\n      "))?;
            }
        }
        Ok(())
    }
}

/// Runs axe-core on the page the browser shows, with the WCAG 2.1 A and AA rules.
///
/// The script goes in through WebDriver's script execution (DevTools), which the page's
/// Content-Security-Policy does not govern: the production policy stays as strict as it is.
pub async fn axe(browser: &Browser) -> AxeReport {
    let loaded = browser.eval("return typeof window.axe === 'object';").await;
    if loaded != Value::Bool(true) {
        browser
            .client
            .execute(&format!("{}\n;return true;", axe_source()), vec![])
            .await
            .expect("axe-core injected");
    }
    let script = r"
        const [tags, done] = arguments;
        axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then(r => done(JSON.stringify({
            violations: r.violations,
            passes: r.passes.map(p => p.id),
          })))
          .catch(e => done(JSON.stringify({ error: String(e) })));
    ";
    let answer = browser
        .client
        .execute_async(script, vec![serde_json::json!(WCAG_TAGS)])
        .await
        .expect("axe ran");
    let text = answer.as_str().expect("axe answers with JSON text");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("axe answered {text}: {e}"))
}

/// One message of the Nu HTML Checker.
#[derive(Debug, Deserialize)]
pub struct VnuMessage {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "subType")]
    pub sub_type: Option<String>,
    pub url: Option<String>,
    #[serde(rename = "lastLine")]
    pub line: Option<u64>,
    pub message: String,
    pub extract: Option<String>,
}

impl VnuMessage {
    /// An error, as opposed to a warning or a note.
    pub fn is_error(&self) -> bool {
        self.kind == "error" || self.kind == "non-document-error"
    }
}

/// Checks HTML documents with the Nu HTML Checker; answers every message with the name of
/// the document it is about. `pages` are (name, HTML) pairs; names must be unique.
pub fn vnu(pages: &[(String, String)]) -> Vec<(String, VnuMessage)> {
    let jar = installed("node_modules/vnu-jar/build/dist/vnu.jar");
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut files = Vec::new();
    for (name, html) in pages {
        let file = dir.path().join(format!("{name}.html"));
        std::fs::write(&file, html).expect("page written");
        files.push(file);
    }
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--stdout"])
        .args(&files)
        .output()
        .expect("java runs vnu.jar (Java 11 or newer)");
    // 0: no errors; 1: errors found. Anything else is the checker itself failing.
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "vnu failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    #[derive(Deserialize)]
    struct Answer {
        messages: Vec<VnuMessage>,
    }
    let answer: Answer = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "vnu answered {}: {e}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    answer
        .messages
        .into_iter()
        .map(|message| {
            let name = message
                .url
                .as_deref()
                .and_then(|url| url.rsplit('/').next())
                .and_then(|file| file.strip_suffix(".html"))
                .unwrap_or("?")
                .to_owned();
            (name, message)
        })
        .collect()
}

impl fmt::Display for VnuMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.sub_type.as_deref().unwrap_or(&self.kind);
        write!(
            f,
            "line {}: {kind}: {}",
            self.line.unwrap_or_default(),
            self.message
        )?;
        if let Some(extract) = &self.extract {
            write!(f, "\n      {}", extract.replace('\n', "⏎"))?;
        }
        Ok(())
    }
}
