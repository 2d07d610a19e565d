//! Every page type the site has, and how a reader or an editor reaches it: the list that the
//! accessibility, screenshot and validity tests all go through. A new page type belongs here.

use fantoccini::Locator;

use crate::browser::Browser;
use crate::site::{PASSWORD, Site};

/// One kind of page, as a person reaches it.
pub struct PageType {
    /// A short name, used for screenshot and report file names.
    pub name: &'static str,
    /// Where to go (the form's page when `submit` is set).
    pub path: &'static str,
    /// Whether it needs a logged-in editor.
    pub editor: bool,
    /// A form on the page sent with some fields changed; the page type is the answer.
    pub submit: Option<Submit>,
    /// The status the page is answered with.
    pub status: u16,
}

/// A form to send, and what to type into it first.
pub struct Submit {
    /// A CSS selector for the form.
    pub form: &'static str,
    /// (field name, value) typed over what the form holds.
    pub changes: &'static [(&'static str, &'static str)],
}

const fn page(name: &'static str, path: &'static str) -> PageType {
    PageType {
        name,
        path,
        editor: false,
        submit: None,
        status: 200,
    }
}

const fn editor(name: &'static str, path: &'static str) -> PageType {
    PageType {
        editor: true,
        ..page(name, path)
    }
}

const fn sent(
    name: &'static str,
    path: &'static str,
    form: &'static str,
    changes: &'static [(&'static str, &'static str)],
    status: u16,
) -> PageType {
    PageType {
        name,
        path,
        editor: true,
        submit: Some(Submit { form, changes }),
        status,
    }
}

/// The statement retracted by [`prepare`], so that the corrections page and a retracted
/// permalink have something to show.
pub const RETRACTED: i64 = 9;
const RETRACTION_REASON: &str = "Synthetic retraction made by the browser tests";

/// Every page type: the reading side, the editor's pages, each form with errors, and the
/// error pages.
pub const PAGE_TYPES: &[PageType] = &[
    page("timeline", "/"),
    page(
        "timeline-filtered",
        "/?actor=trump&country=us&kind=reported",
    ),
    page("timeline-search", "/?q=security+guarantees"),
    page("timeline-empty", "/?q=synthetic-nothing-matches"),
    page("actors", "/actors"),
    page("actor", "/actors/lavrov"),
    page("countries", "/countries"),
    page("country", "/countries/us"),
    page("articles", "/articles"),
    page("article", "/articles/1"),
    page("statement", "/statements/2"),
    page("statement-retracted", "/statements/9"),
    page("commitments", "/commitments"),
    page(
        "commitments-filtered",
        "/commitments?country=us&status=floated",
    ),
    page("commitment", "/commitments/1"),
    page("corrections", "/corrections"),
    page("api", "/api"),
    page("embed", "/embed/statements/2"),
    page("login", "/login"),
    PageType {
        editor: false,
        ..sent(
            "login-error",
            "/login",
            "form[action='/login']",
            &[("username", "editor"), ("password", "not-the-password")],
            422,
        )
    },
    PageType {
        status: 400,
        ..page("error-400", "/?kind=bogus")
    },
    PageType {
        status: 404,
        ..page("error-404", "/actors/nobody-synthetic")
    },
    editor("history", "/history"),
    editor("history-filtered", "/history?record_type=statement"),
    editor("statement-as-editor", "/statements/2"),
    editor("commitment-as-editor", "/commitments/1"),
    editor("article-form", "/articles/new"),
    editor("outlet-form", "/outlets/new"),
    editor("actor-form", "/actors/new"),
    editor("statement-form", "/statements/new"),
    editor("commitment-form", "/commitments/new"),
    editor("statement-edit-form", "/statements/2/edit"),
    editor("commitment-edit-form", "/commitments/1/edit"),
    editor("suggestions-paste", "/suggestions"),
    editor("suggestions", "/articles/1/suggestions"),
    sent(
        "suggestions-paste-errors",
        "/suggestions",
        "form.record-form",
        &[("title", ""), ("url", "not an address")],
        422,
    ),
    sent(
        "suggestions-errors",
        "/articles/1/suggestions",
        "form.suggestions",
        &[],
        422,
    ),
    sent(
        "article-form-errors",
        "/articles/new",
        "form.record-form",
        &[("title", ""), ("url", "ftp://synthetic.invalid/")],
        422,
    ),
    sent(
        "outlet-form-errors",
        "/outlets/new",
        "form.record-form",
        &[("name", ""), ("homepage", "not an address")],
        422,
    ),
    sent(
        "actor-form-errors",
        "/actors/new",
        "form.record-form",
        &[("name", ""), ("slug", "Not A Slug")],
        422,
    ),
    sent(
        "statement-form-errors",
        "/statements/new",
        "form.record-form",
        &[("text", ""), ("relation_to", "abc")],
        422,
    ),
    sent(
        "commitment-form-errors",
        "/commitments/new",
        "form.record-form",
        &[("title", "")],
        422,
    ),
    sent(
        "article-edit-conflict",
        "/articles/2/edit",
        "form.record-form",
        // Loaded before the edit made by `prepare`.
        &[("version", "1")],
        409,
    ),
    sent(
        "error-422",
        "/commitments/1",
        "form[action='/commitments/1/events']",
        &[("date_precision", "day")],
        422,
    ),
];

/// Gives a new site an editor account, a retracted statement (so that the corrections page
/// has something to show) and a synthetic article, number 2, saved twice (so that the
/// history has changes to show and an edit form can be out of date); returns the editor's
/// session cookie.
pub async fn prepare(site: &Site) -> String {
    site.add_editor("editor");
    let cookie = site.login("editor", PASSWORD).await;
    let title = "Synthetic article: talks in Imaginaria";
    for (path, title) in [
        ("/articles/new", title),
        ("/articles/2/edit", &format!("{title}, revised")),
    ] {
        let (status, _) = site
            .submit(
                path,
                "form.record-form",
                &[("title", title), ("language", "en")],
                Some(&cookie),
            )
            .await;
        assert_eq!(status, 303, "article saved through {path}");
    }
    let response = site
        .post(
            &format!("/statements/{RETRACTED}/retract"),
            &[("reason", RETRACTION_REASON)],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), 303, "retraction saved");
    cookie
}

/// Logs the browser in through the login form.
pub async fn log_in(browser: &Browser, name: &str) {
    browser.goto("/login").await;
    browser.type_into("#username", name).await;
    browser.type_into("#password", PASSWORD).await;
    browser
        .click("form[action='/login'] button[type=submit]")
        .await;
    let signed_in = browser.text(".account").await;
    assert!(
        signed_in.contains(&format!("Signed in as {name}")),
        "after logging in the header says {signed_in:?}"
    );
}

/// Shows a page type in the browser, sending its form when it has one, and checks that
/// the answer is the expected kind of page (an error page says its status).
pub async fn show(browser: &Browser, page: &PageType) {
    browser.goto(page.path).await;
    if let Some(submit) = &page.submit {
        let form = browser.find(submit.form).await;
        for (name, value) in submit.changes {
            let field = form
                .find(Locator::Css(&format!("[name='{name}']")))
                .await
                .unwrap_or_else(|e| panic!("no field {name} in {}: {e}", submit.form));
            let tag = field.tag_name().await.expect("tag name");
            let kind = field.attr("type").await.expect("type").unwrap_or_default();
            if tag == "select" {
                field.select_by_value(value).await.expect("option chosen");
            } else if kind == "hidden" {
                browser
                    .client
                    .execute(
                        "arguments[0].value = arguments[1];",
                        vec![
                            serde_json::to_value(&field).expect("element"),
                            serde_json::json!(value),
                        ],
                    )
                    .await
                    .expect("hidden field set");
            } else {
                field.clear().await.expect("cleared");
                if !value.is_empty() {
                    field.send_keys(value).await.expect("typed");
                }
            }
        }
        let button = form
            .find(Locator::Css("button[type=submit]"))
            .await
            .expect("a submit button");
        browser.click_element(&button).await;
    }
    if page.status != 200 {
        let said = browser.text("main").await;
        let marks = browser
            .find_all(".error-status, .form-alert, .field-error")
            .await;
        assert!(
            !marks.is_empty(),
            "{}: expected an error page or a form with its errors, got {said:?}",
            page.name
        );
        if let Some(status) = browser.find_all(".error-status").await.first() {
            let status = status.text().await.expect("text");
            assert_eq!(status, format!("Error {}", page.status), "{}", page.name);
        }
    }
}
