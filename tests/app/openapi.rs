//! The OpenAPI document describes what the API really answers: every endpoint's real response
//! is validated against the schema the document gives for it.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// A JSON Schema for one named component, with the document's components as `$defs`.
fn schema_for(doc: &Value, name: &str) -> Value {
    let text = doc["components"]["schemas"]
        .to_string()
        .replace("#/components/schemas/", "#/$defs/");
    let defs: Value = serde_json::from_str(&text).unwrap();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "$ref": format!("#/$defs/{name}"),
    })
}

/// The component named by a path's 200 response.
fn response_schema(doc: &Value, path: &str, status: &str) -> String {
    doc["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]["$ref"]
        .as_str()
        .unwrap_or_else(|| panic!("no schema for {path} {status}"))
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn real_answers_match_the_openapi_document() {
    let app = TestApp::spawn().await;
    // A retracted statement, so that the optional fields appear too.
    let cookie = app.editor().await;
    app.post_form(
        "/statements/8/retract",
        &[("reason", "Synthetic reason")],
        Some(&cookie),
    )
    .await;

    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let permalink: String =
        form_urlencoded::byte_serialize(format!("{}/statements/2", app.base).as_bytes()).collect();
    let cases = [
        (
            "/api/v1/statements",
            "/api/v1/statements?country=ua&limit=3".to_owned(),
        ),
        (
            "/api/v1/statements",
            "/api/v1/statements?q=utopia".to_owned(),
        ),
        ("/api/v1/statements/{id}", "/api/v1/statements/2".to_owned()),
        ("/api/v1/statements/{id}", "/api/v1/statements/8".to_owned()),
        ("/api/v1/actors", "/api/v1/actors".to_owned()),
        ("/api/v1/actors/{slug}", "/api/v1/actors/lavrov".to_owned()),
        ("/api/v1/countries", "/api/v1/countries".to_owned()),
        (
            "/api/v1/countries/{code}",
            "/api/v1/countries/fr".to_owned(),
        ),
        ("/api/v1/articles", "/api/v1/articles".to_owned()),
        ("/api/v1/articles/{id}", "/api/v1/articles/1".to_owned()),
        ("/api/v1/commitments", "/api/v1/commitments".to_owned()),
        (
            "/api/v1/commitments/{id}",
            "/api/v1/commitments/1".to_owned(),
        ),
        (
            "/api/v1/timelinejs.json",
            "/api/v1/timelinejs.json".to_owned(),
        ),
        ("/oembed", format!("/oembed?url={permalink}")),
    ];
    for (path, url) in &cases {
        let name = response_schema(&doc, path, "200");
        let validator =
            jsonschema::validator_for(&schema_for(&doc, &name)).expect("a valid schema");
        let response = app.get(url).await;
        assert_eq!(response.status(), 200, "{url}");
        let body: Value = response.json().await.unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{url} does not match {name}: {errors:#?}"
        );
    }
    // Errors match the Error schema.
    let validator = jsonschema::validator_for(&schema_for(&doc, "Error")).unwrap();
    for url in [
        "/api/v1/statements?kind=x",
        "/api/v1/statements/99999",
        "/api/v1/nothing",
    ] {
        let body: Value = app.get(url).await.json().await.unwrap();
        assert!(validator.is_valid(&body), "{url}: {body}");
    }
    // A schema that drifts is caught: a missing field fails.
    let validator = jsonschema::validator_for(&schema_for(&doc, "StatementList")).unwrap();
    let mut body: Value = app.get("/api/v1/statements").await.json().await.unwrap();
    body["items"][0].as_object_mut().unwrap().remove("said_on");
    assert!(!validator.is_valid(&body));
    body["items"][0]["said_on"] = json!(null);
    body["items"][0]["surprise"] = json!(1);
    assert!(!validator.is_valid(&body), "unknown fields are caught");

    // The page for people lists every path with its example.
    let page = app.ok_page("/api").await;
    let listed = page.texts(".endpoints dt code");
    for (path, item) in doc["paths"].as_object().unwrap() {
        let method = if item.get("get").is_some() {
            "GET"
        } else {
            "POST"
        };
        assert!(
            listed.contains(&format!("{method} {path}")),
            "{path} missing from /api: {listed:?}"
        );
    }

    // The one POST endpoint, with a real answer.
    let schema =
        doc["paths"]["/api/v1/extract"]["post"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
    let validator = jsonschema::validator_for(&schema_for(&doc, &schema)).unwrap();
    let body: Value = app
        .client
        .post(format!("{}/api/v1/extract", app.base))
        .json(&json!({"text": guarantee_watch::seed::ARTICLE_TEXT}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&body)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "extract does not match: {errors:?}");
    for href in page.attrs(".endpoints a", "href") {
        assert_eq!(app.get(&href).await.status(), 200, "example {href}");
    }
}
