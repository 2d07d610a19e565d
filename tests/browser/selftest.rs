//! The harness checked against pages whose faults are known, so that a harness that reports
//! nothing (axe not injected, vnu not run, a focus check that looks at nothing) cannot pass.

use crate::browser::with_browser;
use crate::checkers::{axe, vnu};
use crate::keyboard::tab_through;

/// An image without alternative text, a text field without a label, a link whose focus ring
/// is switched off, and two links shown in the reverse of their tab order.
const FAULTY: &str = r##"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Known faults</title>
<style>#no-ring:focus { outline: none; } .reversed { display: flex; flex-direction: column-reverse; }</style></head>
<body><main>
<h1>Known faults</h1>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></p>
<p><input type="text" name="unlabelled"></p>
<p><a id="no-ring" href="#top">A link without a focus ring</a></p>
<div class="reversed"><a id="first" href="#top">First in the page</a><a id="second" href="#top">Second in the page, shown first</a></div>
</main></body>
</html>
"##;

/// The same page with the faults fixed.
const FIXED: &str = r##"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Faults fixed</title></head>
<body><main>
<h1>Faults fixed</h1>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" alt="A grey square"></p>
<p><label for="labelled">Name</label> <input type="text" id="labelled" name="labelled"></p>
<p><a id="ring" href="#top">A link with a focus ring</a></p>
</main></body>
</html>
"##;

#[tokio::test]
#[cfg_attr(
    not(all(with_chromium, with_checkers)),
    ignore = "needs chromium, chromium-driver, Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
async fn axe_and_the_focus_check_report_known_faults() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let faulty = dir.path().join("faulty.html");
    let fixed = dir.path().join("fixed.html");
    std::fs::write(&faulty, FAULTY).expect("page written");
    std::fs::write(&fixed, FIXED).expect("page written");
    let faulty = format!("file://{}", faulty.display());
    let fixed = format!("file://{}", fixed.display());
    with_browser("", 1280, |browser| async move {
        browser.goto_url(&faulty).await;
        let report = axe(&browser).await;
        let found: Vec<&str> = report.violations.iter().map(|v| v.id.as_str()).collect();
        assert!(found.contains(&"image-alt"), "axe found only {found:?}");
        assert!(found.contains(&"label"), "axe found only {found:?}");
        let walk = tab_through(&browser).await;
        assert!(
            walk.problems
                .iter()
                .any(|p| p.contains("no visible focus ring") && p.contains("#no-ring")),
            "the focus check found only {:?}",
            walk.problems
        );
        assert!(
            walk.problems
                .iter()
                .any(|p| p.contains("shown above and left") && p.contains("#second")),
            "the order check found only {:?}",
            walk.problems
        );

        browser.goto_url(&fixed).await;
        let report = axe(&browser).await;
        assert!(
            report.violations.is_empty(),
            "the fixed page still fails: {:?}",
            report.violations
        );
        assert!(report.passes.iter().any(|p| p == "image-alt"));
        assert!(report.passes.iter().any(|p| p == "label"));
        let walk = tab_through(&browser).await;
        assert!(walk.problems.is_empty(), "{:?}", walk.problems);
        assert_eq!(walk.stops.len(), 2, "{:?}", walk.stops);
    })
    .await;
}

#[test]
#[cfg_attr(
    not(with_checkers),
    ignore = "needs Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
fn vnu_reports_known_errors() {
    let messages = vnu(&[
        ("faulty".to_owned(), FAULTY.to_owned()),
        ("fixed".to_owned(), FIXED.to_owned()),
    ]);
    let errors: Vec<_> = messages.iter().filter(|(_, m)| m.is_error()).collect();
    assert!(
        errors
            .iter()
            .any(|(page, m)| page == "faulty" && m.message.contains("alt")),
        "vnu found only {errors:?}"
    );
    assert!(
        errors.iter().all(|(page, _)| page == "faulty"),
        "the fixed page has errors: {errors:?}"
    );
}
