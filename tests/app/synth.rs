//! Synthetic data: deterministic, visibly synthetic, never in the default or a real database.

use std::process::Command;

fn synth(dir: &std::path::Path, file: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .current_dir(dir)
        .arg("--db")
        .arg(file)
        .arg("synth")
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn export(dir: &std::path::Path, file: &str) -> String {
    let out = dir.join(format!("{file}.jsonl"));
    let status = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(dir.join(file))
        .arg("export")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::read_to_string(out).unwrap()
}

#[tokio::test]
async fn the_same_seed_gives_the_same_visibly_synthetic_data() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["a.db", "b.db"] {
        let output = synth(dir.path(), file, &["--statements", "2000", "--seed", "7"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(
        synth(dir.path(), "c.db", &["--statements", "2000", "--seed", "8"])
            .status
            .success()
    );
    let (a, b, c) = (
        export(dir.path(), "a.db"),
        export(dir.path(), "b.db"),
        export(dir.path(), "c.db"),
    );
    assert_eq!(a, b, "deterministic for a seed");
    assert_ne!(a, c, "another seed, other data");

    let db = guarantee_watch::db::open(&dir.path().join("a.db"))
        .await
        .unwrap();
    let (statements, articles, actors): (i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from statement), (select count(*) from article), (select count(*) from actor)",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!((statements, articles, actors), (2000, 200, 500));
    let not_synthetic: i64 = sqlx::query_scalar(
        "select (select count(*) from statement where text not like 'Synthetic statement %')
              + (select count(*) from actor where name not like 'Synthetic Actor %')
              + (select count(*) from article where title not like 'Synthetic article %')",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(not_synthetic, 0);
    // A few actors say most things.
    let top_ten: i64 = sqlx::query_scalar(
        "select sum(c) from (select count(*) c from statement group by actor_id order by c desc limit 10)",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert!(
        top_ten * 2 > statements,
        "the ten most active say {top_ten} of {statements}"
    );
    let countries: i64 = sqlx::query_scalar("select count(distinct country) from actor")
        .fetch_one(&db)
        .await
        .unwrap();
    assert!(countries >= 30, "actors over all countries: {countries}");
    let events: i64 = sqlx::query_scalar("select count(*) from commitment_event")
        .fetch_one(&db)
        .await
        .unwrap();
    let positions: i64 = sqlx::query_scalar("select count(*) from position")
        .fetch_one(&db)
        .await
        .unwrap();
    assert!(events >= 10 && positions >= 10);
}

#[test]
fn synthetic_data_keeps_out_of_the_default_and_of_real_databases() {
    let dir = tempfile::tempdir().unwrap();
    let default = synth(dir.path(), "guarantee-watch.db", &["--statements", "10"]);
    assert!(!default.status.success());
    assert!(
        String::from_utf8_lossy(&default.stderr).contains("never goes into the default database")
    );
    assert!(
        !dir.path().join("guarantee-watch.db").exists(),
        "not even created"
    );

    // A database with the seed article in it is refused.
    let real = dir.path().join("real.db");
    let status = Command::new(env!("CARGO_BIN_EXE_guarantee-watch"))
        .arg("--db")
        .arg(&real)
        .args(["user", "list"])
        .status()
        .unwrap();
    assert!(status.success());
    let refused = synth(dir.path(), "real.db", &["--statements", "10"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already holds records"));
}
