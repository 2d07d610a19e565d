//! The binary: configured from the environment, creates and seeds its database, serves, and
//! stops cleanly on SIGTERM.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[tokio::test]
async fn the_binary_serves_from_env_settings_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.db");
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .env("GW_DB", &db)
        .env("GW_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("the binary starts");

    let client = reqwest::Client::new();
    let url = format!("http://127.0.0.1:{port}/");
    let started = Instant::now();
    let body = loop {
        if let Ok(response) = client.get(&url).send().await {
            break response.text().await.unwrap();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(body.contains("a utopia, a road to nowhere"));
    assert!(db.exists(), "database created where GW_DB says");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "did not stop on SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "clean exit: {exit:?}");
}

#[test]
fn bad_arguments_are_refused_with_a_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .args(["--addr", "not-an-address"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--addr"));
}

#[tokio::test]
async fn logs_name_each_request_but_never_a_password_or_session() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("logs.db");
    let mut add = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&db)
        .args(["user", "add", "olena", "--role", "editor"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"a very secret passphrase\n")
        .unwrap();
    assert!(add.wait().unwrap().success());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&db)
        .arg("--addr")
        .arg(format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "debug")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(30));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let login = client
        .post(format!("{base}/login"))
        .header("origin", &base)
        .form(&[
            ("username", "olena"),
            ("password", "a very secret passphrase"),
        ])
        .send()
        .await
        .unwrap();
    let cookie = crate::helpers::session_cookie(&login).unwrap();
    let token = cookie.trim_start_matches("gw_session=").to_owned();
    client
        .get(format!("{base}/history"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    let mut logs = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut logs)
        .unwrap();
    assert!(
        logs.contains("route=\"/login\"") && logs.contains("route=\"/history\""),
        "{logs}"
    );
    assert!(logs.contains("status=303"));
    assert!(
        !logs.contains("secret passphrase"),
        "a password in the logs"
    );
    assert!(!logs.contains(&token), "a session token in the logs");
}
