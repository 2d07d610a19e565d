//! Every page type, as the server sends it, through the Nu HTML Checker.

use crate::checkers::vnu;
use crate::pages::{PAGE_TYPES, prepare};
use crate::site::Site;

#[tokio::test]
#[cfg_attr(
    not(with_checkers),
    ignore = "needs Java and `npm ci --ignore-scripts` in tests/browser/tools (.ci/run installs them)"
)]
async fn every_page_type_is_valid_html() {
    let site = Site::start().await;
    let cookie = prepare(&site).await;
    let mut documents = Vec::new();
    for page in PAGE_TYPES {
        let cookie = page.editor.then_some(cookie.as_str());
        let (status, html) = match &page.submit {
            None => site.fetch(page.path, cookie).await,
            Some(submit) => {
                site.submit(page.path, submit.form, submit.changes, cookie)
                    .await
            }
        };
        assert_eq!(status, page.status, "{} ({})", page.name, page.path);
        documents.push((page.name.to_owned(), html));
    }
    let messages = vnu(&documents);
    for (page, message) in messages.iter().filter(|(_, m)| !m.is_error()) {
        eprintln!("vnu note on {page}: {message}");
    }
    let errors: Vec<String> = messages
        .iter()
        .filter(|(_, m)| m.is_error())
        .map(|(page, message)| format!("{page}: {message}"))
        .collect();
    assert!(
        errors.is_empty(),
        "{} HTML errors:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
