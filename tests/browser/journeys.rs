//! The three users' journeys, each as a person would make it, with clicks and typing, at a
//! desktop width and on a 360 px phone.

use serde_json::Value;

use crate::browser::{Browser, with_browser};
use crate::site::{PASSWORD, Site};

/// Opens the filter group holding `option` (a checkbox) if it is closed, then ticks the
/// option by clicking its label.
async fn tick_filter(browser: &Browser, option: &str) {
    let closed = format!("details.facet:not([open]):has(#{option}) > summary");
    if !browser.find_all(&closed).await.is_empty() {
        browser.toggle(&closed).await;
    }
    browser.toggle(&format!("label[for='{option}']")).await;
    assert_eq!(
        browser
            .find(&format!("#{option}"))
            .await
            .prop("checked")
            .await
            .expect("checked")
            .as_deref(),
        Some("true"),
        "{option} ticked"
    );
}

/// The number of statements the timeline says it shows.
async fn result_count(browser: &Browser) -> usize {
    let count = browser.text(".result-count strong").await;
    count
        .parse()
        .unwrap_or_else(|_| panic!("a count, not {count:?}"))
}

/// A journalist filters the timeline by a speaker and a country with the form, opens a
/// statement, reads its source and citation, and follows the link to the speaker.
async fn journalist(width: u32) {
    let site = Site::start().await;
    with_browser(&site.base, width, |browser| async move {
        browser.goto("/").await;
        browser.assert_fits_width().await;
        let everything = result_count(&browser).await;

        tick_filter(&browser, "f-actor-trump").await;
        tick_filter(&browser, "f-country-us").await;
        browser.click(".filter-form button[type=submit]").await;
        let path = browser.path().await;
        assert!(
            path.contains("actor=trump") && path.contains("country=us"),
            "filtered to {path}"
        );
        let speakers = browser.texts("article.statement .speaker-name").await;
        assert!(!speakers.is_empty() && speakers.iter().all(|s| s == "Donald Trump"));
        assert_eq!(result_count(&browser).await, speakers.len());
        assert!(speakers.len() < everything);
        let chips = browser.texts(".active-filters a").await;
        assert!(
            chips.iter().any(|c| c.contains("Donald Trump")),
            "{chips:?}"
        );
        assert!(
            chips.iter().any(|c| c.contains("United States")),
            "{chips:?}"
        );
        browser.assert_fits_width().await;

        browser.click("article.statement a.permalink").await;
        let permalink = browser.path().await;
        assert!(permalink.starts_with("/statements/"), "{permalink}");
        browser.assert_fits_width().await;
        let source = browser.text(".statement-main .card-source dd").await;
        assert!(
            source.contains("NATO military leaders discuss Ukraine's Post-conflict security"),
            "source: {source}"
        );
        assert!(
            source.contains("Iurie Tataru"),
            "translator credited: {source}"
        );
        let citation = browser.value("#citation-text").await;
        assert!(citation.contains("Donald Trump"), "citation: {citation}");
        assert!(
            citation.contains(&format!("{}{permalink}", browser.base)),
            "the citation carries the permalink: {citation}"
        );
        let appeared = browser.texts(".appearances li a").await;
        assert!(
            appeared
                .iter()
                .any(|a| a.contains("NATO military leaders discuss")),
            "{appeared:?}"
        );

        browser.click(".statement-main .speaker-name a").await;
        assert_eq!(browser.path().await, "/actors/trump");
        assert_eq!(browser.text("h1").await, "Donald Trump");
        browser.assert_fits_width().await;
    })
    .await;
}

/// An editor logs in, adds an actor, an article and a quote with the forms, makes a
/// mistake and corrects it, sees the quote on the timeline and opens its history.
async fn editor(width: u32) {
    let site = Site::start().await;
    site.add_editor("olena");
    with_browser(&site.base, width, |browser| async move {
        browser.goto("/").await;
        browser.click(".account a[href^='/login']").await;
        browser.type_into("#username", "olena").await;
        browser.type_into("#password", PASSWORD).await;
        browser
            .click("form[action='/login'] button[type=submit]")
            .await;
        assert!(
            browser
                .text(".account")
                .await
                .contains("Signed in as olena")
        );

        // The speaker is invented: no words are ever put in a real person's mouth.
        browser.click(".account a[href='/actors/new']").await;
        browser.type_into("#f-name", "Minister Ada Synthetic").await;
        browser.type_into("#f-slug", "ada-synthetic").await;
        browser.choose("#f-kind", "Person").await;
        browser
            .type_into("#f-role", "Minister of Imaginary Affairs")
            .await;
        browser.click("form.record-form button[type=submit]").await;
        assert_eq!(browser.path().await, "/actors/ada-synthetic");

        let quote = "Guarantees must be written down, not whispered";
        browser.click(".account a[href='/articles/new']").await;
        browser
            .type_into("#f-title", "Imaginaria weighs its guarantees")
            .await;
        browser
            .type_into("#f-url", "https://news.example/imaginaria-guarantees")
            .await;
        // Typed as a person types a date in an en-US browser: month, day, year.
        browser.type_into("#f-published_on", "08212025").await;
        assert_eq!(browser.value("#f-published_on").await, "2025-08-21");
        browser.type_into("#f-language", "en").await;
        browser
            .type_into(
                "#f-body",
                &format!("\"{quote},\" said Minister Ada Synthetic on a synthetic Thursday."),
            )
            .await;
        browser.click("form.record-form button[type=submit]").await;
        let article = browser.path().await;
        assert!(article.starts_with("/articles/"), "{article}");
        assert_eq!(browser.text("h1").await, "Imaginaria weighs its guarantees");

        // The quote, with its words forgotten the first time.
        browser.click(".account a[href='/statements/new']").await;
        browser
            .choose("#f-article_id", "Imaginaria weighs its guarantees")
            .await;
        browser
            .choose(
                "#f-actor_id",
                "Minister Ada Synthetic (Minister of Imaginary Affairs)",
            )
            .await;
        browser.choose("#f-kind", "Direct quote").await;
        browser.choose("#f-sourcing", "On the record").await;
        browser
            .type_into("#f-context", "At a synthetic press conference")
            .await;
        browser.type_into("#f-said_on", "08212025").await;
        browser.click("form.record-form button[type=submit]").await;
        assert_eq!(browser.path().await, "/statements", "the form came back");
        let error = browser.find(".field:has(> #f-text) > .field-error").await;
        assert!(
            error.text().await.expect("text").contains("required"),
            "the message beside the field"
        );
        assert_eq!(
            browser
                .find("#f-text")
                .await
                .attr("aria-describedby")
                .await
                .expect("attribute")
                .as_deref(),
            Some("f-text-error"),
            "the field points to its message"
        );
        let summary = browser.texts("#form-errors li a").await;
        assert_eq!(summary.len(), 1, "one problem listed: {summary:?}");
        assert_eq!(
            browser.value("#f-context").await,
            "At a synthetic press conference"
        );
        assert_eq!(browser.value("#f-said_on").await, "2025-08-21");
        assert_eq!(browser.value("#f-kind").await, "direct");
        browser.assert_fits_width().await;

        browser.type_into("#f-text", quote).await;
        browser.click("form.record-form button[type=submit]").await;
        let statement = browser.path().await;
        assert!(statement.starts_with("/statements/"), "{statement}");
        assert_eq!(browser.text(".statement-main blockquote").await, quote);
        let verbatim = browser.text(".appearances .verbatim").await;
        assert!(verbatim.contains("Found verbatim"), "{verbatim}");

        browser.click(".site-header nav a[href='/']").await;
        let newest = browser.find("article.statement").await;
        let text = newest.text().await.expect("text");
        assert!(
            text.contains(quote) && text.contains("Minister Ada Synthetic"),
            "the newest statement on the timeline: {text}"
        );

        browser.goto(&statement).await;
        browser.click_link("History of this record").await;
        assert!(browser.path().await.starts_with("/history"));
        let heads = browser.texts(".revision-head").await;
        assert_eq!(heads.len(), 1, "{heads:?}");
        assert!(
            heads[0].contains("create") && heads[0].contains("olena"),
            "{heads:?}"
        );
        let fields = browser.texts(".diff tbody th").await;
        assert!(fields.iter().any(|f| f == "text"), "{fields:?}");
        browser.assert_fits_width().await;
    })
    .await;
}

/// An analyst filters the timeline, downloads its CSV and opens its JSON, and opens the
/// commitments grid.
async fn analyst(width: u32) {
    let site = Site::start().await;
    with_browser(&site.base, width, |browser| async move {
        browser.goto("/").await;
        tick_filter(&browser, "f-kind-reported").await;
        tick_filter(&browser, "f-country-ua").await;
        browser.click(".filter-form button[type=submit]").await;
        let count = result_count(&browser).await;
        assert!(count > 0);

        // The CSV link downloads a file.
        let csv_link = browser.find(".twins a[href*='.csv']").await;
        let href = csv_link
            .attr("href")
            .await
            .expect("href")
            .unwrap_or_default();
        assert!(
            href.contains("kind=reported") && href.contains("country=ua"),
            "{href}"
        );
        csv_link.click().await.expect("click");
        let csv = browser.downloaded("statements.csv").await;
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().expect("a header row").clone();
        let column = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no {name} column in {headers:?}"))
        };
        let (kind, countries, actor_country) =
            (column("kind"), column("countries"), column("actor_country"));
        let rows: Vec<csv::StringRecord> =
            reader.records().map(|r| r.expect("a CSV row")).collect();
        assert_eq!(rows.len(), count, "one row per statement shown");
        for row in &rows {
            assert_eq!(&row[kind], "reported");
            assert!(row[countries].contains("UA") || &row[actor_country] == "UA");
        }

        // The JSON link shows the same statements.
        browser.click(".twins a[href^='/api/v1/statements?']").await;
        let body = browser.eval("return document.body.innerText;").await;
        let json: Value = serde_json::from_str(body.as_str().expect("text")).expect("JSON");
        assert_eq!(json["total"].as_u64(), Some(count as u64));
        let items = json["items"].as_array().expect("items");
        assert_eq!(items.len(), count);
        assert!(items.iter().all(|item| item["kind"] == "reported"));
        browser.client.back().await.expect("back");

        // The commitments grid.
        browser
            .click(".site-header nav a[href='/commitments']")
            .await;
        let providers = browser.texts("table.grid tbody th").await;
        assert!(
            providers.iter().any(|p| p == "United States"),
            "{providers:?}"
        );
        assert!(!browser.find_all("svg.grid-chart").await.is_empty());
        browser.choose("#c-country", "United States").await;
        browser.click(".inline-filters button[type=submit]").await;
        assert!(browser.path().await.contains("country=us"));
        browser.assert_fits_width().await;
    })
    .await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn journalist_on_a_desktop() {
    journalist(1280).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn journalist_on_a_phone() {
    journalist(360).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn editor_on_a_desktop() {
    editor(1280).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn editor_on_a_phone() {
    editor(360).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn analyst_on_a_desktop() {
    analyst(1280).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn analyst_on_a_phone() {
    analyst(360).await;
}
