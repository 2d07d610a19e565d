//! The quote-extraction endpoint: the seed article's quotes with their speakers and offsets.

use guarantee_watch::seed::ARTICLE_TEXT;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{LAVROV_QUOTE, LEAVITT_QUOTE, TestApp};

async fn extract(app: &TestApp, body: Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(format!("{}/api/v1/extract", app.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn the_seed_article_gives_leavitts_and_lavrovs_quotes_with_speakers_and_offsets() {
    let app = TestApp::spawn().await;
    let statements = app.count("statement").await;
    let (status, body) = extract(
        &app,
        json!({"text": ARTICLE_TEXT, "published_on": "2025-08-20"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let quotes = body["quotes"].as_array().unwrap();
    let chars: Vec<char> = ARTICLE_TEXT.chars().collect();
    for quote in quotes {
        let (start, end) = (
            quote["start"].as_u64().unwrap() as usize,
            quote["end"].as_u64().unwrap() as usize,
        );
        let at: String = chars[start..end].iter().collect();
        assert_eq!(at, quote["text"].as_str().unwrap(), "{quote:#}");
    }
    let direct_by = |slug: &str| {
        quotes
            .iter()
            .find(|q| q["kind"] == "direct" && q["speaker"]["slug"] == slug)
            .unwrap_or_else(|| panic!("a direct quote by {slug}: {body:#}"))
    };
    for (quote, slug, words) in [
        (direct_by("leavitt"), "leavitt", LEAVITT_QUOTE),
        (direct_by("lavrov"), "lavrov", LAVROV_QUOTE),
    ] {
        assert_eq!(quote["kind"], "direct");
        assert_eq!(quote["speaker"]["slug"], slug);
        let (start, end) = (
            quote["start"].as_u64().unwrap() as usize,
            quote["end"].as_u64().unwrap() as usize,
        );
        let at: String = chars[start..end].iter().collect();
        assert_eq!(
            at,
            quote["text"].as_str().unwrap(),
            "the offsets point at the quote"
        );
        assert!(at.contains(words));
    }
    // Reported speech, with the speaker resolved: "Mr Zelensky announced that …".
    assert!(
        quotes.iter().any(|q| q["kind"] == "reported"
            && q["speaker"]["slug"] == "zelensky"
            && q["text"]
                .as_str()
                .unwrap()
                .contains("security guarantees for Kyiv could be established")),
        "{body:#}"
    );
    // Commitments: "The UK and France would send several hundred troops".
    let commitments = body["commitments"].as_array().unwrap();
    assert!(
        commitments.iter().any(|c| c["type"] == "troops"
            && c["by"] == json!(["GB", "FR"])
            && c["stance"] == "offered"
            && c["quantity"] == "several hundred troops"),
        "{body:#}"
    );
    assert!(
        commitments
            .iter()
            .any(|c| c["type"] == "air_defense" && c["by"] == json!(["US"])),
        "{body:#}"
    );
    assert_eq!(
        app.count("statement").await,
        statements,
        "nothing is stored"
    );
}

#[tokio::test]
async fn oversized_or_malformed_requests_are_refused_and_store_nothing() {
    let app = TestApp::spawn().await;
    let (status, body) = extract(&app, json!({"text": "x".repeat(300 * 1024)})).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("too long")
    );
    let (status, body) = extract(&app, json!({"words": "no text field"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Send JSON")
    );
    let (status, _) = extract(&app, json!({"text": "x", "published_on": "2025-02-30"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, body) = extract(&app, json!({"text": ""})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["quotes"], json!([]));
}
