//! Headers, limits, readiness, request ids and backups.

use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_a_request_id() {
    let app = TestApp::spawn().await;
    for path in [
        "/",
        "/statements/1",
        "/api/v1/statements",
        "/nothing",
        "/feed.atom",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let policy = headers["content-security-policy"].to_str().unwrap();
        assert!(
            policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"),
            "{path}"
        );
        assert!(policy.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            headers["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
        assert!(
            headers.get("strict-transport-security").is_none(),
            "plain HTTP here"
        );
        assert_eq!(
            headers["x-request-id"].to_str().unwrap().len(),
            36,
            "{path}"
        );
    }
    let sent = app
        .client
        .get(format!("{}/healthz", app.base))
        .header("x-request-id", "synthetic-trace-1")
        .send()
        .await
        .unwrap();
    assert_eq!(sent.headers()["x-request-id"], "synthetic-trace-1");
    // No page needs an inline script.
    let page = app.ok_page("/statements/1").await;
    assert!(
        page.select("script:not([type='application/ld+json'])")
            .is_empty()
    );
}

#[tokio::test]
async fn no_path_reaches_a_file_outside_the_site() {
    let app = TestApp::spawn().await;
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2f..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/style.css/../../src/main.rs",
        "/..%5c..%5cCargo.toml",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(
            !response.text().await.unwrap().contains("[package]"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn readiness_says_the_database_answers_and_is_migrated() {
    let app = TestApp::spawn().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.text().await.unwrap(), "ready");
    app.db.close().await;
    assert_eq!(
        app.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let before = app.count("article").await;
    let response = app
        .post_form(
            "/articles",
            &[("title", "Synthetic"), ("language", "en"), ("body", &huge)],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(app.count("article").await, before);
}

#[tokio::test]
async fn a_backup_taken_while_serving_is_whole_and_consistent() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    for i in 0..5 {
        let title = format!("Synthetic article {i}");
        app.post_form(
            "/articles",
            &[("title", &title), ("language", "en")],
            Some(&cookie),
        )
        .await;
    }
    let copy = app.db_path.with_file_name("backup.db");
    let output = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&app.db_path)
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let backup = guarantee_watch::db::open(&copy).await.unwrap();
    let check: String = sqlx::query_scalar("pragma integrity_check")
        .fetch_one(&backup)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let articles: i64 = sqlx::query_scalar("select count(*) from article")
        .fetch_one(&backup)
        .await
        .unwrap();
    assert_eq!(articles, 6, "every write acknowledged before the backup");
    let revisions: i64 = sqlx::query_scalar("select count(*) from revision")
        .fetch_one(&backup)
        .await
        .unwrap();
    assert_eq!(revisions, 5);

    // An existing file is never overwritten.
    let again = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&app.db_path)
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[tokio::test]
async fn a_client_too_slow_to_send_its_headers_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = std::sync::Arc::new(tempfile::tempdir().unwrap());
    let path = dir.path().join("slow.db");
    let app = TestApp::spawn_configured(dir, &path, |config| {
        config.header_read_timeout = std::time::Duration::from_millis(500);
    })
    .await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        stream.read_to_end(&mut buffer),
    )
    .await;
    assert!(read.is_ok(), "the connection was not closed");
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    // A client sending promptly is served on a new connection.
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn over_https_browsers_are_told_to_stay_on_https() {
    let dir = std::sync::Arc::new(tempfile::tempdir().unwrap());
    let path = dir.path().join("tls.db");
    let app = TestApp::spawn_configured(dir, &path, |config| {
        config.public_url = "https://guarantee-watch.example".to_owned();
    })
    .await;
    let response = app.get("/").await;
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000"
    );
}

#[tokio::test]
async fn each_route_takes_only_the_body_it_needs() {
    let app = TestApp::spawn().await;
    let padding = "x".repeat(8 * 1024);
    let response = app
        .post_form(
            "/login",
            &[("username", "someone"), ("password", &padding)],
            None,
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::PAYLOAD_TOO_LARGE,
        "a login is small"
    );
    let cookie = app.editor().await;
    let response = app
        .post_form(
            "/articles",
            &[
                ("title", "Synthetic long text"),
                ("language", "en"),
                ("body", &padding),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "an article's text may be long"
    );
}
