//! Keyset pagination over generated synthetic data: 50 a page, filters kept, nothing lost or
//! repeated, newest first across pages.

use std::collections::HashSet;

use crate::helpers::TestApp;

/// Adds `n` visibly synthetic statements by one synthetic actor from Estonia; every third is
/// about Latvia, every seventh is undated, and days repeat so that pages split a day.
async fn add_synthetic_statements(app: &TestApp, n: usize) {
    let mut tx = app.db.begin().await.unwrap();
    sqlx::query(
        "insert into actor (slug, name, kind, country) values
         ('synthetic-actor-1', 'Synthetic Actor 1', 'person', 'EE')",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    for i in 1..=n {
        let undated = i % 7 == 0;
        let day = format!("2030-01-{:02}", 1 + (i % 20));
        let id: i64 = sqlx::query_scalar(
            "insert into statement (actor_id, text, kind, sourcing, said_on, date_precision)
             values ((select id from actor where slug = 'synthetic-actor-1'), ?, 'direct',
                     'on_record', ?, ?) returning id",
        )
        .bind(format!("Synthetic statement {i}"))
        .bind(if undated { None } else { Some(day) })
        .bind(if undated { "unknown" } else { "day" })
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        if i % 3 == 0 {
            sqlx::query("insert into statement_country (statement_id, country) values (?, 'LV')")
                .bind(id)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
    }
    tx.commit().await.unwrap();
}

/// Follows `next` links from `start`, returning each page's statement permalinks.
async fn walk(app: &TestApp, start: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut next = Some(start.to_owned());
    while let Some(href) = next {
        let page = app.ok_page(&href).await;
        pages.push(page.attrs("article.statement a.permalink", "href"));
        let links = page.attrs(".pager a[rel=next]", "href");
        next = links.first().cloned();
        if let Some(link) = &next {
            assert!(link.starts_with(start.split('?').next().unwrap()), "{link}");
        }
        assert!(pages.len() < 20, "pagination does not end");
    }
    pages
}

#[tokio::test]
async fn pages_keep_filters_and_cover_every_result_once() {
    let app = TestApp::spawn().await;
    add_synthetic_statements(&app, 130).await;

    let latvia = walk(&app, "/?actor=synthetic-actor-1&country=lv").await;
    assert_eq!(latvia.iter().map(Vec::len).collect::<Vec<_>>(), [43]);

    let start = "/?actor=synthetic-actor-1&country=ee&kind=direct";
    let first = app.ok_page(start).await;
    assert_eq!(first.result_count(), 130);
    let next = first.attrs(".pager a[rel=next]", "href");
    assert_eq!(next.len(), 1);
    assert!(
        next[0].starts_with("/?actor=synthetic-actor-1&country=ee&kind=direct&after="),
        "{}",
        next[0]
    );
    let second = app.ok_page(&next[0]).await;
    assert_eq!(
        second.result_count(),
        130,
        "the count is of the whole filter"
    );
    assert_eq!(
        second.attrs(".pager a[rel=first]", "href"),
        ["/?actor=synthetic-actor-1&country=ee&kind=direct"]
    );
    assert_eq!(walk(&app, start).await.concat().len(), 130);

    let all = walk(&app, "/?actor=synthetic-actor-1").await;
    assert_eq!(all.iter().map(Vec::len).collect::<Vec<_>>(), [50, 50, 30]);
    let ids: Vec<i64> = all
        .concat()
        .iter()
        .map(|href| href.trim_start_matches("/statements/").parse().unwrap())
        .collect();
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        130,
        "no statement twice"
    );

    let expected: Vec<i64> = sqlx::query_scalar(
        "select s.id from statement s join actor a on a.id = s.actor_id
         where a.slug = 'synthetic-actor-1' order by coalesce(s.said_on, '') desc, s.id desc",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(ids, expected, "newest first, undated last, across pages");

    // The actor page pages the same way.
    let profile = walk(&app, "/actors/synthetic-actor-1").await;
    assert_eq!(profile.concat(), all.concat());
}

#[tokio::test]
async fn commitment_events_appear_once_across_pages() {
    let app = TestApp::spawn().await;
    add_synthetic_statements(&app, 130).await;
    let mut seen = Vec::new();
    let mut next = Some("/".to_owned());
    while let Some(href) = next {
        let page = app.ok_page(&href).await;
        seen.extend(page.texts("article.event .event-title"));
        next = page.attrs(".pager a[rel=next]", "href").first().cloned();
    }
    assert_eq!(seen.len(), 8, "{seen:?}");
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 8);
}

/// Adds `n` visibly synthetic commitments of type `other` provided by Estonia, every other one
/// with a `pledged` event.
async fn add_synthetic_commitments(app: &TestApp, n: usize) {
    let mut tx = app.db.begin().await.unwrap();
    let article: i64 = sqlx::query_scalar("select min(id) from article")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    for i in 1..=n {
        let id: i64 = sqlx::query_scalar(
            "insert into commitment (title, type) values (?, 'other') returning id",
        )
        .bind(format!("Synthetic commitment {i:03}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "insert into commitment_provider_country (commitment_id, country) values (?, 'EE')",
        )
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap();
        if i % 2 == 0 {
            sqlx::query(
                "insert into commitment_event (commitment_id, status, date_precision, article_id)
                 values (?, 'pledged', 'unknown', ?)",
            )
            .bind(id)
            .bind(article)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_commitment_tracker_pages_its_list_and_sums_up_crowded_cells() {
    let app = TestApp::spawn().await;
    add_synthetic_commitments(&app, 120).await;
    app.data_changed();
    let total = app.count("commitment").await;

    // The crowded cell is summed up by status and links to the list filtered to it.
    let tracker = app.ok_page("/commitments").await;
    let estonia_other = tracker.attrs(
        "#grid-data a.cell-more[href^='/commitments?country=ee&type=other']",
        "href",
    );
    assert_eq!(
        estonia_other.len(),
        1,
        "one summary link for Estonia × Other"
    );
    let summary = tracker.texts("#grid-data a.cell-more").join(" | ");
    assert!(
        summary.contains("120 commitments: 60 pledged, 60 no status"),
        "{summary}"
    );
    assert!(
        !tracker
            .texts("#grid-data .cell-title")
            .iter()
            .any(|t| t.starts_with("Synthetic commitment")),
        "crowded cells do not repeat every title"
    );

    // The list: 50 a page, every commitment once, the filters kept from page to page.
    let mut seen = HashSet::new();
    let mut next = Some("/commitments".to_owned());
    let mut pages = 0;
    while let Some(href) = next {
        let page = app.ok_page(&href).await;
        let rows = page.attrs("table.data th[scope=row] a", "href");
        assert!(rows.len() <= 50, "{href}: {} rows", rows.len());
        for row in rows {
            assert!(seen.insert(row.clone()), "{row} listed twice");
        }
        next = page.attrs(".pager a[rel=next]", "href").first().cloned();
        pages += 1;
        assert!(pages < 10, "paging does not end");
    }
    assert_eq!(seen.len() as i64, total);
    assert_eq!(pages as i64, (total + 49) / 50);

    let filtered = app.ok_page("/commitments?country=ee&type=other").await;
    assert!(
        filtered
            .text("[role=status]")
            .contains("120 commitments match")
    );
    let next = filtered.attrs(".pager a[rel=next]", "href");
    assert_eq!(
        next,
        ["/commitments?country=ee&type=other&page=2#list-title"]
    );
    let last = app
        .ok_page("/commitments?country=ee&type=other&page=3")
        .await;
    assert_eq!(last.attrs("table.data th[scope=row] a", "href").len(), 20);
    assert!(last.attrs(".pager a[rel=next]", "href").is_empty());
    assert_eq!(
        last.attrs(".pager a[rel=prev]", "href"),
        ["/commitments?country=ee&type=other&page=2#list-title"]
    );

    for (path, status) in [
        ("/commitments?page=0", 400),
        ("/commitments?page=two", 400),
        ("/commitments?country=ee&type=other&page=4", 404),
    ] {
        assert_eq!(app.get(path).await.status().as_u16(), status, "{path}");
    }
}
