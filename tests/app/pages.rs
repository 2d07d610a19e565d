//! Every reading page answers with the seeded content in the right place.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{LAVROV_QUOTE, LEAVITT_QUOTE, TestApp};

#[tokio::test]
async fn the_timeline_shows_the_seed_statements_with_their_sources() {
    let app = TestApp::spawn().await;
    let page = app.ok_page("/").await;

    let quotes = page.texts("article.statement.is-direct blockquote.quote");
    assert_eq!(quotes.len(), 2, "two direct quotes: {quotes:?}");
    assert!(quotes.iter().any(|q| q.starts_with(LEAVITT_QUOTE)));
    assert!(quotes.iter().any(|q| q.ends_with(LAVROV_QUOTE)));
    assert_eq!(
        page.select("article.statement.is-reported p.reported")
            .len(),
        7
    );
    assert_eq!(page.result_count(), 9);

    // Every card names its speaker, its sourcing and its source with the translator.
    for card in page.select("article.statement") {
        let text = crate::helpers::text_of(card);
        assert!(text.contains("Sourcing"), "{text}");
        assert!(
            text.contains("NATO military leaders discuss Ukraine's Post-conflict security"),
            "{text}"
        );
        assert!(text.contains("translated by Iurie Tataru"), "{text}");
    }

    // Newest first, grouped by day, undated last.
    let headings = page.texts(".day-heading");
    assert_eq!(headings.first().map(String::as_str), Some("20 August 2025"));
    assert!(headings.contains(&"19 August 2025".to_owned()));
    assert!(headings.contains(&"August 2025".to_owned()));
    assert_eq!(headings.last().map(String::as_str), Some("Date not known"));
    let machine = page.attrs(".day-heading time", "datetime");
    assert_eq!(machine.first().map(String::as_str), Some("2025-08-20"));

    // The speaker line carries role and country; Leavitt speaks for the President.
    let leavitt = page
        .select("article.statement")
        .into_iter()
        .map(crate::helpers::text_of)
        .find(|t| t.contains(LEAVITT_QUOTE))
        .expect("Leavitt's card");
    assert!(leavitt.contains("White House press secretary"));
    assert!(leavitt.contains("United States"));
    assert!(leavitt.contains("speaking for Donald Trump"));
    assert!(leavitt.contains("19 August 2025"));
    assert!(leavitt.contains("Via a spokesperson"));

    // Commitment events are on the timeline too.
    assert!(page.select("article.event").len() >= 8);
    assert!(
        page.attrs("a.permalink", "href")
            .iter()
            .all(|h| h.starts_with("/statements/"))
    );
}

#[tokio::test]
async fn actors_list_counts_and_profile_shows_statements_and_positions() {
    let app = TestApp::spawn().await;
    let list = app.ok_page("/actors").await;
    let rows = list.texts("table.data tbody tr");
    let lavrov = rows
        .iter()
        .find(|r| r.contains("Sergey Lavrov"))
        .expect("Lavrov row");
    assert!(lavrov.ends_with(" 1"), "{lavrov}");
    let trump = rows
        .iter()
        .find(|r| r.contains("Donald Trump"))
        .expect("Trump row");
    assert!(trump.ends_with(" 2"), "{trump}");
    assert!(
        rows.iter()
            .any(|r| r.contains("Vladimir Putin") && r.ends_with(" 0"))
    );

    let page = app.ok_page("/actors/lavrov").await;
    assert_eq!(page.text("h1"), "Sergey Lavrov");
    let facts = page.text(".facts");
    assert!(facts.contains("Foreign Minister of Russia"));
    assert!(facts.contains("Sergei Lavrov"), "aliases: {facts}");
    assert!(facts.contains("Сергей Лавров"));
    assert_eq!(page.speakers(), ["Sergey Lavrov"]);
    assert!(page.statement_texts()[0].ends_with(LAVROV_QUOTE));
    let positions = page.texts("section[aria-labelledby=positions-title] tbody tr");
    assert_eq!(positions.len(), 1);
    assert!(positions[0].contains("Article 5") && positions[0].contains("Opposes"));
    assert!(page.texts(".commitment-list li")[0].contains("Article 5"));

    let kremlin = app.ok_page("/actors/kremlin").await;
    assert_eq!(kremlin.speakers().len(), 2);
    let rejects = kremlin.texts("section[aria-labelledby=positions-title] tbody tr");
    assert_eq!(rejects.iter().filter(|r| r.contains("Rejects")).count(), 2);
}

#[tokio::test]
async fn country_pages_show_actors_statements_and_commitments() {
    let app = TestApp::spawn().await;
    let list = app.ok_page("/countries").await;
    let rows = list.texts("table.data tbody tr");
    assert!(
        rows.len() >= 38,
        "every NATO and EU member, Ukraine and Russia"
    );
    let austria = rows
        .iter()
        .find(|r| r.starts_with("Austria"))
        .expect("Austria");
    assert!(austria.starts_with("Austria No Member"), "{austria}");
    let uk = rows
        .iter()
        .find(|r| r.starts_with("United Kingdom"))
        .expect("UK");
    assert!(uk.starts_with("United Kingdom Member No"), "{uk}");

    let france = app.ok_page("/countries/fr").await;
    assert_eq!(france.text("h1"), "France");
    let commitments = france.texts("section[aria-labelledby=commitments-title] tbody tr");
    assert_eq!(commitments.len(), 2, "{commitments:?}");
    assert!(
        commitments
            .iter()
            .all(|c| c.contains("Troops") && c.contains("Floated"))
    );

    let russia = app.ok_page("/countries/ru").await;
    let actors = russia.texts("section[aria-labelledby=actors-title] li");
    assert_eq!(actors.len(), 3, "{actors:?}");
    let speakers = russia.speakers();
    assert!(speakers.contains(&"Sergey Lavrov".to_owned()));
    assert!(!speakers.contains(&"Karoline Leavitt".to_owned()));

    let response = app.get("/countries/FR").await;
    assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(response.headers()["location"], "/countries/fr");
}

#[tokio::test]
async fn the_article_page_credits_the_translator_and_lists_its_statements() {
    let app = TestApp::spawn().await;
    let list = app.ok_page("/articles").await;
    let href = list.attrs(".article-list h2 a", "href");
    assert_eq!(href.len(), 1);
    let page = app.ok_page(&href[0]).await;
    assert_eq!(
        page.text("h1"),
        "NATO military leaders discuss Ukraine's Post-conflict security"
    );
    let facts = page.text(".facts");
    assert!(facts.contains("Translation by Iurie Tataru"), "{facts}");
    assert!(facts.contains("Publication date not recorded"), "{facts}");
    assert_eq!(page.select("article.statement").len(), 9);
}

#[tokio::test]
async fn the_statement_page_has_appearances_relations_citation_and_json_ld() {
    let app = TestApp::spawn().await;
    let timeline = app.ok_page("/").await;
    let lavrov_href = permalink_of(&timeline, LAVROV_QUOTE);
    let page = app.ok_page(&lavrov_href).await;

    assert!(page.text("blockquote.quote").ends_with(LAVROV_QUOTE));
    let appearances = page.texts(".appearances li");
    assert_eq!(appearances.len(), 1);
    assert!(appearances[0].contains("First appearance"));
    assert!(appearances[0].contains("Found verbatim"));
    let relations = page.texts(".relations li");
    assert_eq!(relations.len(), 1);
    assert!(relations[0].starts_with("This statement responds to Donald Trump: Mr Trump promised"));

    let citation = page.text("#citation-text");
    assert!(citation.starts_with(
        "Sergey Lavrov (Foreign Minister of Russia), 20 August 2025: \u{201c}We cannot agree"
    ));
    assert!(citation.contains("translated by Iurie Tataru"));
    assert!(citation.ends_with(&format!("Guarantee Watch, {}{lavrov_href}", app.base)));

    let json_ld: Value =
        serde_json::from_str(&page.select("script[type='application/ld+json']")[0].inner_html())
            .expect("JSON-LD parses");
    assert_eq!(json_ld["@type"], "Quotation");
    assert!(json_ld["text"].as_str().unwrap().ends_with(LAVROV_QUOTE));
    assert_eq!(json_ld["spokenByCharacter"]["name"], "Sergey Lavrov");
    assert_eq!(json_ld["dateCreated"], "2025-08-20");
    assert_eq!(json_ld["citation"][0]["translator"]["name"], "Iurie Tataru");

    // The relation shows from the other side too, and reported speech is a Claim.
    let trump_href = page.attrs(".relations a", "href")[0].clone();
    let trump = app.ok_page(&trump_href).await;
    let incoming = trump.texts(".relations li");
    assert!(
        incoming[0].ends_with("responds to this statement"),
        "{incoming:?}"
    );
    let json_ld: Value =
        serde_json::from_str(&trump.select("script[type='application/ld+json']")[0].inner_html())
            .expect("JSON-LD parses");
    assert_eq!(json_ld["@type"], "Claim");
    assert_eq!(json_ld["appearance"].as_array().map(Vec::len), Some(1));
    assert_eq!(json_ld["dateCreated"], "2025-08");
    assert_eq!(
        trump.texts("section[aria-labelledby=positions-title] li"),
        ["Proposes US security guarantees equivalent to NATO's Article 5"]
    );
}

#[tokio::test]
async fn the_tracker_shows_the_grid_and_a_commitment_its_deadline_and_history() {
    let app = TestApp::spawn().await;
    let page = app.ok_page("/commitments").await;
    let columns = page.texts("table.grid thead th");
    assert_eq!(columns.len(), 10);
    let rows = page.texts("table.grid tbody th");
    assert_eq!(rows, ["France", "United Kingdom", "United States"]);
    let us_row = page.texts("table.grid tbody tr")[2].clone();
    for expected in [
        "Pledged US security guarantees",
        "Floated US intelligence sharing",
        "Floated US anti-aircraft systems",
    ] {
        assert!(us_row.contains(expected), "{us_row}");
    }
    assert_eq!(
        page.select("section[aria-labelledby=list-title] tbody tr")
            .len(),
        8
    );

    let filtered = app
        .ok_page("/commitments?country=gb&type=troops&status=floated")
        .await;
    assert_eq!(
        filtered
            .select("section[aria-labelledby=list-title] tbody tr")
            .len(),
        2
    );
    let pledged = app.ok_page("/commitments?status=pledged").await;
    let listed = pledged.texts("section[aria-labelledby=list-title] tbody th");
    assert_eq!(
        listed,
        ["US security guarantees equivalent to NATO's Article 5"]
    );

    let href = pledged.attrs("section[aria-labelledby=list-title] tbody th a", "href")[0].clone();
    let detail = app.ok_page(&href).await;
    let facts = detail.text(".facts");
    assert!(facts.contains("Overdue due 28 August 2025"), "{facts}");
    assert!(facts.contains("within ten days"), "{facts}");
    assert!(facts.contains("boots on the ground"), "{facts}");
    assert_eq!(detail.text(".status-line"), "Current status: Pledged");
    let history = detail.texts(".history li");
    assert_eq!(history.len(), 1);
    assert!(history[0].starts_with("Pledged August 2025"));
    let positions = detail.texts("section[aria-labelledby=positions-title] tbody tr");
    assert_eq!(positions.len(), 5, "{positions:?}");
    assert!(
        positions
            .iter()
            .any(|p| p.starts_with("The Kremlin Conditional"))
    );
}

#[tokio::test]
async fn unknown_records_get_a_styled_404() {
    let app = TestApp::spawn().await;
    for path in [
        "/actors/nobody",
        "/actors/NOT_A_SLUG",
        "/countries/zz",
        "/countries/xyz",
        "/statements/99999",
        "/statements/abc",
        "/articles/99999",
        "/commitments/99999",
        "/commitments/-1",
        "/no/such/page",
    ] {
        let (status, page) = app.page(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(page.select(".error-page").len(), 1, "{path}");
        assert_eq!(page.select("nav[aria-label=Sections]").len(), 1, "{path}");
    }
}

#[tokio::test]
async fn health_and_stylesheet_answer() {
    let app = TestApp::spawn().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), StatusCode::OK);
    assert_eq!(health.text().await.unwrap(), "ok");
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status(), StatusCode::OK);
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        css.text()
            .await
            .unwrap()
            .contains("prefers-color-scheme: dark")
    );
}

/// The permalink of the card whose words contain `words`.
pub fn permalink_of(page: &crate::helpers::Page, words: &str) -> String {
    page.select("article.statement")
        .into_iter()
        .find(|card| crate::helpers::text_of(*card).contains(words))
        .and_then(|card| {
            card.select(&scraper::Selector::parse("a.permalink").unwrap())
                .next()
                .and_then(|a| a.value().attr("href").map(str::to_owned))
        })
        .expect("a card with those words")
}

#[tokio::test]
async fn the_stylesheet_is_revalidated_cheaply() {
    let app = TestApp::spawn().await;
    let css = app.get("/static/style.css").await;
    let etag = css.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(css.headers()["cache-control"], "public, no-cache");
    let again = app
        .client
        .get(format!("{}/static/style.css", app.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}
