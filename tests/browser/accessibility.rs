//! axe-core on every page type at both widths and in dark colours, with a screenshot of each.

use crate::browser::{Browser, with_browser};
use crate::checkers::axe;
use crate::pages::{PAGE_TYPES, log_in, prepare, show};
use crate::site::Site;

/// Shows every page type (the reader's first, then the editor's), takes its screenshot,
/// and runs axe on it; fails with everything found on every page.
async fn every_page_type(width: u32, dark: bool) {
    let site = Site::start().await;
    prepare(&site).await;
    with_browser(&site.base, width, move |browser: Browser| async move {
        if dark {
            browser.prefer_dark().await;
        }
        let mut problems = Vec::new();
        let mut logged_in = false;
        let (readers, editors): (Vec<_>, Vec<_>) = PAGE_TYPES.iter().partition(|p| !p.editor);
        for page in readers.into_iter().chain(editors) {
            if page.editor && !logged_in {
                log_in(&browser, "editor").await;
                logged_in = true;
            }
            show(&browser, page).await;
            if dark {
                let scheme = browser
                    .eval("return matchMedia('(prefers-color-scheme: dark)').matches;")
                    .await;
                assert_eq!(
                    scheme,
                    serde_json::Value::Bool(true),
                    "dark colours asked for"
                );
                browser.screenshot(&format!("{}-dark", page.name)).await;
            } else {
                browser.screenshot(page.name).await;
            }
            let report = axe(&browser).await;
            if report.passes.len() < 5 {
                problems.push(format!("{}: axe checked almost nothing", page.name));
            }
            for violation in &report.violations {
                problems.push(format!("{} at {width} px:\n{violation}", page.name));
            }
            let overflow = browser.overflow().await;
            if !overflow.is_empty() {
                problems.push(format!(
                    "{} is wider than {width} px: {overflow:?}",
                    page.name
                ));
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems at {width} px:\n{}",
            problems.len(),
            problems.join("\n")
        );
    })
    .await;
}

#[tokio::test]
#[cfg_attr(
    not(all(with_chromium, with_checkers)),
    ignore = "needs chromium, chromium-driver, Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
async fn every_page_type_passes_axe_on_a_desktop() {
    every_page_type(1280, false).await;
}

#[tokio::test]
#[cfg_attr(
    not(all(with_chromium, with_checkers)),
    ignore = "needs chromium, chromium-driver, Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
async fn every_page_type_passes_axe_on_a_phone() {
    every_page_type(360, false).await;
}

#[tokio::test]
#[cfg_attr(
    not(all(with_chromium, with_checkers)),
    ignore = "needs chromium, chromium-driver, Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
async fn every_page_type_passes_axe_in_dark_mode() {
    every_page_type(1280, true).await;
}
