//! The actor and commitment forms, and status changes.

use reqwest::StatusCode;

use crate::helpers::{Page, TestApp};

async fn page_of(response: reqwest::Response) -> Page {
    Page(scraper::Html::parse_document(
        &response.text().await.unwrap(),
    ))
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_actor_is_added_with_aliases_and_a_taken_identifier_is_explained() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let fields = [
        ("name", "Synthetic Actor 1"),
        ("slug", "synthetic-actor-1"),
        ("kind", "person"),
        ("role", "Synthetic Minister"),
        ("country", "ee"),
        (
            "aliases",
            "Mr Synthetic\n\nSynthetic One\nMr Synthetic\nСинтетический",
        ),
    ];
    let response = app.post_form("/actors", &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/actors/synthetic-actor-1");
    let page = app.ok_page("/actors/synthetic-actor-1").await;
    let facts = page.text(".facts");
    assert!(facts.contains("Synthetic Minister"));
    assert!(facts.contains("Estonia"));
    assert!(
        facts.contains("Mr Synthetic; Synthetic One; Синтетический"),
        "{facts}"
    );

    let again = app.post_form("/actors", &fields, Some(&cookie)).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(again).await;
    assert_eq!(
        page.text("#f-slug-error"),
        "Another actor already has this identifier."
    );
    assert_eq!(
        page.text("#f-aliases"),
        "Mr Synthetic\n\nSynthetic One\nMr Synthetic\nСинтетический"
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );

    let bad = app
        .post_form(
            "/actors",
            &[("name", "X"), ("slug", "Not A Slug"), ("kind", "robot")],
            Some(&cookie),
        )
        .await;
    let page = page_of(bad).await;
    assert!(page.text("#f-slug-error").contains("lower-case letters"));
    assert!(
        page.text("#f-kind-error")
            .contains("not one of the choices")
    );
}

#[tokio::test]
async fn a_commitment_is_created_edited_and_its_status_history_grows() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let (status, form) = app.page_as("/commitments/new", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        form.attrs("#f-beneficiary option[selected]", "value"),
        ["ua"]
    );

    let response = app
        .post_form(
            "/commitments",
            &[
                ("title", "Synthetic commitment 1"),
                ("type", "air_defense"),
                ("quantity", "two synthetic batteries"),
                ("conditions", "after a synthetic ceasefire"),
                ("provider_countries", "ee"),
                ("provider_countries", "lv"),
                ("depends_on", "1"),
                ("due_on", "2030-03-01"),
                ("due_text", "by March"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let href = location(&response);
    let page = app.ok_page(&href).await;
    let facts = page.text(".facts");
    assert!(facts.contains("Estonia, Latvia"), "{facts}");
    assert!(facts.contains("two synthetic batteries"));
    assert!(
        facts.contains("Pending due 1 March 2030 (by March)"),
        "{facts}"
    );
    assert!(
        facts.contains("Depends on US security guarantees equivalent to NATO's Article 5"),
        "{facts}"
    );
    assert_eq!(
        page.text(".status-line"),
        "Current status: No status recorded"
    );

    let event = app
        .post_form(
            &format!("{href}/events"),
            &[
                ("status", "pledged"),
                ("occurred_on", "2030-01-05"),
                ("date_precision", "day"),
                ("article_id", "1"),
                ("note", "Synthetic pledge"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(event.status(), StatusCode::SEE_OTHER);
    let missing_evidence = app
        .post_form(
            &format!("{href}/events"),
            &[("status", "fulfilled"), ("date_precision", "unknown")],
            Some(&cookie),
        )
        .await;
    assert_eq!(missing_evidence.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let fulfilled = app
        .post_form(
            &format!("{href}/events"),
            &[
                ("status", "fulfilled"),
                ("occurred_on", "2030-02-20"),
                ("date_precision", "day"),
                ("article_id", "1"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(fulfilled.status(), StatusCode::SEE_OTHER);
    let page = app.ok_page(&href).await;
    assert_eq!(page.text(".status-line"), "Current status: Fulfilled");
    assert!(page.text(".facts").contains("Met due 1 March 2030"));
    assert_eq!(page.select(".history li").len(), 2);
    let grid = app.ok_page("/commitments").await;
    assert!(
        grid.texts("table.grid tbody th")
            .contains(&"Estonia".to_owned())
    );

    // Editing keeps the history and logs the change.
    let (_, form) = app.page_as(&format!("{href}/edit"), &cookie).await;
    let version = form.attrs("input[name=version]", "value")[0].clone();
    assert_eq!(
        form.attrs("#f-provider_countries-lv[checked]", "value"),
        ["lv"]
    );
    let response = app
        .post_form(
            &format!("{href}/edit"),
            &[
                ("title", "Synthetic commitment 1, renamed"),
                ("type", "air_defense"),
                ("provider_countries", "ee"),
                ("version", &version),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.ok_page(&href).await;
    assert_eq!(page.text("h1"), "Synthetic commitment 1, renamed");
    assert_eq!(page.select(".history li").len(), 2);
    let actions: Vec<String> = sqlx::query_scalar(
        "select action from revision where record_type = 'commitment' order by id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(actions, ["create", "status", "status", "update"]);
}
