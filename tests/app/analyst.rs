//! The analyst's tools: full-text search, the JSON API, CSV and Atom twins of filtered views.

use std::collections::HashSet;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{LAVROV_QUOTE, LEAVITT_QUOTE, TestApp};

async fn json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app.get(path).await;
    let status = response.status();
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"),
        "{path}"
    );
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn search_finds_phrases_prefixes_aliases_and_titles_with_highlights() {
    let app = TestApp::spawn().await;
    let phrase = app.ok_page("/?q=%22boots+on+the+ground%22").await;
    assert_eq!(phrase.speakers(), ["Donald Trump"]);
    assert_eq!(
        phrase.texts("article.statement mark"),
        ["boots on the ground"]
    );

    let any_order = app.ok_page("/?q=utopia+Russian+nowhere").await;
    assert_eq!(any_order.speakers(), ["Sergey Lavrov"]);
    let prefix = app.ok_page("/?q=guarant*").await;
    assert_eq!(prefix.result_count(), 4, "guarantee, guarantees");
    let alias = app
        .ok_page("/?q=%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B9+%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2")
        .await;
    assert_eq!(
        alias.speakers(),
        ["Sergey Lavrov"],
        "found by the alias Сергей Лавров"
    );
    let title = app.ok_page("/?q=post-conflict").await;
    assert_eq!(
        title.result_count(),
        9,
        "every statement of the article titled …Post-conflict…"
    );

    let combined = app.ok_page("/?q=reliable&actor=kremlin").await;
    assert_eq!(combined.speakers(), ["The Kremlin"]);
    assert_eq!(combined.result_count(), 1);
    assert!(combined.select("article.event").is_empty());
    assert_eq!(combined.attrs("#f-q", "value"), ["reliable"]);
}

#[tokio::test]
async fn any_search_a_reader_can_type_is_answered() {
    let app = TestApp::spawn().await;
    for q in [
        "\"unbalanced",
        "AND",
        "OR NOT",
        "*",
        "-",
        "troops -nato",
        "NEAR(a b)",
        "'",
        "%",
        "\\",
        "a:b",
        "^x",
        "{x}",
        "\"\"",
        "((",
        "Сергей",
        "ß",
        "🙂",
        "x*y*",
        "NOT",
    ] {
        let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let (status, _) = app.page(&format!("/?q={encoded}")).await;
        assert_eq!(status, StatusCode::OK, "q={q:?}");
        let (status, body) = json(&app, &format!("/api/v1/statements?q={encoded}")).await;
        assert_eq!(status, StatusCode::OK, "API q={q:?}: {body}");
    }
    let long = "x".repeat(501);
    let (status, _) = app.page(&format!("/?q={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_statements_api_follows_the_contract_and_pages_with_next_links() {
    let app = TestApp::spawn().await;
    let (status, body) = json(&app, "/api/v1/statements?actor=leavitt").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 1);
    assert!(body["next"].is_null());
    let item = &body["items"][0];
    assert!(item["text"].as_str().unwrap().starts_with(LEAVITT_QUOTE));
    assert_eq!(item["kind"], "direct");
    assert_eq!(item["said_on"], "2025-08-19");
    assert_eq!(item["stance"], "supports");
    assert_eq!(item["actor"]["slug"], "leavitt");
    assert_eq!(item["actor"]["name"], "Karoline Leavitt");
    assert_eq!(item["actor"]["country"], "US");
    assert_eq!(
        item["article"]["title"],
        "NATO military leaders discuss Ukraine's Post-conflict security"
    );
    assert!(item["article"]["outlet"].is_null());
    assert!(item["article"]["published_on"].is_null());
    assert!(item["article"]["id"].is_i64());
    assert_eq!(item["countries"], serde_json::json!(["UA", "US"]));
    assert_eq!(
        item["url"],
        format!("{}/statements/{}", app.base, item["id"])
    );

    let facet = |name: &str| -> Vec<(String, i64)> {
        body["facets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == name)
            .unwrap()["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                (
                    o["value"].as_str().unwrap().to_owned(),
                    o["count"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert!(facet("kind").contains(&("direct".to_owned(), 1)));

    // Two at a time through every page, by the next links alone.
    let mut seen = Vec::new();
    let mut next = Some(format!("{}/api/v1/statements?country=ua&limit=2", app.base));
    while let Some(url) = next {
        let path = url
            .strip_prefix(&app.base)
            .expect("next stays on this site")
            .to_owned();
        assert!(
            path.contains("country=ua") && path.contains("limit=2"),
            "{path}"
        );
        let (_, page) = json(&app, &path).await;
        assert_eq!(page["total"], 9);
        for item in page["items"].as_array().unwrap() {
            seen.push(item["id"].as_i64().unwrap());
        }
        next = page["next"].as_str().map(str::to_owned);
    }
    assert_eq!(seen.len(), 9);
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 9);
}

#[tokio::test]
async fn every_api_endpoint_answers_and_errors_are_json() {
    let app = TestApp::spawn().await;
    for path in [
        "/api/v1/actors",
        "/api/v1/countries",
        "/api/v1/articles",
        "/api/v1/commitments",
    ] {
        let (status, body) = json(&app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(!body["items"].as_array().unwrap().is_empty(), "{path}");
    }
    let (_, lavrov) = json(&app, "/api/v1/actors/lavrov").await;
    assert_eq!(lavrov["role"], "Foreign Minister of Russia");
    assert!(
        lavrov["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Сергей Лавров")
    );
    let (_, france) = json(&app, "/api/v1/countries/fr").await;
    assert_eq!(france["nato_member"], true);
    assert_eq!(france["commitments"], 2);
    assert_eq!(france["commitments_provided"].as_array().unwrap().len(), 2);
    let (_, article) = json(&app, "/api/v1/articles/1").await;
    assert_eq!(article["translator"], "Iurie Tataru");
    assert_eq!(article["statements"], 9);
    assert_eq!(article["statements_carried"].as_array().unwrap().len(), 9);
    let (_, commitment) = json(&app, "/api/v1/commitments/1").await;
    assert_eq!(commitment["status"], "pledged");
    assert_eq!(commitment["deadline"], "overdue");
    assert_eq!(commitment["due_on"], "2025-08-28");
    assert_eq!(commitment["history"][0]["status"], "pledged");
    assert_eq!(commitment["positions"].as_array().unwrap().len(), 5);
    let (_, statement) = json(&app, "/api/v1/statements/2").await;
    assert!(statement["text"].as_str().unwrap().ends_with(LAVROV_QUOTE));
    assert_eq!(statement["relations"][0]["kind"], "responds_to");
    assert_eq!(statement["appearances"][0]["verbatim"], true);

    for (path, status, message) in [
        ("/api/v1/statements?kind=quote", 400, "Invalid kind"),
        ("/api/v1/statements?limit=0", 400, "Invalid limit"),
        ("/api/v1/statements?actor=nobody", 400, "no actor"),
        ("/api/v1/statements/99999", 404, "no statement"),
        ("/api/v1/statements/abc", 404, "no statement"),
        ("/api/v1/actors/nobody", 404, "no actor"),
        ("/api/v1/countries/zz", 404, "no country"),
        ("/api/v1/commitments/99999", 404, "no commitment"),
        ("/api/v1/nothing/here", 404, "no such API endpoint"),
    ] {
        let (got, body) = json(&app, path).await;
        assert_eq!(got.as_u16(), status, "{path}");
        assert_eq!(body["error"]["status"], status, "{path}");
        assert!(
            body["error"]["message"].as_str().unwrap().contains(message),
            "{path}: {body}"
        );
    }
}

#[tokio::test]
async fn csv_exports_apply_filters_and_neutralise_formulas() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let lavrov: i64 = sqlx::query_scalar("select id from actor where slug = 'lavrov'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let response = app
        .post_form(
            "/statements",
            &[
                ("article_id", "1"),
                ("actor_id", &lavrov.to_string()),
                ("kind", "reported"),
                ("sourcing", "media_report"),
                ("text", "=HYPERLINK(\"http://evil.example\",\"Synthetic\")"),
                ("context", "@SUM(1+1)"),
                ("date_precision", "unknown"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let response = app.get("/api/v1/statements.csv?country=ru").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = response.text().await.unwrap();
    assert!(body.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(&header[..4], ["id", "said_on", "date_precision", "actor"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let (_, api) = json(&app, "/api/v1/statements?country=ru").await;
    assert_eq!(rows.len() as i64, api["total"].as_i64().unwrap());
    let text = header.iter().position(|h| h == "text").unwrap();
    let context = header.iter().position(|h| h == "context").unwrap();
    let planted = rows
        .iter()
        .find(|r| r[text].contains("HYPERLINK"))
        .expect("the planted row");
    assert!(planted[text].starts_with("'="), "{}", &planted[text]);
    assert!(planted[context].starts_with("'@"));
    assert!(
        rows.iter()
            .any(|r| r[text] == *LAVROV_QUOTE || r[text].ends_with(LAVROV_QUOTE))
    );
    assert!(
        !rows.iter().any(|r| r[text].starts_with(LEAVITT_QUOTE)),
        "the filter applies"
    );

    let commitments = app
        .get("/api/v1/commitments.csv?country=gb")
        .await
        .text()
        .await
        .unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(commitments.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| &r[2] == "troops"));
}

#[tokio::test]
async fn atom_feeds_parse_and_carry_the_filtered_entries() {
    let app = TestApp::spawn().await;
    let read =
        |body: String| atom_syndication::Feed::read_from(body.as_bytes()).expect("valid Atom");
    let response = app.get("/feed.atom?actor=lavrov").await;
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let feed = read(response.text().await.unwrap());
    assert_eq!(feed.entries().len(), 1);
    let entry = &feed.entries()[0];
    assert!(
        entry
            .title()
            .as_str()
            .starts_with("Sergey Lavrov: \u{201c}We cannot agree")
    );
    assert!(entry.id().ends_with("/statements/2"));
    assert_eq!(
        entry.links()[0].href(),
        format!("{}/statements/2", app.base)
    );
    assert!(
        feed.links()
            .iter()
            .any(|l| l.rel() == "self" && l.href().ends_with("/feed.atom?actor=lavrov"))
    );

    let all = read(app.get("/feed.atom").await.text().await.unwrap());
    assert_eq!(all.entries().len(), 9);
    let trump = read(
        app.get("/actors/trump/feed.atom")
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(
        trump.entries().iter().any(|e| e.title().as_str()
            == "Pledged: US security guarantees equivalent to NATO's Article 5")
    );
    let commitment = read(
        app.get("/commitments/7/feed.atom")
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(
        commitment
            .entries()
            .iter()
            .any(|e| e.title().as_str().starts_with("Floated:"))
    );
    assert!(
        commitment
            .entries()
            .iter()
            .any(|e| e.title().as_str().starts_with("The Kremlin (reported)"))
    );
    assert_eq!(
        app.get("/feed.atom?kind=x").await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.get("/actors/nobody/feed.atom").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn list_pages_link_and_declare_their_twins_with_the_current_filters() {
    let app = TestApp::spawn().await;
    let page = app.ok_page("/?actor=lavrov&kind=direct").await;
    let declared = page.attrs("link[rel=alternate]", "href");
    assert_eq!(
        declared,
        [
            "/api/v1/statements?actor=lavrov&kind=direct",
            "/api/v1/statements.csv?actor=lavrov&kind=direct",
            "/feed.atom?actor=lavrov&kind=direct",
        ]
    );
    assert_eq!(
        page.attrs(".twins a", "href"),
        [
            declared[1].clone(),
            declared[0].clone(),
            declared[2].clone()
        ]
    );
    for href in &declared {
        assert_eq!(app.get(href).await.status(), StatusCode::OK, "{href}");
    }
    let actor = app.ok_page("/actors/trump").await;
    assert!(
        actor
            .attrs("link[rel=alternate]", "href")
            .contains(&"/actors/trump/feed.atom".to_owned())
    );
    let tracker = app.ok_page("/commitments?type=troops").await;
    assert!(
        tracker
            .attrs("link[rel=alternate]", "href")
            .contains(&"/api/v1/commitments.csv?type=troops".to_owned())
    );
}

#[tokio::test]
async fn sourcing_and_month_facets_filter_and_count() {
    let app = TestApp::spawn().await;
    let page = app.ok_page("/").await;
    assert_eq!(page.text("label[for='f-month-2025-08'] .count"), "5");
    assert_eq!(
        page.text("label[for='f-month-2025-08']")
            .split(" 5")
            .next()
            .unwrap(),
        "August 2025"
    );
    assert_eq!(
        page.text("label[for='f-sourcing-media_report'] .count"),
        "4"
    );
    let august = app.ok_page("/?month=2025-08&sourcing=on_record").await;
    let mut speakers = august.speakers();
    speakers.sort();
    assert_eq!(speakers, ["Sergey Lavrov", "Volodymyr Zelensky"]);
    assert_eq!(
        august.texts(".active-filters a")[0],
        "Sourcing: On the record × (remove this filter)"
    );
    assert_eq!(
        august.texts(".active-filters a")[1],
        "Month said: August 2025 × (remove this filter)"
    );
    let searched = app.ok_page("/?q=utopia").await;
    assert!(searched.texts(".active-filters a")[0].starts_with("Search: utopia"));
    assert_eq!(
        app.get("/?month=2025-13").await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.get("/?sourcing=rumour").await.status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn unchanged_data_is_not_sent_twice_and_an_edit_changes_the_tag() {
    let app = TestApp::spawn().await;
    let first = app.get("/?actor=lavrov").await;
    assert_eq!(first.status(), StatusCode::OK);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(first.headers()["cache-control"], "public, no-cache");
    let conditional = |path: &'static str, tag: String| {
        let app = &app;
        async move {
            app.client
                .get(format!("{}{path}", app.base))
                .header("if-none-match", tag)
                .send()
                .await
                .unwrap()
        }
    };
    let again = conditional("/?actor=lavrov", etag.clone()).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.text().await.unwrap().is_empty());
    let api = app.get("/api/v1/statements/2").await;
    let api_tag = api.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        conditional("/api/v1/statements/2", api_tag.clone())
            .await
            .status(),
        StatusCode::NOT_MODIFIED
    );

    // An edit changes every tag.
    let cookie = app.editor().await;
    let response = app
        .post_form(
            "/statements/2/retract",
            &[("reason", "Synthetic test retraction")],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let after = conditional("/?actor=lavrov", etag.clone()).await;
    assert_eq!(after.status(), StatusCode::OK);
    assert_ne!(after.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(
        conditional("/api/v1/statements/2", api_tag).await.status(),
        StatusCode::OK
    );

    // Editors' pages carry edit controls and are never tagged.
    let editor = app
        .client
        .get(format!("{}/", app.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert!(editor.headers().get("etag").is_none());
}

#[tokio::test]
async fn statements_embed_in_other_sites_and_only_embeds_may_be_framed() {
    let app = TestApp::spawn().await;
    let embed = app.get("/embed/statements/2").await;
    assert_eq!(embed.status(), StatusCode::OK);
    let policy = embed.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.ends_with("frame-ancestors *"), "{policy}");
    assert!(embed.headers().get("x-frame-options").is_none());
    let page = crate::helpers::Page(scraper::Html::parse_document(&embed.text().await.unwrap()));
    assert!(page.text("blockquote.quote").ends_with(LAVROV_QUOTE));
    assert!(page.select("nav").is_empty(), "a compact card");
    // A screen reader names the frame's page by its one heading.
    assert_eq!(page.select("h1").len(), 1);
    // No favicon request from the host page's frame.
    assert_eq!(page.attrs("link[rel=icon]", "href"), ["data:,"]);
    let timeline = app.get("/").await;
    let policy = timeline.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.ends_with("frame-ancestors 'none'"), "{policy}");
    assert_eq!(timeline.headers()["x-frame-options"], "DENY");

    let permalink = format!("{}/statements/2", app.base);
    let encoded: String = form_urlencoded::byte_serialize(permalink.as_bytes()).collect();
    let (status, oembed) = json(
        &app,
        &format!("/oembed?url={encoded}&format=json&maxwidth=400"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["author_name"], "Sergey Lavrov");
    assert_eq!(oembed["width"], 400);
    assert!(
        oembed["html"]
            .as_str()
            .unwrap()
            .starts_with(&format!("<iframe src=\"{}/embed/statements/2\"", app.base))
    );
    let (status, _) = json(
        &app,
        "/oembed?url=https%3A%2F%2Felsewhere.example%2Fstatements%2F2",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = json(&app, "/oembed").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get(&format!("/oembed?url={encoded}&format=xml"))
            .await
            .status(),
        StatusCode::NOT_IMPLEMENTED
    );

    let (_, timeline) = json(&app, "/api/v1/timelinejs.json").await;
    let events = timeline["events"].as_array().unwrap();
    assert_eq!(events.len(), 5, "the five dated statements");
    let lavrov = events
        .iter()
        .find(|e| e["group"] == "Sergey Lavrov")
        .unwrap();
    assert_eq!(
        lavrov["start_date"],
        serde_json::json!({"year": 2025, "month": 8, "day": 20})
    );
    let trump = events
        .iter()
        .find(|e| e["group"] == "Donald Trump")
        .unwrap();
    assert!(
        trump["start_date"].get("day").is_none(),
        "known to the month only"
    );
    let (_, filtered) = json(&app, "/api/v1/timelinejs.json?actor=leavitt").await;
    assert_eq!(filtered["events"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn charts_are_svg_with_their_numbers_as_text() {
    let app = TestApp::spawn().await;
    let timeline = app.ok_page("/").await;
    let strip = timeline.select(".density svg[role=img]");
    assert_eq!(strip.len(), 1);
    assert_eq!(
        strip[0].value().attr("aria-describedby"),
        Some("density-data")
    );
    assert_eq!(timeline.texts("#density-data tbody tr"), ["August 2025 5"]);

    let actor = app.ok_page("/actors/lavrov").await;
    assert_eq!(actor.select("svg.chart rect.bar").len(), 1);
    assert_eq!(
        actor.texts("#weekly-data tbody tr"),
        ["week of 18 August 2025 1"]
    );
    let country = app.ok_page("/countries/us").await;
    let weeks = country.texts("#weekly-data tbody tr");
    assert_eq!(
        weeks,
        ["week of 18 August 2025 2"],
        "Leavitt and Grynkewich; Trump's promise is dated only to the month"
    );

    let tracker = app.ok_page("/commitments").await;
    let grid = tracker.select("svg.grid-chart");
    assert_eq!(grid.len(), 1);
    assert_eq!(grid[0].value().attr("aria-describedby"), Some("grid-data"));
    assert_eq!(tracker.select("table#grid-data").len(), 1);
    let words = tracker.texts("svg.grid-chart text.cell-word");
    assert!(words.contains(&"Floated +1".to_owned()), "{words:?}");
    assert!(words.contains(&"Pledged".to_owned()));
}

#[tokio::test]
async fn a_kept_page_is_rendered_again_after_an_edit() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        assert_eq!(app.ok_page("/?actor=lavrov").await.result_count(), 1);
    }
    let cookie = app.editor().await;
    app.post_form(
        "/statements/2/retract",
        &[("reason", "Synthetic test retraction")],
        Some(&cookie),
    )
    .await;
    assert_eq!(
        app.ok_page("/?actor=lavrov").await.result_count(),
        0,
        "not the kept page"
    );
    let (_, api) = json(&app, "/api/v1/statements?actor=lavrov").await;
    assert_eq!(api["total"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_readers_builds_a_page_once() {
    let app = TestApp::spawn().await;
    let before = app.builds();
    let requests: Vec<_> = (0..30)
        .map(|_| {
            let (client, base) = (app.client.clone(), app.base.clone());
            tokio::spawn(async move {
                client
                    .get(format!("{base}/?country=ua"))
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    for request in requests {
        assert_eq!(request.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(app.builds() - before, 1, "thirty readers, one build");
}
