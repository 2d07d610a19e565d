//! Suggested statements: an article's text read for quotes, shown for review, and the accepted
//! ones recorded in one audited transaction.

use std::sync::Arc;

use guarantee_watch::seed::ARTICLE_TEXT;
use reqwest::StatusCode;
use scraper::{ElementRef, Selector};
use serde_json::Value;

use crate::helpers::{LAVROV_QUOTE, LEAVITT_QUOTE, Page, TestApp, location, page_of, text_of};

/// Starts the application on a database that has the seed's countries, topics and actors but
/// none of its articles or statements, so that the seed's quotes are not recorded yet.
async fn app_without_statements() -> TestApp {
    let seeded_dir = tempfile::tempdir().unwrap();
    let seeded = guarantee_watch::db::open_and_seed(&seeded_dir.path().join("seeded.db"))
        .await
        .unwrap();
    let mut export = Vec::new();
    guarantee_watch::dataset::export(&seeded, &mut export)
        .await
        .unwrap();
    seeded.close().await;
    let kept: String = String::from_utf8(export)
        .unwrap()
        .lines()
        .filter(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            matches!(
                row["table"].as_str(),
                Some("country" | "topic" | "actor" | "actor_alias")
            )
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let path = dir.path().join("fresh.db");
    let db = guarantee_watch::db::open(&path).await.unwrap();
    guarantee_watch::dataset::import(&db, kept.as_bytes())
        .await
        .unwrap();
    db.close().await;
    TestApp::spawn_at(dir, &path).await
}

/// The fields a browser would submit from a form: inputs with their values (checkboxes only
/// when ticked), each select's chosen option, each textarea's text.
fn form_fields(page: &Page, form: &str) -> Vec<(String, String)> {
    let options = Selector::parse("option").unwrap();
    let mut fields = Vec::new();
    for element in page.select(&format!("{form} input, {form} select, {form} textarea")) {
        let value = element.value();
        let Some(name) = value.attr("name") else {
            continue;
        };
        match value.name() {
            "input" => {
                let kind = value.attr("type").unwrap_or("text");
                if matches!(kind, "checkbox" | "radio") && value.attr("checked").is_none() {
                    continue;
                }
                fields.push((
                    name.to_owned(),
                    value.attr("value").unwrap_or("").to_owned(),
                ));
            }
            "select" => {
                let all: Vec<ElementRef> = element.select(&options).collect();
                if let Some(chosen) = all
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(all.first())
                {
                    fields.push((
                        name.to_owned(),
                        chosen.value().attr("value").unwrap_or("").to_owned(),
                    ));
                }
            }
            _ => fields.push((name.to_owned(), element.text().collect())),
        }
    }
    fields
}

/// Sets a field as the editor would: replacing its value, or adding it (a ticked checkbox).
fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(n, _)| n != name);
    fields.push((name.to_owned(), value.to_owned()));
}

fn value_of<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

async fn post(
    app: &TestApp,
    path: &str,
    fields: &[(String, String)],
    cookie: Option<&str>,
) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    app.post_form(path, &pairs, cookie).await
}

/// Pastes an article through `/suggestions` and returns its id.
async fn paste(app: &TestApp, cookie: &str, title: &str, date: &str, body: &str) -> i64 {
    let response = app
        .post_form(
            "/suggestions",
            &[
                ("title", title),
                ("published_on", date),
                ("language", "en"),
                ("body", body),
            ],
            Some(cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let to = location(&response);
    to.strip_prefix("/articles/")
        .and_then(|rest| rest.strip_suffix("/suggestions"))
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("led to {to}"))
}

async fn actor_id(app: &TestApp, slug: &str) -> i64 {
    sqlx::query_scalar("select id from actor where slug = ?")
        .bind(slug)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

/// The text of the first element matching `selector` inside `scope`.
fn inner(scope: ElementRef<'_>, selector: &str) -> Option<String> {
    scope
        .select(&Selector::parse(selector).unwrap())
        .next()
        .map(text_of)
}

/// An attribute of the first element matching `selector` inside `scope`.
fn inner_attr(scope: ElementRef<'_>, selector: &str, attribute: &str) -> Option<String> {
    scope
        .select(&Selector::parse(selector).unwrap())
        .next()
        .and_then(|e| e.value().attr(attribute).map(str::to_owned))
}

/// The number of the suggested statement whose highlighted words hold `words`.
fn row_of(page: &Page, words: &str) -> usize {
    let found: Vec<usize> = page
        .select("fieldset.suggestion[id^=q]")
        .into_iter()
        .filter(|row| inner(*row, "mark").is_some_and(|m| m.contains(words)))
        .map(|row| row.value().attr("id").unwrap()[1..].parse().unwrap())
        .collect();
    assert_eq!(found.len(), 1, "one suggestion holds {words:?}");
    found[0]
}

/// The suggested statement numbered `n`.
fn row(page: &Page, n: usize) -> ElementRef<'_> {
    page.select(&format!("fieldset#q{n}"))[0]
}

#[tokio::test]
async fn the_pasted_seed_article_gives_leavitt_and_lavrov_and_accepting_records_them() {
    let app = app_without_statements().await;
    let cookie = app.editor().await;
    assert_eq!(app.count("statement").await, 0);
    assert_eq!(app.count("article").await, 0);
    assert!(app.count("actor").await > 0, "the seed's actors are known");

    // Two ways in: the paste form, and the new-article form's second button.
    let (status, form) = app.page_as("/suggestions", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(form.attrs("form.record-form textarea", "name"), ["body"]);
    let (_, new_article) = app.page_as("/articles/new", &cookie).await;
    assert_eq!(
        new_article.attrs("button[formaction]", "formaction"),
        ["/suggestions"]
    );

    let article = paste(
        &app,
        &cookie,
        "NATO military leaders discuss Ukraine's Post-conflict security",
        "",
        ARTICLE_TEXT,
    )
    .await;
    assert_eq!(app.count("revision").await, 1, "the article's creation");

    let (status, page) = app
        .page_as(&format!("/articles/{article}/suggestions"), &cookie)
        .await;
    assert_eq!(status, StatusCode::OK);
    let body: Vec<char> = ARTICLE_TEXT.trim().chars().collect();
    let leavitt = row_of(&page, LEAVITT_QUOTE);
    let lavrov = row_of(&page, LAVROV_QUOTE);
    for (index, slug, name, words) in [
        (leavitt, "leavitt", "Karoline Leavitt", LEAVITT_QUOTE),
        (lavrov, "lavrov", "Sergey Lavrov", LAVROV_QUOTE),
    ] {
        let row = row(&page, index);
        let field = |f: &str| format!("q{index}_{f}");
        assert!(inner(row, "legend").unwrap().contains(name));
        // The known speaker is preselected among every actor.
        let chosen = inner_attr(
            row,
            &format!("select[name={}] option[selected]", field("actor")),
            "value",
        );
        assert_eq!(chosen, Some(actor_id(&app, slug).await.to_string()));
        // The offsets point at the words, which are highlighted in their paragraph.
        let offset = |f: &str| -> usize {
            inner_attr(row, &format!("input[name={}]", field(f)), "value")
                .unwrap()
                .parse()
                .unwrap()
        };
        let at: String = body[offset("start")..offset("end")].iter().collect();
        assert!(at.contains(words), "{at}");
        assert_eq!(
            body[offset("start") - 1],
            '"',
            "the quote opens right before"
        );
        assert_eq!(inner(row, "blockquote mark").unwrap(), at);
        assert!(
            inner(row, "blockquote p").unwrap().len() > at.len(),
            "shown in its paragraph"
        );
        assert_eq!(
            inner(row, &format!("textarea[name={}]", field("text"))).unwrap(),
            at
        );
        // Unticked, and labelled by the quote.
        let checkbox = format!("input[type=checkbox][name={}]", field("accept"));
        assert!(inner_attr(row, &checkbox, "checked").is_none());
        let label = inner(row, &format!("label[for=f-{}]", field("accept"))).unwrap();
        assert!(label.contains(words), "{label}");
        assert!(inner(row, ".recorded").is_none(), "not recorded yet");
    }

    let mut fields = form_fields(&page, "form.suggestions");
    set(&mut fields, &format!("q{leavitt}_accept"), "1");
    set(&mut fields, &format!("q{lavrov}_accept"), "1");
    let response = post(
        &app,
        &format!("/articles/{article}/suggestions"),
        &fields,
        Some(&cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("/articles/{article}"));

    assert_eq!(app.count("statement").await, 2);
    let stored: Vec<(String, String, i64)> = sqlx::query_as(
        "select a.slug, s.kind, ap.verbatim from statement s join actor a on a.id = s.actor_id
         join appearance ap on ap.statement_id = s.id where ap.article_id = ? order by s.id",
    )
    .bind(article)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(
        stored,
        [
            ("leavitt".to_owned(), "direct".to_owned(), 1),
            ("lavrov".to_owned(), "direct".to_owned(), 1)
        ]
    );
    assert_eq!(
        app.count("revision").await,
        1 + 2,
        "one revision per statement"
    );

    // On the timeline, for everyone.
    let timeline = app.ok_page("/").await;
    let speakers = timeline.speakers();
    assert!(
        speakers.contains(&"Karoline Leavitt".to_owned()),
        "{speakers:?}"
    );
    assert!(
        speakers.contains(&"Sergey Lavrov".to_owned()),
        "{speakers:?}"
    );
    let texts = timeline.statement_texts().join("\n");
    assert!(texts.contains(LEAVITT_QUOTE) && texts.contains(LAVROV_QUOTE));
    // In the history, by the editor who accepted them.
    let (_, history) = app.page_as("/history?record_type=statement", &cookie).await;
    let heads = history.texts(".revision-head");
    assert_eq!(heads.len(), 2, "{heads:?}");
    assert!(
        heads
            .iter()
            .all(|h| h.starts_with("create statement") && h.contains("by editor"))
    );
    // The article page lists them and leads back to the suggestions, now both recorded.
    let (_, article_page) = app.page_as(&format!("/articles/{article}"), &cookie).await;
    assert_eq!(article_page.speakers().len(), 2);
    assert_eq!(
        article_page.attrs(".record-actions a[href$='/suggestions']", "href"),
        [format!("/articles/{article}/suggestions")]
    );
    let (_, again) = app
        .page_as(&format!("/articles/{article}/suggestions"), &cookie)
        .await;
    for index in [row_of(&again, LEAVITT_QUOTE), row_of(&again, LAVROV_QUOTE)] {
        assert_eq!(
            inner(row(&again, index), ".recorded .badge").as_deref(),
            Some("Already recorded")
        );
    }
}

#[tokio::test]
async fn recorded_suggestions_are_marked_and_never_stored_twice() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let article: i64 = sqlx::query_scalar("select id from article where body is not null")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let (_, page) = app
        .page_as(&format!("/articles/{article}/suggestions"), &cookie)
        .await;
    let leavitt = row_of(&page, LEAVITT_QUOTE);
    let lavrov = row_of(&page, LAVROV_QUOTE);
    for (index, slug) in [(leavitt, "leavitt"), (lavrov, "lavrov")] {
        let row = row(&page, index);
        let statement: i64 = sqlx::query_scalar(
            "select s.id from statement s join actor a on a.id = s.actor_id where a.slug = ?
             and s.kind = 'direct'",
        )
        .bind(slug)
        .fetch_one(&app.db)
        .await
        .unwrap();
        assert!(
            inner(row, ".recorded")
                .unwrap()
                .contains("Already recorded")
        );
        assert_eq!(
            inner_attr(row, ".recorded a", "href"),
            Some(format!("/statements/{statement}"))
        );
        assert!(
            inner(row, "input[type=checkbox]").is_none(),
            "nothing to tick"
        );
    }

    // Ticked anyway, as a crafted request: nothing is stored twice.
    let counts = (
        app.count("statement").await,
        app.count("appearance").await,
        app.count("revision").await,
    );
    let mut fields = form_fields(&page, "form.suggestions");
    set(&mut fields, &format!("q{leavitt}_accept"), "1");
    set(&mut fields, &format!("q{lavrov}_accept"), "1");
    for (name, value) in [
        ("sourcing", "on_record"),
        ("precision", "unknown"),
        ("said_on", ""),
    ] {
        set(&mut fields, &format!("q{lavrov}_{name}"), value);
    }
    let response = post(
        &app,
        &format!("/articles/{article}/suggestions"),
        &fields,
        Some(&cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        (
            app.count("statement").await,
            app.count("appearance").await,
            app.count("revision").await
        ),
        counts
    );

    // The same text pasted as another source: the quotes are the same statements, and
    // accepting records the new article as another appearance of each.
    let copy = paste(
        &app,
        &cookie,
        "Synthetic reprint of the seed article",
        "",
        ARTICLE_TEXT,
    )
    .await;
    let (_, page) = app
        .page_as(&format!("/articles/{copy}/suggestions"), &cookie)
        .await;
    let (leavitt, lavrov) = (row_of(&page, LEAVITT_QUOTE), row_of(&page, LAVROV_QUOTE));
    for index in [leavitt, lavrov] {
        assert_eq!(
            inner(row(&page, index), ".recorded .badge").as_deref(),
            Some("Recorded from another source")
        );
    }
    let revisions = app.count("revision").await;
    let mut fields = form_fields(&page, "form.suggestions");
    set(&mut fields, &format!("q{leavitt}_accept"), "1");
    set(&mut fields, &format!("q{lavrov}_accept"), "1");
    let response = post(
        &app,
        &format!("/articles/{copy}/suggestions"),
        &fields,
        Some(&cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("statement").await, counts.0, "no new statement");
    assert_eq!(app.count("appearance").await, counts.1 + 2);
    assert_eq!(
        app.count("revision").await,
        revisions + 2,
        "each statement's update"
    );
    let (_, copy_page) = app.page_as(&format!("/articles/{copy}"), &cookie).await;
    assert_eq!(copy_page.speakers(), ["Karoline Leavitt", "Sergey Lavrov"]);
}

/// A synthetic article with two quotes by speakers the record does not know.
const HARBOUR: &str = "Synthetic Harbour talks end without a deal\n\
\"We will guard the synthetic border with every patrol boat we have,\" said Minister Ada Synthetic of Examplestan.\n\
Officials from Nowhereland were less sure. \"Nobody has asked us to send a single boat to that harbour,\" Admiral Bo Example told reporters.";

async fn counts(app: &TestApp) -> [i64; 6] {
    [
        app.count("statement").await,
        app.count("appearance").await,
        app.count("actor").await,
        app.count("commitment").await,
        app.count("position").await,
        app.count("revision").await,
    ]
}

#[tokio::test]
async fn an_invalid_row_comes_back_with_messages_its_input_kept_and_nothing_stored() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let article = paste(
        &app,
        &cookie,
        "Synthetic Harbour talks",
        "2025-03-04",
        HARBOUR,
    )
    .await;
    let path = format!("/articles/{article}/suggestions");
    let (_, page) = app.page_as(&path, &cookie).await;
    let (ada, bo) = (
        row_of(&page, "guard the synthetic border"),
        row_of(&page, "Nobody has asked"),
    );
    let a = |field: &str| format!("q{ada}_{field}");
    let b = |field: &str| format!("q{bo}_{field}");
    let mut fields = form_fields(&page, "form.suggestions");
    // Unknown speakers are offered as new actors, with the proposed name.
    assert_eq!(value_of(&fields, &a("actor")), "new");
    assert_eq!(value_of(&fields, &b("actor")), "new");
    let proposed_name = value_of(&fields, &a("new_name")).to_owned();
    assert!(proposed_name.contains("Ada Synthetic"), "{proposed_name}");
    assert!(value_of(&fields, &b("new_name")).contains("Bo Example"));
    assert_eq!(
        value_of(&fields, &a("said_on")),
        "2025-03-04",
        "the article's date"
    );
    assert_eq!(value_of(&fields, &a("precision")), "day");

    let before = counts(&app).await;
    set(&mut fields, &a("accept"), "1");
    set(&mut fields, &b("accept"), "1");
    let edited = "We will guard the synthetic border with every boat";
    set(&mut fields, &a("text"), edited);
    set(&mut fields, &b("new_name"), "");
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(response).await;
    assert!(
        page.text(&format!("#f-{}-error", a("text")))
            .contains("word for word")
    );
    assert!(
        page.text(&format!("#f-{}-error", b("new_name")))
            .contains("required")
    );
    assert_eq!(page.select("#form-errors li").len(), 2);
    // Everything typed is still there, the ticks too.
    let kept = form_fields(&page, "form.suggestions");
    assert_eq!(value_of(&kept, &a("text")), edited);
    assert_eq!(value_of(&kept, &b("new_name")), "");
    assert_eq!(value_of(&kept, &a("accept")), "1");
    assert_eq!(value_of(&kept, &b("accept")), "1");
    assert_eq!(value_of(&kept, &a("new_name")), proposed_name);
    assert_eq!(
        page.select("fieldset.suggestion mark").len(),
        2,
        "the whole screen"
    );
    assert_eq!(counts(&app).await, before, "nothing stored");

    // A new actor who is already known is refused too.
    let mut fields = kept;
    set(
        &mut fields,
        &a("text"),
        "We will guard the synthetic border with every patrol boat we have",
    );
    set(&mut fields, &b("new_name"), "Karoline Leavitt");
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(response).await;
    assert!(
        page.text(&format!("#f-{}-error", b("new_name")))
            .contains("already an actor")
    );
    assert_eq!(page.select(&format!("#f-{}-error", a("text"))).len(), 0);
    assert_eq!(counts(&app).await, before);

    // Corrected: two new actors, two statements, a revision for each.
    set(&mut fields, &a("new_name"), "Ada Synthetic");
    set(&mut fields, &b("new_name"), "Bo Example");
    set(&mut fields, &b("stance"), "opposes");
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let after = counts(&app).await;
    assert_eq!(after[0] - before[0], 2, "statements");
    assert_eq!(after[1] - before[1], 2, "appearances");
    assert_eq!(after[2] - before[2], 2, "actors");
    assert_eq!(after[5] - before[5], 4, "a revision per record created");
    let stored: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "select a.slug, a.name, s.said_on, s.stance from statement s
         join actor a on a.id = s.actor_id join appearance ap on ap.statement_id = s.id
         where ap.article_id = ? order by s.id",
    )
    .bind(article)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(
        stored,
        [
            (
                "ada-synthetic".to_owned(),
                "Ada Synthetic".to_owned(),
                Some("2025-03-04".to_owned()),
                None
            ),
            (
                "bo-example".to_owned(),
                "Bo Example".to_owned(),
                Some("2025-03-04".to_owned()),
                Some("opposes".to_owned())
            ),
        ]
    );
    app.ok_page("/actors/ada-synthetic").await;
}

#[tokio::test]
async fn commitments_are_recorded_with_their_status_and_the_position_of_their_statement() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let article = paste(
        &app,
        &cookie,
        "Synthetic Harbour talks",
        "2025-03-04",
        HARBOUR,
    )
    .await;
    let path = format!("/articles/{article}/suggestions");
    let (_, page) = app.page_as(&path, &cookie).await;
    let ada = row_of(&page, "guard the synthetic border");
    let a = |field: &str| format!("q{ada}_{field}");
    let mut fields = form_fields(&page, "form.suggestions");
    // A commitment row as the screen submits it.
    let (backing, ada_name) = (format!("q{ada}"), a("new_name"));
    set(&mut fields, "commitments", "1");
    for (name, value) in [
        ("c0_start", "44"),
        ("c0_end", "110"),
        ("c0_accept", "1"),
        ("c0_title", "Synthetic patrol boats"),
        ("c0_type", "border_surveillance"),
        ("c0_by", "fr"),
        ("c0_details", "every patrol boat they have"),
        ("c0_due_on", "2025-02-30"),
        ("c0_status", "floated"),
        ("c0_statement", backing.as_str()),
        ("c0_position", "proposes"),
        (ada_name.as_str(), "Ada Synthetic"),
    ] {
        set(&mut fields, name, value);
    }
    fields.retain(|(name, _)| name != &a("accept"));
    let before = counts(&app).await;
    // The backing statement is not accepted, and the date does not exist.
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(response).await;
    assert!(
        page.text("#f-c0_statement-error")
            .contains(&format!("Accept suggestion {}", ada + 1))
    );
    assert!(page.text("#f-c0_due_on-error").contains("does not exist"));
    let kept = form_fields(&page, "form.suggestions");
    assert_eq!(value_of(&kept, "c0_title"), "Synthetic patrol boats");
    assert_eq!(value_of(&kept, "c0_by"), "fr");
    assert_eq!(value_of(&kept, "c0_statement"), format!("q{ada}"));
    assert_eq!(page.select("#c0 mark").len(), 1, "shown in the article");
    assert!(
        page.text("label[for=f-c0_accept]")
            .contains("every patrol boat we have"),
        "labelled by the words that carry it"
    );
    assert_eq!(counts(&app).await, before);

    let mut fields = kept;
    set(&mut fields, &a("accept"), "1");
    set(&mut fields, "c0_due_on", "2025-04-01");
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let after = counts(&app).await;
    let created: Vec<i64> = after.iter().zip(before).map(|(a, b)| a - b).collect();
    // statement, appearance, actor, commitment, position; revisions: actor, statement, commitment.
    assert_eq!(created, [1, 1, 1, 1, 1, 3]);
    let (statement, stance, provider, status, evidence, occurred): (
        i64,
        String,
        String,
        String,
        Option<i64>,
        Option<String>,
    ) = sqlx::query_as(
        "select p.statement_id, p.stance, pc.country, e.status, e.statement_id, e.occurred_on
         from commitment c join position p on p.commitment_id = c.id
         join commitment_provider_country pc on pc.commitment_id = c.id
         join commitment_event e on e.commitment_id = c.id
         where c.title = 'Synthetic patrol boats' and c.due_on = '2025-04-01'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(
        (stance.as_str(), provider.as_str(), status.as_str()),
        ("proposes", "FR", "floated")
    );
    assert_eq!(evidence, Some(statement));
    assert_eq!(
        occurred.as_deref(),
        Some("2025-03-04"),
        "dated as its statement"
    );
    // The statement's revision includes the position it takes.
    let snapshot: String = sqlx::query_scalar(
        "select after from revision where record_type = 'statement' and record_id = ?",
    )
    .bind(statement)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(snapshot.contains("proposes"), "{snapshot}");
}

#[tokio::test]
async fn anonymous_and_cross_site_requests_are_refused_and_store_nothing() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let article = paste(
        &app,
        &cookie,
        "Synthetic Harbour talks",
        "2025-03-04",
        HARBOUR,
    )
    .await;
    let path = format!("/articles/{article}/suggestions");
    let (_, page) = app.page_as(&path, &cookie).await;
    let bo = row_of(&page, "Nobody has asked");
    let b = |field: &str| format!("q{bo}_{field}");
    let mut fields = form_fields(&page, "form.suggestions");
    set(&mut fields, &b("accept"), "1");
    let before = counts(&app).await;
    let articles = app.count("article").await;

    // Readers are sent to log in; the screens show nothing of the record.
    for screen in [path.as_str(), "/suggestions"] {
        let response = app.get(screen).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{screen}");
        assert!(location(&response).starts_with("/login"));
    }
    let (_, anonymous_article) = app.page(&format!("/articles/{article}")).await;
    assert!(
        anonymous_article
            .select("a[href$='/suggestions']")
            .is_empty()
    );
    let response = post(&app, &path, &fields, None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/login"));
    let response = app
        .post_form(
            "/suggestions",
            &[("title", "x"), ("language", "en"), ("body", "x")],
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // An editor's browser tricked into posting from another site.
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&fields)
        .finish();
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "http://evil.example"),
    ] {
        let response = app
            .client
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &cookie)
            .header(header, value)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{header}");
    }
    assert_eq!(counts(&app).await, before);
    assert_eq!(app.count("article").await, articles);

    // The same fields from the editor on this site are stored: they were valid all along.
    let response = post(&app, &path, &fields, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(counts(&app).await[0], before[0] + 1);
}

#[tokio::test]
async fn a_paste_without_text_is_refused_with_the_input_kept() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let articles = app.count("article").await;
    let revisions = app.count("revision").await;
    let response = app
        .post_form(
            "/suggestions",
            &[
                ("title", "Synthetic <b>talks</b>"),
                ("published_on", "2025-13-01"),
                ("language", "en"),
                ("body", "   "),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_of(response).await;
    assert!(page.text("#f-body-error").contains("required"));
    assert!(page.text("#f-published_on-error").contains("no month 13"));
    assert_eq!(
        page.attrs("input[name=title]", "value"),
        ["Synthetic <b>talks</b>"]
    );
    assert_eq!(app.count("article").await, articles);
    assert_eq!(app.count("revision").await, revisions);

    // An article with no text says so instead of suggesting.
    let response = app
        .post_form(
            "/articles",
            &[("title", "Synthetic bare article"), ("language", "en")],
            Some(&cookie),
        )
        .await;
    let bare = location(&response);
    let (status, page) = app.page_as(&format!("{bare}/suggestions"), &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.text("p.empty").contains("no text"));
    assert!(page.select("form.suggestions").is_empty());
    let (status, _) = app.page_as("/articles/999999/suggestions", &cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.page_as("/articles/x/suggestions", &cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let response = app
        .post_form(
            &format!("{bare}/suggestions"),
            &[("quotes", "99999")],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}
