//! Every state-changing route refuses those who may not use it, and changes nothing.

use guarantee_watch::auth::Role;
use reqwest::StatusCode;

use crate::helpers::TestApp;

/// Every POST route, with a record that exists.
const POSTS: &[&str] = &[
    "/articles",
    "/articles/1/edit",
    "/articles/1/delete",
    "/outlets",
    "/outlets/1/edit",
    "/actors",
    "/actors/1/edit",
    "/statements",
    "/statements/1/edit",
    "/statements/1/appearances",
    "/statements/1/retract",
    "/statements/1/delete",
    "/commitments",
    "/commitments/1/edit",
    "/commitments/1/events",
];

/// Every GET route that shows a form or editor-only information.
const EDITOR_PAGES: &[&str] = &[
    "/articles/new",
    "/articles/1/edit",
    "/outlets/new",
    "/actors/new",
    "/actors/1/edit",
    "/statements/new",
    "/statements/1/edit",
    "/commitments/new",
    "/commitments/1/edit",
    "/history",
];

async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "article",
        "outlet",
        "actor",
        "statement",
        "appearance",
        "commitment",
        "commitment_event",
        "revision",
    ] {
        counts.push(app.count(table).await);
    }
    let versions: i64 = sqlx::query_scalar(
        "select (select sum(version) from statement) + (select sum(version) from article)
              + (select sum(version) from commitment) + (select sum(version) from actor)",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    counts.push(versions);
    counts
}

#[tokio::test]
async fn anonymous_requests_are_sent_to_login_and_change_nothing() {
    let app = TestApp::spawn().await;
    let before = fingerprint(&app).await;
    for path in POSTS {
        let response = app
            .post_form(
                path,
                &[
                    ("title", "Synthetic"),
                    ("reason", "Synthetic"),
                    ("version", "1"),
                ],
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "POST {path}");
        assert!(
            response.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/login"),
            "POST {path}"
        );
    }
    for path in EDITOR_PAGES {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "GET {path}");
    }
    assert_eq!(fingerprint(&app).await, before);
}

#[tokio::test]
async fn editors_reach_every_form_but_admin_actions_refuse_them() {
    let app = TestApp::spawn().await;
    let editor = app.editor().await;
    for path in EDITOR_PAGES {
        let (status, _) = app.page_as(path, &editor).await;
        assert_eq!(status, StatusCode::OK, "GET {path}");
    }
    let before = fingerprint(&app).await;
    for path in POSTS.iter().filter(|p| p.ends_with("/delete")) {
        let response = app.post_form(path, &[], Some(&editor)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "POST {path}");
    }
    assert_eq!(fingerprint(&app).await, before);

    let password = app.add_user("chief", Role::Admin).await;
    let admin = app.login("chief", &password).await;
    let (_, page) = app.page_as("/statements/1", &admin).await;
    assert_eq!(page.select("form[action='/statements/1/delete']").len(), 1);
    let (_, page) = app.page_as("/statements/1", &editor).await;
    assert!(
        page.select("form[action='/statements/1/delete']")
            .is_empty()
    );
    let (_, page) = app.page_as("/statements/1", "").await;
    assert!(page.select(".record-actions, .editor-tools").is_empty());
}

#[tokio::test]
async fn hostile_input_through_every_form_is_refused_or_stored_as_inert_text() {
    let app = TestApp::spawn().await;
    let editor = app.editor().await;
    let long = "x".repeat(20_000);
    let corpus: Vec<String> = vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "'; drop table statement; --".into(),
        "\u{0}".into(),
        "%00%ff".into(),
        "../../etc/passwd".into(),
        "line\r\nSet-Cookie: x=1".into(),
        long,
        "\u{202e}reversed".into(),
        "".into(),
    ];
    let fields: &[&str] = &[
        "title",
        "url",
        "language",
        "body",
        "published_on",
        "outlet_id",
        "name",
        "slug",
        "kind",
        "role",
        "country",
        "aliases",
        "article_id",
        "actor_id",
        "text",
        "sourcing",
        "said_on",
        "date_precision",
        "countries",
        "relation_to",
        "type",
        "provider_countries",
        "due_on",
        "reason",
        "wording",
        "status",
        "version",
    ];
    let mut outcomes = std::collections::BTreeMap::new();
    for path in POSTS.iter().filter(|p| !p.ends_with("/delete")) {
        for value in &corpus {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|f| (*f, value.as_str())).collect();
            let response = app.post_form(path, &pairs, Some(&editor)).await;
            let status = response.status();
            assert!(
                !status.is_server_error(),
                "POST {path} with {value:?}: {status}"
            );
            *outcomes.entry(status.as_u16()).or_insert(0) += 1;
        }
    }
    // Raw bytes that are not UTF-8 at all.
    let response = app
        .client
        .post(format!("{}/articles", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", &editor)
        .header("sec-fetch-site", "same-origin")
        .body(vec![
            b't', b'i', b't', b'l', b'e', b'=', 0xff, 0xfe, b'&', b'l', b'a', b'n', b'g', b'u',
            b'a', b'g', b'e', b'=', b'e', b'n',
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!outcomes.contains_key(&500));

    // Whatever was stored renders as text.
    for path in ["/", "/articles", "/actors", "/commitments", "/corrections"] {
        let page = app.ok_page(path).await;
        assert!(page.select("main script, main img").is_empty(), "{path}");
    }
}
