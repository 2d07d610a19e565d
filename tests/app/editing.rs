//! Editing through the forms: who may, what is checked, what is kept, what is logged.

use guarantee_watch::auth::Role;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, location, page_of};

#[tokio::test]
async fn anonymous_visitors_see_no_forms_and_their_posts_change_nothing() {
    let app = TestApp::spawn().await;
    let response = app.get("/articles/new").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login?next=%2Farticles%2Fnew");

    let before = app.count("article").await;
    let response = app
        .post_form(
            "/articles",
            &[("title", "Sneaky"), ("language", "en")],
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/login"));
    let response = app
        .post_form(
            "/articles/1/edit",
            &[("title", "Sneaky"), ("language", "en"), ("version", "1")],
            None,
        )
        .await;
    assert!(location(&response).starts_with("/login"));
    assert_eq!(app.count("article").await, before);
    assert_eq!(app.count("revision").await, 0);

    let article = app.ok_page("/articles/1").await;
    assert!(article.select("a[href='/articles/1/edit']").is_empty());
}

#[tokio::test]
async fn an_editor_adds_an_article_and_it_is_logged() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let (status, form) = app.page_as("/articles/new", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(form.attrs("#f-language", "value"), ["en"]);

    let response = app
        .post_form(
            "/articles",
            &[
                ("title", "Synthetic article 1"),
                ("url", "https://example.test/synthetic-1"),
                ("published_on", "2030-01-02"),
                ("language", "en"),
                ("translator", "Synthetic Translator"),
                ("body", "Synthetic body text."),
                ("version", "0"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let href = location(&response);
    assert!(href.starts_with("/articles/"));

    let (_, page) = app.page_as(&href, &cookie).await;
    assert_eq!(page.text("h1"), "Synthetic article 1");
    assert!(page.text(".facts").contains("2 January 2030"));
    assert_eq!(page.select(&format!("a[href='{href}/edit']")).len(), 1);
    assert!(
        app.ok_page("/articles")
            .await
            .texts(".article-list h2")
            .contains(&"Synthetic article 1".to_owned())
    );

    let (user, action, before, after): (String, String, Option<String>, String) = sqlx::query_as(
        "select u.username, r.action, r.before, r.after from revision r join user u on u.id = r.user_id",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(
        (user.as_str(), action.as_str(), before),
        ("editor", "create", None)
    );
    let after: Value = serde_json::from_str(&after).unwrap();
    assert_eq!(after["title"], "Synthetic article 1");
    assert_eq!(after["translator"], "Synthetic Translator");
}

#[tokio::test]
async fn invalid_fields_come_back_with_messages_and_the_input_kept() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let before = app.count("article").await;
    let long_title = "x".repeat(501);
    // (fields sent, the field at fault, part of its message)
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec![("title", ""), ("language", "en")],
            "title",
            "Title is required.",
        ),
        (
            vec![("title", &long_title), ("language", "en")],
            "title",
            "too long: 501 characters",
        ),
        (
            vec![
                ("title", "T"),
                ("language", "en"),
                ("url", "javascript:alert(1)"),
            ],
            "url",
            "must be a web address",
        ),
        (
            vec![
                ("title", "T"),
                ("language", "en"),
                ("url", "ftp://example.test"),
            ],
            "url",
            "must be a web address",
        ),
        (
            vec![
                ("title", "T"),
                ("language", "en"),
                ("published_on", "2025-02-30"),
            ],
            "published_on",
            "that day does not exist",
        ),
        (
            vec![("title", "T"), ("language", "")],
            "language",
            "Language is required.",
        ),
        (
            vec![("title", "T"), ("language", "en"), ("outlet_id", "abc")],
            "outlet_id",
            "choose one from the list",
        ),
        (
            vec![("title", "T\u{0}x"), ("language", "en")],
            "title",
            "control characters",
        ),
    ];
    for (fields, field, message) in cases {
        let response = app.post_form("/articles", &fields, Some(&cookie)).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let page = page_of(response).await;
        let error = page.text(&format!("#f-{field}-error"));
        assert!(error.contains(message), "{field}: {error}");
        assert_eq!(page.attrs(&format!("#f-{field}"), "aria-invalid"), ["true"]);
        assert!(page.text("#form-errors").contains(message));
        // Everything typed is still there.
        for (name, value) in &fields {
            if *name == "published_on" || name.ends_with("_id") || value.contains('\0') {
                continue;
            }
            let shown = page.attrs(&format!("#f-{name}"), "value");
            assert_eq!(shown, [value.to_string()], "{name} kept");
        }
    }
    assert_eq!(app.count("article").await, before, "nothing stored");
}

#[tokio::test]
async fn a_taken_address_is_a_friendly_message_and_markup_stays_text() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let fields = [
        ("title", "<script>alert('x')</script> Synthetic"),
        ("url", "https://example.test/taken"),
        ("language", "en"),
    ];
    let first = app.post_form("/articles", &fields, Some(&cookie)).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let second = app.post_form("/articles", &fields, Some(&cookie)).await;
    assert_eq!(second.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(second).await;
    assert_eq!(
        page.text("#f-url-error"),
        "Another article already has this address."
    );
    assert_eq!(
        page.attrs("#f-url", "value"),
        ["https://example.test/taken"]
    );

    let (_, article) = app.page_as(&location(&first), &cookie).await;
    assert_eq!(article.text("h1"), "<script>alert('x')</script> Synthetic");
    assert!(article.select("main script").is_empty());
}

#[tokio::test]
async fn an_edit_is_logged_with_before_and_after_and_shown_in_history() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let (status, form) = app.page_as("/articles/1/edit", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(form.attrs("#f-translator", "value"), ["Iurie Tataru"]);
    let version = form.attrs("input[name=version]", "value")[0].clone();

    let title = "NATO military leaders discuss Ukraine's post-conflict security";
    let response = app
        .post_form(
            "/articles/1/edit",
            &[
                ("title", title),
                ("language", "en"),
                ("translator", "Iurie Tataru"),
                ("version", &version),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.ok_page("/articles/1").await.text("h1"), title);

    let (status, history) = app
        .page_as("/history?record_type=article&record_id=1", &cookie)
        .await;
    assert_eq!(status, StatusCode::OK);
    let rows = history.texts(".revision table.diff tbody tr");
    assert!(
        rows.iter().any(|r| r.starts_with(
            "title NATO military leaders discuss Ukraine's Post-conflict security NATO"
        )),
        "{rows:?}"
    );
    assert!(history.text(".revision-head").contains("by editor"));
    // The history is for editors only.
    let response = app.get("/history").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_stale_edit_is_refused_and_shows_what_changed() {
    let app = TestApp::spawn().await;
    let first = app.editor().await;
    let password = app.add_user("second", Role::Editor).await;
    let second = app.login("second", &password).await;
    let (_, form) = app.page_as("/articles/1/edit", &first).await;
    let version = form.attrs("input[name=version]", "value")[0].clone();

    let save = |cookie: String, title: &'static str| {
        let app = &app;
        let version = version.clone();
        async move {
            app.post_form(
                "/articles/1/edit",
                &[("title", title), ("language", "en"), ("version", &version)],
                Some(&cookie),
            )
            .await
        }
    };
    assert_eq!(
        save(second.clone(), "Saved first").await.status(),
        StatusCode::SEE_OTHER
    );
    let stale = save(first.clone(), "Saved second").await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let page = page_of(stale).await;
    let alert = page.text(".form-alert");
    assert!(alert.contains("Someone else saved this record"), "{alert}");
    assert!(alert.contains("second at"), "{alert}");
    assert!(alert.contains("“Saved first”"), "{alert}");
    assert_eq!(
        page.attrs("#f-title", "value"),
        ["Saved second"],
        "their input is kept"
    );
    assert_eq!(app.ok_page("/articles/1").await.text("h1"), "Saved first");
}

#[tokio::test]
async fn only_admins_delete_and_a_source_in_use_is_kept() {
    let app = TestApp::spawn().await;
    let editor = app.editor().await;
    let password = app.add_user("chief", Role::Admin).await;
    let admin = app.login("chief", &password).await;
    let created = app
        .post_form(
            "/articles",
            &[("title", "Synthetic mistake"), ("language", "en")],
            Some(&editor),
        )
        .await;
    let href = location(&created);

    let refused = app
        .post_form(&format!("{href}/delete"), &[], Some(&editor))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let in_use = app.post_form("/articles/1/delete", &[], Some(&admin)).await;
    assert_eq!(in_use.status(), StatusCode::CONFLICT);
    assert_eq!(app.ok_page("/articles/1").await.select("h1").len(), 1);

    let deleted = app
        .post_form(&format!("{href}/delete"), &[], Some(&admin))
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&href).await.status(), StatusCode::NOT_FOUND);
    let actions: Vec<String> = sqlx::query_scalar("select action from revision order by id")
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(actions, ["create", "delete"]);
}
