//! Nothing acknowledged is lost: the real server is killed (SIGKILL) in the middle of a write
//! storm, again and again; every write it acknowledged is there afterwards with its revision,
//! nothing is half-written and the database is intact. And under a burst of readers and
//! writers it answers everyone, with no error but a deliberate 503.

use std::collections::HashSet;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::{TestApp, session_cookie};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(db: &std::path::Path, port: u16) -> Child {
    start_with(db, port, &[])
}

fn start_with(db: &std::path::Path, port: u16, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(db)
        .arg("--addr")
        .arg(format!("127.0.0.1:{port}"))
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn wait_until_up(client: &reqwest::Client, base: &str) {
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_being_killed_at_any_moment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("storm.db");
    let mut add = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&db)
        .args(["user", "add", "storm", "--role", "editor"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"synthetic storm password\n")
        .unwrap();
    assert!(add.wait().unwrap().success());

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut server = start(&db, port);
    wait_until_up(&client, &base).await;
    let login = client
        .post(format!("{base}/login"))
        .header("origin", &base)
        .form(&[
            ("username", "storm"),
            ("password", "synthetic storm password"),
        ])
        .send()
        .await
        .unwrap();
    let cookie = session_cookie(&login).expect("logged in");

    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut attempted = 0usize;
    for round in 0..4u64 {
        let writers: Vec<_> = (0..6)
            .map(|writer| {
                let (client, base, cookie) = (client.clone(), base.clone(), cookie.clone());
                let acknowledged = acknowledged.clone();
                tokio::spawn(async move {
                    let mut sent = 0;
                    for n in 0.. {
                        let title = format!("Synthetic storm article {round}-{writer}-{n}");
                        sent += 1;
                        let response = client
                            .post(format!("{base}/articles"))
                            .header("origin", &base)
                            .header("cookie", &cookie)
                            .form(&[("title", title.as_str()), ("language", "en")])
                            .send()
                            .await;
                        match response {
                            Ok(r) if r.status() == StatusCode::SEE_OTHER => {
                                acknowledged.lock().unwrap().push(title);
                            }
                            Ok(r) => assert!(
                                r.status() == StatusCode::SERVICE_UNAVAILABLE,
                                "unexpected {}",
                                r.status()
                            ),
                            Err(_) => return sent, // the server is gone
                        }
                    }
                    sent
                })
            })
            .collect();
        // Kill at a different moment each round.
        tokio::time::sleep(Duration::from_millis(300 + round * 170)).await;
        server.kill().unwrap();
        server.wait().unwrap();
        for writer in writers {
            attempted += writer.await.unwrap();
        }
        server = start(&db, port);
        wait_until_up(&client, &base).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();

    let pool = guarantee_watch::db::open(&db).await.unwrap();
    let check: String = sqlx::query_scalar("pragma integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let stored: HashSet<String> =
        sqlx::query_scalar("select title from article where title like 'Synthetic storm%'")
            .fetch_all(&pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() > 20,
        "the storm wrote: {}",
        acknowledged.len()
    );
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|t| !stored.contains(*t))
        .collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    // Nothing half-written: every stored article has exactly its one revision.
    let unlogged: i64 = sqlx::query_scalar(
        "select count(*) from article a where title like 'Synthetic storm%' and
           (select count(*) from revision r where r.record_type = 'article' and r.record_id = a.id) <> 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unlogged, 0);
    eprintln!(
        "kill test: {attempted} writes attempted, {} acknowledged, {} stored, 4 kills",
        acknowledged.len(),
        stored.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_readers_and_writers_is_answered_without_errors() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let deadline = Instant::now() + Duration::from_secs(3);
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let statuses: Arc<Mutex<std::collections::BTreeMap<u16, usize>>> = Arc::default();
    let paths = [
        "/",
        "/?country=ru",
        "/actors/lavrov",
        "/api/v1/statements?kind=direct",
        "/commitments",
        "/feed.atom",
    ];
    let mut tasks = Vec::new();
    for worker in 0..40 {
        let (client, base, cookie) = (app.client.clone(), app.base.clone(), cookie.clone());
        let (acknowledged, statuses) = (acknowledged.clone(), statuses.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < deadline {
                n += 1;
                let status = if worker % 5 == 0 {
                    let title = format!("Synthetic burst article {worker}-{n}");
                    let response = client
                        .post(format!("{base}/articles"))
                        .header("origin", &base)
                        .header("cookie", &cookie)
                        .form(&[("title", title.as_str()), ("language", "en")])
                        .send()
                        .await
                        .unwrap();
                    if response.status() == StatusCode::SEE_OTHER {
                        acknowledged.lock().unwrap().push(title);
                    }
                    response.status()
                } else {
                    let path = paths[(worker + n) % paths.len()];
                    client
                        .get(format!("{base}{path}"))
                        .send()
                        .await
                        .unwrap()
                        .status()
                };
                *statuses.lock().unwrap().entry(status.as_u16()).or_default() += 1;
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let statuses = statuses.lock().unwrap().clone();
    assert!(
        statuses.keys().all(|s| *s < 500 || *s == 503),
        "server errors: {statuses:?}"
    );
    let acknowledged = acknowledged.lock().unwrap().clone();
    let stored: i64 =
        sqlx::query_scalar("select count(*) from article where title like 'Synthetic burst%'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(
        stored as usize,
        acknowledged.len(),
        "every acknowledged write is there"
    );
    assert_eq!(
        app.get("/healthz").await.status(),
        StatusCode::OK,
        "still answering"
    );
    eprintln!(
        "load test: {statuses:?}, {} writes acknowledged",
        acknowledged.len()
    );
}

/// A new database with `n` synthetic statements.
async fn synthetic_db(dir: &std::path::Path, n: i64) -> std::path::PathBuf {
    let path = dir.join("synthetic.db");
    let pool = guarantee_watch::db::open(&path).await.unwrap();
    guarantee_watch::synth::generate(&pool, n, 1).await.unwrap();
    pool.close().await;
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_is_refused_at_once_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let db = synthetic_db(dir.path(), 20_000).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start_with(&db, port, &["--max-in-flight", "2"]);
    let client = reqwest::Client::new();
    wait_until_up(&client, &base).await;
    // Forty different cold pages at once (no two alike, so none is answered from memory).
    let requests: Vec<_> = (0..40)
        .map(|i| {
            let (client, base) = (client.clone(), base.clone());
            tokio::spawn(async move {
                let started = Instant::now();
                let response = client
                    .get(format!("{base}/?from=2022-01-{:02}", 1 + i % 28))
                    .header("x-request-id", format!("burst-{i}"))
                    .send()
                    .await
                    .unwrap();
                (
                    response.status(),
                    response.headers().get("retry-after").cloned(),
                    started.elapsed(),
                )
            })
        })
        .collect();
    let mut served = 0;
    let mut refused = 0;
    for request in requests {
        let (status, retry_after, elapsed) = request.await.unwrap();
        match status {
            StatusCode::OK | StatusCode::BAD_REQUEST => served += 1,
            StatusCode::SERVICE_UNAVAILABLE => {
                refused += 1;
                assert_eq!(retry_after.unwrap(), "1");
                assert!(
                    elapsed < Duration::from_secs(5),
                    "refused quickly: {elapsed:?}"
                );
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(
        served >= 2 && refused >= 1,
        "served {served}, refused {refused}"
    );
    assert_eq!(
        client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    eprintln!("overload test: {served} served, {refused} refused with 503");
    server.kill().unwrap();
    server.wait().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_a_request_in_flight_finish() {
    let dir = tempfile::tempdir().unwrap();
    let db = synthetic_db(dir.path(), 30_000).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(&db, port);
    let client = reqwest::Client::new();
    wait_until_up(&client, &base).await;
    let response = client
        .get(format!("{base}/api/v1/statements.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    // The answer has begun; now the server is asked to stop.
    let status = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let body = response.text().await.unwrap();
    assert_eq!(
        body.lines().count(),
        30_001,
        "the whole export, header included"
    );
    // Read in blocks, it is still every statement once, newest first (undated last).
    let keys: Vec<(String, i64)> = body
        .lines()
        .skip(1)
        .map(|line| {
            let mut cells = line.split(',');
            let id = cells.next().unwrap().parse().unwrap();
            (cells.next().unwrap().to_owned(), id)
        })
        .collect();
    assert!(
        keys.windows(2).all(|pair| pair[0] > pair[1]),
        "newest first"
    );
    let ids: std::collections::HashSet<i64> = keys.iter().map(|k| k.1).collect();
    assert_eq!(ids.len(), 30_000);
    let exit = tokio::task::spawn_blocking(move || server.wait().unwrap())
        .await
        .unwrap();
    assert!(exit.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_during_writes_holds_everything_acknowledged_before_it() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (client, base, cookie) = (app.client.clone(), app.base.clone(), cookie.clone());
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                n += 1;
                let title = format!("Synthetic backup article {n}");
                let response = client
                    .post(format!("{base}/articles"))
                    .header("origin", &base)
                    .header("cookie", &cookie)
                    .form(&[("title", title.as_str()), ("language", "en")])
                    .send()
                    .await
                    .unwrap();
                if response.status() == StatusCode::SEE_OTHER {
                    acknowledged.lock().unwrap().push(title);
                }
            }
        })
    };
    tokio::time::sleep(Duration::from_millis(400)).await;
    let before_backup = acknowledged.lock().unwrap().clone();
    let copy = app.db_path.with_file_name("during.db");
    let (source, target) = (app.db_path.clone(), copy.clone());
    let output = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
            .arg("--db")
            .arg(source)
            .arg("backup")
            .arg(target)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    writer.await.unwrap();

    let backup = guarantee_watch::db::open(&copy).await.unwrap();
    let check: String = sqlx::query_scalar("pragma integrity_check")
        .fetch_one(&backup)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let stored: HashSet<String> = sqlx::query_scalar("select title from article")
        .fetch_all(&backup)
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert!(!before_backup.is_empty());
    let missing: Vec<&String> = before_backup
        .iter()
        .filter(|t| !stored.contains(*t))
        .collect();
    assert!(
        missing.is_empty(),
        "acknowledged before the backup but missing: {missing:?}"
    );
    let after = acknowledged.lock().unwrap().len();
    assert!(
        after > before_backup.len(),
        "writes went on during the backup"
    );
}
