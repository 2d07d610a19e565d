//! Entering statements: the form, the verbatim check, duplicates, retractions and deletion.

use guarantee_watch::auth::Role;
use reqwest::StatusCode;

use crate::helpers::{LEAVITT_QUOTE, TestApp, location, page_of};

async fn actor_id(app: &TestApp, slug: &str) -> String {
    let id: i64 = sqlx::query_scalar("select id from actor where slug = ?")
        .bind(slug)
        .fetch_one(&app.db)
        .await
        .unwrap();
    id.to_string()
}

/// Adds a synthetic article with the given text and returns its id.
async fn add_article(app: &TestApp, cookie: &str, title: &str, body: &str) -> String {
    let response = app
        .post_form(
            "/articles",
            &[("title", title), ("language", "en"), ("body", body)],
            Some(cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    location(&response)
        .trim_start_matches("/articles/")
        .to_owned()
}

#[tokio::test]
async fn a_statement_entered_with_the_form_appears_everywhere_with_its_verbatim_check() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let (status, form) = app.page_as("/statements/new", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.select("#f-article_id option").len() >= 2);
    assert!(form.select("#f-countries-ee").len() == 1);

    let article = add_article(
        &app,
        &cookie,
        "Synthetic article 1",
        "Synthetic Speaker said: \u{201c}Synthetic quote one \u{2014} kept word for word.\u{201d} Then left.",
    )
    .await;
    let lavrov = actor_id(&app, "lavrov").await;
    let commitment: i64 = sqlx::query_scalar("select min(id) from commitment")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let commitment = commitment.to_string();
    let fields = |text: &'static str| {
        vec![
            ("article_id", article.clone()),
            ("actor_id", lavrov.clone()),
            ("kind", "direct".to_owned()),
            ("sourcing", "on_record".to_owned()),
            ("text", text.to_owned()),
            ("said_on", "2030-02-03".to_owned()),
            ("date_precision", "day".to_owned()),
            ("countries", "ee".to_owned()),
            ("countries", "lv".to_owned()),
            ("topics", "negotiations".to_owned()),
            ("relation_kind", "responds_to".to_owned()),
            ("relation_to", "1".to_owned()),
            ("position_commitment", commitment.clone()),
            ("position_stance", "rejects".to_owned()),
            ("version", "0".to_owned()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        let cookie = cookie.clone();
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form("/statements", &pairs, Some(&cookie)).await
        }
    };

    let verbatim = send(fields("Synthetic quote one - kept word for word")).await;
    assert_eq!(verbatim.status(), StatusCode::SEE_OTHER);
    let href = location(&verbatim);
    let page = app.ok_page(&href).await;
    assert_eq!(
        page.text("blockquote.quote"),
        "Synthetic quote one - kept word for word"
    );
    assert_eq!(
        page.text(".appearances .verbatim"),
        "Found verbatim in the article's text."
    );
    assert!(page.text(".card-meta").contains("Estonia, Latvia"));
    assert!(
        page.text(".relations")
            .contains("This statement responds to Karoline Leavitt")
    );
    assert!(
        page.text("section[aria-labelledby=positions-title]")
            .contains("Rejects")
    );

    let altered = send(fields("Synthetic quote one, kept nearly word for word")).await;
    let page = app.ok_page(&location(&altered)).await;
    assert_eq!(
        page.text(".appearances .verbatim"),
        "Not found verbatim in the article's text."
    );

    let timeline = app.ok_page("/?country=lv").await;
    assert_eq!(timeline.result_count(), 2);
    assert_eq!(timeline.texts(".day-heading")[0], "3 February 2030");
    let actor = app.ok_page("/actors/lavrov").await;
    assert_eq!(actor.speakers().len(), 3);
}

#[tokio::test]
async fn invalid_statements_are_refused_with_messages() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let lavrov = actor_id(&app, "lavrov").await;
    let before = app.count("statement").await;
    let base = [
        ("article_id", "1"),
        ("actor_id", lavrov.as_str()),
        ("kind", "direct"),
        ("sourcing", "on_record"),
        ("text", "Synthetic words"),
        ("date_precision", "unknown"),
    ];
    let cases: [(&str, &str, &str, &str); 7] = [
        ("actor_id", "", "actor_id", "Choose who said it."),
        ("kind", "quote", "kind", "not one of the choices"),
        ("text", "   ", "text", "Text is required."),
        ("date_precision", "day", "said_on", "Give the date"),
        (
            "relation_to",
            "99999",
            "relation_kind",
            "Choose how the statements are related",
        ),
        (
            "article_id",
            "99999",
            "article_id",
            "That article does not exist.",
        ),
        (
            "actor_id",
            "99999",
            "actor_id",
            "That speaker does not exist.",
        ),
    ];
    for (field, value, at_fault, message) in cases {
        let mut fields: Vec<(&str, &str)> =
            base.iter().filter(|(k, _)| *k != field).copied().collect();
        fields.push((field, value));
        let response = app.post_form("/statements", &fields, Some(&cookie)).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        let page = page_of(response).await;
        let error = page.text(&format!("#f-{at_fault}-error"));
        assert!(error.contains(message), "{field}={value}: {error}");
        assert_eq!(
            page.text("#f-text"),
            if field == "text" {
                ""
            } else {
                "Synthetic words"
            }
        );
    }
    let mut fields = base.to_vec();
    fields.extend([("relation_kind", "denies"), ("relation_to", "99999")]);
    let page = page_of(app.post_form("/statements", &fields, Some(&cookie)).await).await;
    assert_eq!(
        page.text("#f-relation_to-error"),
        "There is no statement 99999."
    );
    assert_eq!(app.count("statement").await, before);
}

#[tokio::test]
async fn the_same_words_again_are_offered_as_a_new_appearance() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let article = add_article(&app, &cookie, "Synthetic article 2", "").await;
    let leavitt = actor_id(&app, "leavitt").await;
    // Leavitt's quote again, with other case and punctuation.
    let text = "THE PRESIDENT has stated categorically that American missions will not be on the ground in Ukraine, but we can certainly help with coordination and perhaps provide other security guarantees to our European allies!";
    let fields = [
        ("article_id", article.as_str()),
        ("actor_id", leavitt.as_str()),
        ("kind", "direct"),
        ("sourcing", "spokesperson"),
        ("text", text),
        ("date_precision", "unknown"),
    ];
    let statements = app.count("statement").await;
    let response = app.post_form("/statements", &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = page_of(response).await;
    let offer = page.text(".duplicate-offer");
    assert!(
        offer.contains("already has a statement with the same words"),
        "{offer}"
    );
    let action = page.attrs(".duplicate-offer form", "action")[0].clone();
    assert_eq!(page.attrs("input[name=allow_duplicate]", "value"), ["1"]);
    assert_eq!(app.count("statement").await, statements);

    let hidden: Vec<(String, String)> = page
        .select(".duplicate-offer form input[type=hidden]")
        .into_iter()
        .map(|i| {
            (
                i.value().attr("name").unwrap().to_owned(),
                i.value().attr("value").unwrap().to_owned(),
            )
        })
        .collect();
    let pairs: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = app.post_form(&action, &pairs, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let statement = app.ok_page(&location(&response)).await;
    let appearances = statement.texts(".appearances li");
    assert_eq!(appearances.len(), 2);
    assert!(appearances[1].contains("Synthetic article 2"));
    assert!(
        appearances[1].contains("Not checked against the article's text"),
        "no text stored"
    );
    assert_eq!(
        app.count("statement").await,
        statements,
        "no second statement"
    );

    // Saving it as a separate statement anyway is possible.
    let mut again = fields.to_vec();
    again.push(("allow_duplicate", "1"));
    let response = app.post_form("/statements", &again, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("statement").await, statements + 1);
}

#[tokio::test]
async fn a_retraction_is_public_and_takes_the_statement_off_the_timeline() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let timeline = app.ok_page("/").await;
    let href = crate::pages::permalink_of(&timeline, LEAVITT_QUOTE);

    let response = app
        .post_form(&format!("{href}/retract"), &[("reason", "")], Some(&cookie))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .post_form(
            &format!("{href}/retract"),
            &[("reason", "Synthetic reason: misattributed")],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let page = app.ok_page(&href).await;
    assert!(page.text(".retraction").starts_with("Retracted on "));
    assert!(
        page.text(".retraction")
            .ends_with(": Synthetic reason: misattributed")
    );
    assert_eq!(app.ok_page("/").await.result_count(), 8);
    assert!(
        !app.ok_page("/actors/leavitt")
            .await
            .statement_texts()
            .iter()
            .any(|t| t.contains(LEAVITT_QUOTE))
    );
    let corrections = app.ok_page("/corrections").await;
    assert_eq!(
        corrections.select("article.statement.is-retracted").len(),
        1
    );
    let again = app
        .post_form(
            &format!("{href}/retract"),
            &[("reason", "twice")],
            Some(&cookie),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    let action: String = sqlx::query_scalar("select action from revision order by id desc limit 1")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(action, "retract");
}

#[tokio::test]
async fn deleting_a_statement_is_for_admins_and_audited() {
    let app = TestApp::spawn().await;
    let editor = app.editor().await;
    let password = app.add_user("chief", Role::Admin).await;
    let admin = app.login("chief", &password).await;
    let timeline = app.ok_page("/").await;
    let lavrov = crate::pages::permalink_of(&timeline, crate::helpers::LAVROV_QUOTE);
    let trump: String = crate::pages::permalink_of(&timeline, "Mr Trump promised");

    let refused = app
        .post_form(&format!("{lavrov}/delete"), &[], Some(&editor))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // A commitment's history rests on Trump's promise: it stays.
    let kept = app
        .post_form(&format!("{trump}/delete"), &[], Some(&admin))
        .await;
    assert_eq!(kept.status(), StatusCode::CONFLICT);

    let deleted = app
        .post_form(&format!("{lavrov}/delete"), &[], Some(&admin))
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&lavrov).await.status(), StatusCode::NOT_FOUND);
    let (action, before): (String, String) =
        sqlx::query_as("select action, before from revision order by id desc limit 1")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(action, "delete");
    assert!(
        before.contains("a road to nowhere"),
        "the deleted words are kept in the log"
    );
}
