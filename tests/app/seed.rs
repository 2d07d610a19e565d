//! Seeding: once, in full, and only the seed article's words.

use guarantee_watch::seed::ARTICLE_TEXT;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_restart_does_not_seed_twice() {
    let app = TestApp::spawn().await;
    let tables = [
        "actor",
        "article",
        "statement",
        "appearance",
        "commitment",
        "commitment_event",
        "position",
        "country",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(app.count(table).await);
    }
    assert_eq!(before[2], 9, "nine statements");
    let (dir, path) = app.stop().await;

    let restarted = TestApp::spawn_at(dir, &path).await;
    for (table, count) in tables.iter().zip(before) {
        assert_eq!(restarted.count(table).await, count, "{table} after restart");
    }
    assert_eq!(restarted.ok_page("/").await.result_count(), 9);
}

#[tokio::test]
async fn every_seeded_statement_is_verbatim_with_speaker_source_and_sourcing() {
    let app = TestApp::spawn().await;
    let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
        "select s.text, s.kind, (select count(*) from appearance ap where ap.statement_id = s.id),
                s.sourcing
         from statement s join actor a on a.id = s.actor_id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 9);
    // English style puts a comma inside closing quotation marks; a passage may end before it.
    let article = ARTICLE_TEXT.replace(",\"", "\"");
    for (text, kind, appearances, sourcing) in rows {
        assert!(article.contains(&text), "not in the article: {text}");
        if kind == "direct" {
            assert!(
                ARTICLE_TEXT.contains(&format!("\"{text},\"")),
                "not a whole quote: {text}"
            );
        }
        assert!(appearances >= 1, "no source: {text}");
        assert!(!sourcing.is_empty());
    }
    let body: String = sqlx::query_scalar("select body from article")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(body, ARTICLE_TEXT);

    // The public dates of the article's events.
    let dated: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "select a.slug, s.said_on, s.date_precision from statement s join actor a on a.id = s.actor_id
         order by a.slug, s.id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    let date_of = |slug: &str| {
        dated
            .iter()
            .find(|(s, _, _)| s == slug)
            .map(|(_, on, precision)| (on.clone(), precision.clone()))
            .unwrap()
    };
    assert_eq!(
        date_of("leavitt"),
        (Some("2025-08-19".into()), "day".into())
    );
    assert_eq!(date_of("lavrov"), (Some("2025-08-20".into()), "day".into()));
    assert_eq!(
        date_of("zelensky"),
        (Some("2025-08-18".into()), "day".into())
    );
    assert_eq!(date_of("kyiv"), (None, "unknown".into()));
}

#[tokio::test]
async fn the_schema_refuses_what_the_vocabularies_do_not_allow() {
    let app = TestApp::spawn().await;
    let bad = [
        "insert into statement (actor_id, text, kind, sourcing, date_precision) values (1, 'x', 'quote', 'on_record', 'unknown')",
        "insert into statement (actor_id, text, kind, sourcing, said_on, date_precision) values (1, 'x', 'direct', 'on_record', '2025-02-30', 'day')",
        "insert into statement (actor_id, text, kind, sourcing, date_precision) values (999, 'x', 'direct', 'on_record', 'unknown')",
        "insert into commitment (title, type) values ('x', 'navy')",
        "update commitment_event set status = 'fulfilled'",
    ];
    for sql in bad {
        assert!(
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&app.db)
                .await
                .is_err(),
            "accepted: {sql}"
        );
    }
}

#[tokio::test]
async fn the_country_filter_follows_changes_to_speakers_dates_and_subjects() {
    let app = TestApp::spawn().await;
    let lavrov_in =
        |page: &crate::helpers::Page| page.speakers().contains(&"Sergey Lavrov".to_owned());
    assert!(!lavrov_in(&app.ok_page("/?country=ee").await));

    // The speaker's country moves with the actor.
    sqlx::query("update actor set country = 'EE' where slug = 'lavrov'")
        .execute(&app.db)
        .await
        .unwrap();
    app.data_changed();
    assert!(lavrov_in(&app.ok_page("/?country=ee").await));
    // Russia still matches: the statement is about it.
    assert!(lavrov_in(&app.ok_page("/?country=ru").await));

    // Subjects are added and removed.
    sqlx::query(
        "delete from statement_country where country = 'RU'
         and statement_id = (select id from statement where actor_id = (select id from actor where slug = 'lavrov'))",
    )
    .execute(&app.db)
    .await
    .unwrap();
    app.data_changed();
    assert!(!lavrov_in(&app.ok_page("/?country=ru").await));

    // A new date moves the statement in the country's timeline order.
    sqlx::query(
        "update statement set said_on = '2030-01-01'
         where actor_id = (select id from actor where slug = 'lavrov')",
    )
    .execute(&app.db)
    .await
    .unwrap();
    app.data_changed();
    let estonia = app.ok_page("/?country=ee").await;
    assert_eq!(estonia.texts(".day-heading")[0], "1 January 2030");
}
