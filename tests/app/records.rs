//! The actor and commitment forms, and status changes.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, page_of};

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

#[tokio::test]
async fn an_outlet_is_added_and_credited_on_the_cards_of_its_articles() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let response = app
        .post_form(
            "/outlets",
            &[
                ("name", "Synthetic Outlet"),
                ("homepage", "https://outlet.example.test/"),
                ("country", "lv"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let taken = app
        .post_form("/outlets", &[("name", "Synthetic Outlet")], Some(&cookie))
        .await;
    assert_eq!(
        page_of(taken).await.text("#f-name-error"),
        "There is already an outlet with this name."
    );

    let (_, form) = app.page_as("/articles/1/edit", &cookie).await;
    let outlet = form
        .select("#f-outlet_id option")
        .into_iter()
        .find(|o| crate::helpers::text_of(*o) == "Synthetic Outlet")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .expect("the outlet is offered");
    let version = form.attrs("input[name=version]", "value")[0].clone();
    let title = form.attrs("#f-title", "value")[0].clone();
    let body = form.text("#f-body");
    let response = app
        .post_form(
            "/articles/1/edit",
            &[
                ("title", &title),
                ("outlet_id", &outlet),
                ("language", "en"),
                ("translator", "Iurie Tataru"),
                ("body", &body),
                ("version", &version),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let timeline = app.ok_page("/").await;
    assert!(
        timeline.texts(".card-source dd")[0].starts_with("Synthetic Outlet: NATO military leaders")
    );
    // The quotes are checked again against the (unchanged) text and still stand.
    let lavrov = crate::pages::permalink_of(&timeline, crate::helpers::LAVROV_QUOTE);
    assert_eq!(
        app.ok_page(&lavrov).await.text(".appearances .verbatim"),
        "Found verbatim in the article's text."
    );
}

#[tokio::test]
async fn a_statement_is_corrected_through_its_edit_form() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let timeline = app.ok_page("/").await;
    let href = crate::pages::permalink_of(&timeline, crate::helpers::LAVROV_QUOTE);
    let (status, form) = app.page_as(&format!("{href}/edit"), &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.select("#f-article_id").is_empty(),
        "appearances are managed on the statement page"
    );
    let existing = form.attrs("input[name=remove_relation]", "value");
    assert_eq!(existing.len(), 1);
    let mut fields: Vec<(String, String)> = Vec::new();
    for input in form.select("form.record-form input[type=hidden], form.record-form input[type=text], form.record-form input[type=date]") {
        if let (Some(name), Some(value)) = (input.value().attr("name"), input.value().attr("value")) {
            fields.push((name.to_owned(), value.to_owned()));
        }
    }
    for select in [
        "actor_id",
        "speaks_for_id",
        "kind",
        "sourcing",
        "date_precision",
        "relation_kind",
        "position_commitment",
        "position_stance",
    ] {
        let chosen = form.attrs(&format!("#f-{select} option[selected]"), "value");
        fields.push((
            select.to_owned(),
            chosen.first().cloned().unwrap_or_default(),
        ));
    }
    for checked in form.select("form.record-form input[type=checkbox][checked]") {
        fields.push((
            checked.value().attr("name").unwrap().to_owned(),
            checked.value().attr("value").unwrap().to_owned(),
        ));
    }
    fields.push(("text".to_owned(), form.text("#f-text")));
    fields.push(("stance".to_owned(), "conditional".to_owned()));
    fields.push(("remove_relation".to_owned(), existing[0].clone()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = app
        .post_form(&format!("{href}/edit"), &pairs, Some(&cookie))
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{:?}",
        page_of(response).await.texts(".field-error")
    );

    let page = app.ok_page(&href).await;
    assert!(page.text(".card-meta").contains("Conditional"));
    assert!(page.select(".relations li").is_empty());
    assert_eq!(app.ok_page("/?stance=conditional").await.result_count(), 2);
    let (before, after): (String, String) = sqlx::query_as(
        "select before, after from revision where record_type = 'statement' order by id desc limit 1",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(
        before.contains("\"stance\":\"opposes\"") && after.contains("\"stance\":\"conditional\"")
    );

    // The same form submitted again carries the old version: refused.
    let stale = app
        .post_form(&format!("{href}/edit"), &pairs, Some(&cookie))
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
}
