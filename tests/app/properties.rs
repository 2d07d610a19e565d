//! No parser panics, whatever it is given (property tests over arbitrary input).

use guarantee_watch::filter::{Cursor, StatementFilter};
use guarantee_watch::forms::{FormData, safe_next};
use guarantee_watch::quotes::{duplicate_key, fold_typography, is_verbatim};
use guarantee_watch::search::{fts_query, highlighted_parts};
use guarantee_watch::values::{CountryCode, Day, Slug};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn values_parse_or_refuse(text in any::<String>()) {
        let _ = Day::parse(&text);
        let _ = CountryCode::parse(&text);
        let _ = Slug::parse(&text);
        let _ = Cursor::parse(&text);
        let _ = safe_next(&text);
    }

    #[test]
    fn dates_that_parse_print_back_the_same(y in 0u16..10000, m in 0u8..14, d in 0u8..33) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        if let Ok(day) = Day::parse(&text) {
            prop_assert_eq!(day.to_string(), text);
        }
    }

    #[test]
    fn any_query_string_is_a_filter_or_a_clear_refusal(query in any::<String>()) {
        match StatementFilter::parse(Some(&query)) {
            Ok(filter) => {
                // What parses prints back to something that parses the same.
                let again = StatementFilter::parse(Some(&filter.query_string())).unwrap();
                prop_assert_eq!(again.query_string(), filter.query_string());
            }
            Err(error) => prop_assert!(!error.public_message().is_empty()),
        }
    }

    #[test]
    fn structured_query_strings_round_trip(
        pairs in proptest::collection::vec(
            (prop_oneof!["actor", "country", "kind", "stance", "topic", "from", "to", "q", "month", "sourcing", "after"], any::<String>()),
            0..8,
        )
    ) {
        let query = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
        let _ = StatementFilter::parse(Some(&query));
    }

    #[test]
    fn form_bodies_of_any_bytes_are_read(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let form = FormData::parse(&bytes);
        let _ = form.get("title");
        let _ = form.all("countries");
    }

    #[test]
    fn search_text_of_any_kind_becomes_a_safe_query(text in any::<String>()) {
        if let Some(query) = fts_query(&text) {
            // Every term is quoted: no character of the user's outside quotation marks.
            let outside: String = query.split('"').step_by(2).collect();
            prop_assert!(outside.chars().all(|c| c == ' ' || c == '*'), "{query:?}");
        }
        let _ = highlighted_parts(&text);
    }

    #[test]
    fn quote_comparison_never_fails(a in any::<String>(), b in any::<String>()) {
        let _ = duplicate_key(&a);
        let _ = fold_typography(&a);
        let _ = is_verbatim(&a, &b);
        prop_assert!(is_verbatim(&a, &a) || fold_typography(&a).trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace()).trim_end_matches([',', '.']).is_empty());
    }
}

#[tokio::test]
async fn any_query_string_gets_an_answer_over_http() {
    let app = crate::helpers::TestApp::spawn().await;
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(200));
    let strategy = proptest::collection::vec(
        (
            prop_oneof![
                "actor", "country", "kind", "stance", "from", "to", "q", "after", "month"
            ],
            ".{0,40}",
        ),
        0..5,
    );
    for _ in 0..200 {
        let pairs = strategy.new_tree(&mut runner).unwrap().current();
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        for path in [
            "/",
            "/api/v1/statements",
            "/feed.atom",
            "/api/v1/statements.csv",
        ] {
            let status = app.get(&format!("{path}?{query}")).await.status();
            // The timeline sends a query with empty fields on to the same filters without them.
            let tidied = path == "/" && status == 303;
            assert!(
                status == 200 || status == 400 || tidied,
                "{path}?{query}: {status}"
            );
        }
    }
}

#[tokio::test]
async fn any_import_file_is_loaded_or_refused_whole() {
    let lines = proptest::collection::vec(
        prop_oneof![
            any::<String>(),
            Just("{\"table\":\"country\",\"row\":{\"code\":\"AA\",\"name\":\"Synthetic\",\"nato_member\":0,\"eu_member\":0}}".to_owned()),
            Just("{\"table\":\"topic\",\"row\":{\"slug\":\"synthetic\",\"name\":\"Synthetic\"}}".to_owned()),
            "\\{\"table\":\"(country|actor|statement)\",\"row\":\\{.{0,30}\\}\\}",
        ],
        0..6,
    );
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(60));
    for _ in 0..60 {
        let file = lines.new_tree(&mut runner).unwrap().current().join("\n");
        let dir = tempfile::tempdir().unwrap();
        let db = guarantee_watch::db::open(&dir.path().join("import.db"))
            .await
            .unwrap();
        let result = guarantee_watch::dataset::import(&db, file.as_bytes()).await;
        let rows: i64 = sqlx::query_scalar(
            "select (select count(*) from country) + (select count(*) from topic)",
        )
        .fetch_one(&db)
        .await
        .unwrap();
        match result {
            Ok(count) => assert_eq!(count as i64, rows, "{file:?}"),
            Err(error) => {
                assert!(!error.to_string().is_empty());
                assert_eq!(rows, 0, "a refused file leaves nothing: {file:?}");
            }
        }
        db.close().await;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn extraction_reads_any_text_and_its_offsets_point_at_its_quotes(
        text in "(\\PC|[\"“”«»,.:]| said | told reporters ){0,200}"
    ) {
        let actors = vec![guarantee_watch::extract::KnownActor {
            slug: "synthetic".into(),
            name: "Synthetic Speaker".into(),
            aliases: vec!["Speaker".into()],
            ..Default::default()
        }];
        let chars: Vec<char> = text.chars().collect();
        for quote in guarantee_watch::extract::extract_quotes(&text, &actors) {
            prop_assert!(quote.start <= quote.end && quote.end <= chars.len());
            let at: String = chars[quote.start..quote.end].iter().collect();
            prop_assert_eq!(at, quote.text);
        }
    }
}
