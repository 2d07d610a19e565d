//! The timeline's filters: each narrows correctly, combinations work, counts match results,
//! and every bad value is a 400 that says what is wrong.

use reqwest::StatusCode;

use crate::helpers::{LAVROV_QUOTE, LEAVITT_QUOTE, TestApp};

fn contains(texts: &[String], words: &str) -> bool {
    texts.iter().any(|t| t.contains(words))
}

#[tokio::test]
async fn actor_and_country_filters_separate_leavitt_from_lavrov() {
    let app = TestApp::spawn().await;

    let leavitt = app.ok_page("/?actor=leavitt").await;
    assert!(contains(&leavitt.statement_texts(), LEAVITT_QUOTE));
    assert!(!contains(&leavitt.statement_texts(), LAVROV_QUOTE));
    assert_eq!(leavitt.speakers(), ["Karoline Leavitt"]);

    let russia = app.ok_page("/?country=ru").await;
    assert!(contains(&russia.statement_texts(), LAVROV_QUOTE));
    assert!(!contains(&russia.statement_texts(), LEAVITT_QUOTE));
    // The speaker's country counts as well as the countries a statement is about.
    assert!(russia.speakers().contains(&"The Kremlin".to_owned()));
    assert!(
        russia
            .speakers()
            .contains(&"Ukrainian leadership".to_owned())
    );

    let either = app.ok_page("/?actor=leavitt&actor=lavrov").await;
    assert_eq!(either.result_count(), 2, "repeated values are a union");
    let upper = app.ok_page("/?country=RU").await;
    assert_eq!(
        upper.result_count(),
        russia.result_count(),
        "codes are case-insensitive"
    );
}

#[tokio::test]
async fn kind_stance_and_dates_filter_and_combine() {
    let app = TestApp::spawn().await;

    let direct = app.ok_page("/?kind=direct").await;
    assert_eq!(direct.result_count(), 2);
    assert_eq!(direct.select("article.statement.is-direct").len(), 2);
    assert!(direct.select("article.statement.is-reported").is_empty());
    assert!(
        direct.select("article.event").is_empty(),
        "events have no kind"
    );

    let reported = app.ok_page("/?kind=reported").await;
    assert_eq!(reported.result_count(), 7);

    let opposes = app.ok_page("/?stance=opposes").await;
    let mut speakers = opposes.speakers();
    speakers.sort();
    assert_eq!(speakers, ["Sergey Lavrov", "The Kremlin"]);

    let one_day = app.ok_page("/?from=2025-08-19&to=2025-08-19").await;
    assert_eq!(one_day.speakers(), ["Karoline Leavitt"]);
    let since = app.ok_page("/?from=2025-08-20").await;
    let mut speakers = since.speakers();
    speakers.sort();
    assert_eq!(speakers, ["Alexus Grynkewich", "Sergey Lavrov"]);
    let until = app.ok_page("/?to=2025-08-18").await;
    let mut speakers = until.speakers();
    speakers.sort();
    assert_eq!(
        speakers,
        ["Donald Trump", "Volodymyr Zelensky"],
        "the August-2025 promise is dated to its month"
    );

    let combined = app
        .ok_page("/?actor=lavrov&actor=leavitt&kind=direct&from=2025-08-20")
        .await;
    assert_eq!(combined.speakers(), ["Sergey Lavrov"]);
    let nothing = app.ok_page("/?actor=leavitt&stance=opposes").await;
    assert_eq!(nothing.result_count(), 0);
    assert_eq!(nothing.select(".empty").len(), 1);
}

#[tokio::test]
async fn facet_counts_match_the_results_they_lead_to() {
    let app = TestApp::spawn().await;
    for base in [
        "",
        "kind=reported",
        "country=ua",
        "actor=kremlin&actor=trump",
        "from=2025-08-19",
    ] {
        let page = app.ok_page(&format!("/?{base}")).await;
        let total = page.result_count();
        assert_eq!(
            page.select("article.statement").len() as i64,
            total,
            "{base}: cards shown and count agree"
        );
        for input in page.select(".filter-form input[type=checkbox]") {
            let key = input.value().attr("name").unwrap();
            let value = input.value().attr("value").unwrap();
            if base.contains(&format!("{key}=")) {
                continue; // options of an active facet add to it: a union, checked below
            }
            let id = input.value().attr("id").unwrap();
            let label = page.text(&format!("label[for='{id}'] .count"));
            let expected: i64 = label.parse().unwrap();
            let query = if base.is_empty() {
                format!("{key}={value}")
            } else {
                format!("{base}&{key}={value}")
            };
            let filtered = app.ok_page(&format!("/?{query}")).await;
            assert_eq!(filtered.result_count(), expected, "count shown for {query}");
        }
    }
    // Within the active actor facet, each option's count is that actor's share.
    let page = app.ok_page("/?actor=kremlin").await;
    assert_eq!(page.text("label[for='f-actor-kremlin'] .count"), "2");
    assert_eq!(page.text("label[for='f-actor-trump'] .count"), "2");
    assert_eq!(page.attrs("#f-actor-kremlin", "checked").len(), 1);
}

#[tokio::test]
async fn active_filters_are_shown_and_removable_one_by_one() {
    let app = TestApp::spawn().await;
    let page = app.ok_page("/?actor=lavrov&kind=direct").await;
    let chips = page.texts(".active-filters a");
    assert_eq!(chips.len(), 2);
    assert!(chips[0].starts_with("Speaker: Sergey Lavrov"));
    assert!(chips[1].starts_with("Kind: Direct quote"));
    let hrefs = page.attrs(".active-filters a", "href");
    assert_eq!(hrefs, ["/?kind=direct", "/?actor=lavrov"]);
    let after_removal = app.ok_page(&hrefs[0]).await;
    assert_eq!(after_removal.result_count(), 2);
}

#[tokio::test]
async fn bad_parameters_get_a_400_naming_the_value() {
    let app = TestApp::spawn().await;
    let cases = [
        ("kind=quote", "Invalid kind"),
        ("stance=maybe", "Invalid stance"),
        ("country=xyz", "Invalid country"),
        ("country=zz", "no country \"zz\""),
        ("actor=nobody", "no actor \"nobody\""),
        ("actor=%3Cscript%3E", "Invalid actor"),
        ("topic=nothing", "no topic \"nothing\""),
        ("from=2025-02-30", "that day does not exist"),
        ("to=yesterday", "Invalid to"),
        ("from=2025-09-01&to=2025-08-01", "is after to"),
        ("after=nonsense", "Invalid after"),
    ];
    for (query, message) in cases {
        let (status, page) = app.page(&format!("/?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let text = page.text(".error-message");
        assert!(text.contains(message), "{query}: {text}");
        assert!(
            page.select("main script").is_empty(),
            "{query}: markup stays text"
        );
    }
    for (path, message) in [
        ("/commitments?type=navy", "Invalid type"),
        ("/commitments?status=done", "Invalid status"),
        ("/commitments?country=zz", "no country"),
        ("/actors/lavrov?after=x", "Invalid after"),
    ] {
        let (status, page) = app.page(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(page.text(".error-message").contains(message), "{path}");
    }
}

#[tokio::test]
async fn empty_fields_from_the_filter_form_leave_the_address() {
    let app = TestApp::spawn().await;
    let response = app
        .get("/?actor=&country=us&kind=direct&from=&to=&q=+")
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        crate::helpers::location(&response),
        "/?country=us&kind=direct"
    );
    let response = app.get("/?from=&to=").await;
    assert_eq!(crate::helpers::location(&response), "/");
    // A chosen filter stays as it is, and a bad value is still a 400, not a redirect.
    assert_eq!(app.get("/?country=us").await.status(), 200);
    assert_eq!(app.get("/?country=usa&from=").await.status(), 400);
}
