//! Export and import of the whole dataset, and the flat views for SQLite tools.

use std::process::{Command, Output};

use crate::helpers::TestApp;

fn run(db: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

#[tokio::test]
async fn export_import_export_gives_the_same_file() {
    let app = TestApp::spawn().await;
    let cookie = app.editor().await;
    let response = app
        .post_form(
            "/statements/2/retract",
            &[("reason", "Synthetic retraction for the round trip")],
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (dir, path) = app.stop().await;

    let first = dir.path().join("first.jsonl");
    let exported = run(&path, &["export", first.to_str().unwrap()]);
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(
        text.lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("{\"table\":\"revision\"")
                && l.contains("\"username\":\"editor\""))
    );
    assert!(!text.contains("password_hash"), "accounts stay behind");

    let copy = dir.path().join("copy.db");
    let imported = run(&copy, &["import", first.to_str().unwrap()]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let second = dir.path().join("second.jsonl");
    assert!(
        run(&copy, &["export", second.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(std::fs::read_to_string(&second).unwrap(), text);

    // The copy serves the same record, search index and country index included.
    let served = TestApp::spawn_at(dir.clone(), &copy).await;
    assert_eq!(served.ok_page("/").await.result_count(), 8);
    assert_eq!(
        served.ok_page("/?q=utopia").await.result_count(),
        0,
        "retracted stays out"
    );
    assert_eq!(served.ok_page("/?q=boots").await.result_count(), 1);
    assert_eq!(served.ok_page("/?country=ru").await.result_count(), 4);
    assert!(
        served
            .ok_page("/corrections")
            .await
            .text("main")
            .contains("Synthetic retraction")
    );
    assert_eq!(
        served.count("seed_applied").await,
        0,
        "imported, not seeded"
    );
}

#[tokio::test]
async fn an_invalid_file_is_refused_with_its_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.db");
    let app = TestApp::spawn_at(std::sync::Arc::new(tempfile::tempdir().unwrap()), &source).await;
    drop(app);
    let good = dir.path().join("good.jsonl");
    assert!(
        run(&source, &["export", good.to_str().unwrap()])
            .status
            .success()
    );
    let lines: Vec<String> = std::fs::read_to_string(&good)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();

    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            {
                let mut l = lines.clone();
                l[2] = "{not json".into();
                l
            },
            "line 3: not JSON",
        ),
        (
            {
                let mut l = lines.clone();
                l[1] = "{\"table\":\"user\",\"row\":{}}".into();
                l
            },
            "line 2: unknown table \"user\"",
        ),
        (
            {
                let mut l = lines.clone();
                l[0] = l[0].replace("\"name\"", "\"nom\"");
                l
            },
            "line 1: country has no column \"nom\"",
        ),
        (
            {
                let mut l = lines.clone();
                let last = l.len() - 1;
                l.swap(0, last);
                l
            },
            "line 1: refused: FOREIGN KEY constraint failed",
        ),
        (
            {
                let mut l = lines.clone();
                l.push(l[0].clone());
                l
            },
            "rows must follow",
        ),
        (
            {
                let mut l = lines.clone();
                l.insert(1, l[0].clone());
                l
            },
            "line 2: refused: UNIQUE constraint failed",
        ),
    ];
    for (index, (content, message)) in cases.into_iter().enumerate() {
        let file = dir.path().join(format!("bad-{index}.jsonl"));
        std::fs::write(&file, content.join("\n")).unwrap();
        let target = dir.path().join(format!("target-{index}.db"));
        let output = run(&target, &["import", file.to_str().unwrap()]);
        assert!(!output.status.success(), "case {index}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "case {index}: {stderr}");
        let db = guarantee_watch::db::open(&target).await.unwrap();
        let rows: i64 = sqlx::query_scalar(
            "select (select count(*) from country) + (select count(*) from statement)",
        )
        .fetch_one(&db)
        .await
        .unwrap();
        assert_eq!(rows, 0, "case {index}: nothing written");
    }

    // A database that holds records is refused.
    let output = run(&source, &["import", good.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("already holds records"));
}

#[tokio::test]
async fn flat_views_read_well_in_sqlite_tools() {
    let app = TestApp::spawn().await;
    let rows: Vec<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "select actor, year, month, article_title from statements_flat where actor = 'lavrov'",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1.as_deref(), Some("2025"));
    assert_eq!(rows[0].2.as_deref(), Some("2025-08"));
    let status: String =
        sqlx::query_scalar("select current_status from commitments_flat where id = 1")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(status, "pledged");
}
