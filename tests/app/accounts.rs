//! Accounts, sessions, login throttling and cross-site request refusal.

use std::io::Write;
use std::process::{Command, Stdio};

use guarantee_watch::auth::Role;
use reqwest::StatusCode;

use crate::helpers::{TestApp, session_cookie};

#[tokio::test]
async fn user_add_reads_the_password_from_stdin_and_refuses_short_ones() {
    let app = TestApp::spawn().await;
    let (dir, path) = app.stop().await;
    let run = |args: &[&str], input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
            .arg("--db")
            .arg(&path)
            .args(args)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let short = run(&["user", "add", "olena", "--role", "editor"], "too short\n");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"));

    let added = run(
        &["user", "add", "olena", "--role", "editor"],
        "a long enough secret\n",
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let listed = run(&["user", "list"], "");
    assert!(String::from_utf8_lossy(&listed.stdout).starts_with("olena\teditor\t"));
    let again = run(
        &["user", "add", "olena", "--role", "admin"],
        "a long enough secret\n",
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already a user"));

    let app = TestApp::spawn_at(dir, &path).await;
    let cookie = app.login("olena", "a long enough secret").await;
    let (_, page) = app.page_as("/", &cookie).await;
    assert!(page.text(".account").contains("Signed in as olena"));

    // A new password ends the sessions.
    let (dir, path) = app.stop().await;
    let changed = run(&["user", "passwd", "olena"], "another long secret\n");
    assert!(changed.status.success());
    let app = TestApp::spawn_at(dir, &path).await;
    let (_, page) = app.page_as("/", &cookie).await;
    assert!(page.text(".account").contains("log in"));
    app.login("olena", "another long secret").await;
}

#[tokio::test]
async fn wrong_password_and_unknown_user_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.add_user("olena", Role::Editor).await;
    let mut answers = Vec::new();
    for (name, password) in [("olena", "not her password"), ("nobody", "not a password")] {
        let response = app
            .post_form(
                "/login",
                &[("username", name), ("password", password)],
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(session_cookie(&response).is_none());
        let page = crate::helpers::Page(scraper::Html::parse_document(
            &response.text().await.unwrap(),
        ));
        assert_eq!(page.attrs("#username", "value"), [name], "the name is kept");
        answers.push(page.text(".form-alert"));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], "Unknown user name or wrong password.");
}

#[tokio::test]
async fn sessions_are_http_only_renewed_at_login_ended_at_logout_and_survive_restarts() {
    let app = TestApp::spawn().await;
    let password = app.add_user("olena", Role::Editor).await;
    let response = app
        .post_form(
            "/login",
            &[
                ("username", "olena"),
                ("password", &password),
                ("next", "/actors"),
            ],
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/actors");
    let set_cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    assert!(!set_cookie.contains("Secure"));
    let first = session_cookie(&response).unwrap();

    // Logging in again with the old cookie gives a new session and ends the old one.
    let response = app
        .post_form(
            "/login",
            &[("username", "olena"), ("password", &password)],
            Some(&first),
        )
        .await;
    let second = session_cookie(&response).unwrap();
    assert_ne!(first, second);
    let (_, page) = app.page_as("/", &first).await;
    assert!(!page.text(".account").contains("Signed in"));

    let (dir, path) = app.stop().await;
    let app = TestApp::spawn_at(dir, &path).await;
    let (_, page) = app.page_as("/", &second).await;
    assert!(
        page.text(".account").contains("Signed in as olena"),
        "survives a restart"
    );

    let response = app.post_form("/logout", &[], Some(&second)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let (_, page) = app.page_as("/", &second).await;
    assert!(
        !page.text(".account").contains("Signed in"),
        "ended on the server"
    );
    assert_eq!(app.count("session").await, 0);
}

#[tokio::test]
async fn an_open_redirect_after_login_is_refused() {
    let app = TestApp::spawn().await;
    let password = app.add_user("olena", Role::Editor).await;
    let response = app
        .post_form(
            "/login",
            &[
                ("username", "olena"),
                ("password", &password),
                ("next", "//evil.example/"),
            ],
            None,
        )
        .await;
    assert_eq!(response.headers()["location"], "/");
}

#[tokio::test]
async fn repeated_failures_are_slowed_down() {
    let app = TestApp::spawn().await;
    let password = app.add_user("olena", Role::Editor).await;
    for _ in 0..5 {
        let response = app
            .post_form(
                "/login",
                &[("username", "olena"), ("password", "guess guess guess")],
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Now even the right password waits.
    let response = app
        .post_form(
            "/login",
            &[("username", "olena"), ("password", &password)],
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert!(session_cookie(&response).is_none());
    // The same client trying other names is slowed down too.
    let response = app
        .post_form(
            "/login",
            &[("username", "someone-else"), ("password", "x")],
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let sessions = app.count("session").await;
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "http://evil.example"),
    ] {
        let response = app
            .client
            .post(format!("{}/logout", app.base))
            .header("cookie", &cookie)
            .header(header, value)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{header}: {value}"
        );
        let body = response.text().await.unwrap();
        assert!(body.contains("came from another site"));
    }
    assert_eq!(app.count("session").await, sessions);
}

#[tokio::test]
async fn an_idle_session_expires() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let (_, page) = app.page_as("/", &cookie).await;
    assert!(page.text(".account").contains("Signed in"));
    sqlx::query(
        "update session set last_seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-13 hours')",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let (_, page) = app.page_as("/", &cookie).await;
    assert!(!page.text(".account").contains("Signed in"));
    assert_eq!(app.count("session").await, 0, "removed on the server");
}
