//! Facet counts: for each option of each filter, how many statements match it together with
//! the other active filters, so that a reader sees what a choice would give before making it.

use std::collections::HashMap;
use std::sync::Arc;

use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::AppState;
use crate::error::Result;
use crate::filter::{Facet, StatementFilter};
use crate::values::{CountryCode, Sourcing, Stance, StatementKind};

/// One option of a facet.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FacetOption {
    /// The value as it goes in the query string.
    pub value: String,
    pub label: String,
    pub count: i64,
    pub selected: bool,
}

/// The options of one filter parameter.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FacetGroup {
    /// The query-string parameter (`actor`, `country`, …).
    pub key: &'static str,
    pub title: &'static str,
    pub options: Vec<FacetOption>,
    /// Options left out of a shortened list.
    #[serde(skip)]
    pub more: usize,
}

/// Options a page lists per facet at most (hundreds of speakers would make every page heavy);
/// selected ones are always listed.
pub const LISTED_OPTIONS: usize = 20;

impl FacetGroup {
    /// Keeps the first `limit` options (the most frequent, for speakers, countries and topics)
    /// and every selected one, and counts the rest in `more`.
    pub fn shortened(mut self, limit: usize) -> Self {
        let before = self.options.len();
        let mut unselected = 0;
        self.options.retain(|option| {
            if option.selected {
                return true;
            }
            unselected += 1;
            unselected <= limit
        });
        self.more = before - self.options.len();
        self
    }

    /// Whether any option of this facet is in the filter.
    pub fn has_selection(&self) -> bool {
        self.options.iter().any(|o| o.selected)
    }
}

/// Each facet's `(value, label, count)` rows, options with no match left out.
#[derive(Debug, Default, PartialEq)]
pub struct Grouped {
    pub actors: Vec<(String, String, i64)>,
    pub countries: Vec<(String, String, i64)>,
    pub kinds: Vec<(String, String, i64)>,
    pub stances: Vec<(String, String, i64)>,
    pub topics: Vec<(String, String, i64)>,
    pub sourcings: Vec<(String, String, i64)>,
    pub months: Vec<(String, String, i64)>,
}

/// The total and every facet of `filter`, counted from the server's in-memory index.
pub async fn count(state: &AppState, filter: &StatementFilter) -> Result<(i64, Vec<FacetGroup>)> {
    let db = &state.db;
    let mut known = labels(state, false).await?;
    let actor_ids: Option<Vec<i64>> = filter
        .actors
        .iter()
        .map(|slug| known.actor_ids.get(slug.as_str()).copied())
        .collect();
    let counts = match actor_ids {
        Some(ids) => state.facet_index.count_for_actors(db, filter, &ids).await?,
        // An actor the labels do not know yet (added by another program, say).
        None => state.facet_index.count(db, filter).await?,
    };
    if !known.has_all(&counts) {
        // Something was added since the labels were read (by another program, say).
        known = labels(state, true).await?;
    }
    let actors = labelled(&known.actors, &counts.actors);
    let countries = labelled(&known.countries, &counts.countries);
    let topics = labelled(&known.topics, &counts.topics);
    let plain = |tally: &[(&'static str, i64)]| -> Vec<(String, String, i64)> {
        tally
            .iter()
            .map(|(v, n)| ((*v).to_owned(), (*v).to_owned(), *n))
            .collect()
    };
    let grouped = Grouped {
        actors,
        countries,
        kinds: plain(&counts.kinds),
        stances: plain(&counts.stances),
        topics,
        sourcings: plain(&counts.sourcings),
        months: counts
            .months
            .iter()
            .map(|(m, n)| (m.clone(), m.clone(), *n))
            .collect(),
    };
    Ok((counts.total, assemble(filter, grouped)))
}

/// Every facet option's value and label by its key in the counts, read once per data version.
#[derive(Debug, Default)]
pub struct Labels {
    version: u64,
    actors: HashMap<i64, (String, String)>,
    /// Actor ids by slug.
    actor_ids: HashMap<String, i64>,
    countries: HashMap<String, (String, String)>,
    topics: HashMap<String, (String, String)>,
}

impl Labels {
    fn has_all(&self, counts: &crate::facet_index::FacetCounts) -> bool {
        counts
            .actors
            .iter()
            .all(|(k, _)| self.actors.contains_key(k))
            && counts
                .countries
                .iter()
                .all(|(k, _)| self.countries.contains_key(k))
            && counts
                .topics
                .iter()
                .all(|(k, _)| self.topics.contains_key(k))
    }
}

/// Checks that every actor, country and topic `filter` names exists: from the labels kept in
/// memory, and from the database only for a name they do not know (which may have been added
/// by another program since).
pub async fn check_references(state: &AppState, filter: &StatementFilter) -> Result<()> {
    let labels = labels(state, false).await?;
    let known = filter
        .actors
        .iter()
        .all(|slug| labels.actor_ids.contains_key(slug.as_str()))
        && filter
            .countries
            .iter()
            .all(|code| labels.countries.contains_key(code.as_str()))
        && filter
            .topics
            .iter()
            .all(|slug| labels.topics.contains_key(slug.as_str()));
    if known {
        Ok(())
    } else {
        filter.check_references(&state.db).await
    }
}

/// The labels for the current data version (read again when `fresh`).
async fn labels(state: &AppState, fresh: bool) -> Result<Arc<Labels>> {
    let version = state.version.number();
    let kept = state
        .facet_index
        .labels
        .lock()
        .ok()
        .and_then(|kept| kept.clone());
    if let Some(kept) = kept
        && kept.version == version
        && !fresh
    {
        return Ok(kept);
    }
    let rows = |select: &'static str| sqlx::query_as::<_, (String, String, String)>(select);
    let actors: Vec<(i64, String, String)> = sqlx::query_as("select id, slug, name from actor")
        .fetch_all(&state.db)
        .await?;
    let countries = rows("select code, lower(code), name from country")
        .fetch_all(&state.db)
        .await?;
    let topics = rows("select slug, slug, name from topic")
        .fetch_all(&state.db)
        .await?;
    let labels = Arc::new(Labels {
        version,
        actor_ids: actors.iter().map(|(k, v, _)| (v.clone(), *k)).collect(),
        actors: actors.into_iter().map(|(k, v, l)| (k, (v, l))).collect(),
        countries: countries.into_iter().map(|(k, v, l)| (k, (v, l))).collect(),
        topics: topics.into_iter().map(|(k, v, l)| (k, (v, l))).collect(),
    });
    if let Ok(mut kept) = state.facet_index.labels.lock() {
        *kept = Some(labels.clone());
    }
    Ok(labels)
}

/// The counted options with their value and label (options unknown to `labels` left out).
fn labelled<K: Eq + std::hash::Hash>(
    labels: &HashMap<K, (String, String)>,
    tally: &[(K, i64)],
) -> Vec<(String, String, i64)> {
    tally
        .iter()
        .filter_map(|(key, count)| {
            let (value, label) = labels.get(key)?;
            Some((value.clone(), label.clone(), *count))
        })
        .collect()
}

/// Counts every facet for `filter` with SQL, rescanning the matching rows: the reference the
/// in-memory index is checked against.
pub async fn count_with_sql(db: &SqlitePool, filter: &StatementFilter) -> Result<Grouped> {
    let actors = grouped(
        db,
        filter,
        Facet::Actor,
        "select a.slug, a.name, count(*) from statement s join actor a on a.id = s.actor_id
         where 1 = 1",
        " group by s.actor_id",
    )
    .await?;
    let countries = grouped(
        db,
        filter,
        Facet::Country,
        "select lower(c.code), c.name, count(*) from statement s
         join statement_country_match m on m.statement_id = s.id
         join country c on c.code = m.country where 1 = 1",
        " group by c.code",
    )
    .await?;
    let kinds = grouped(
        db,
        filter,
        Facet::Kind,
        "select s.kind, s.kind, count(*) from statement s where 1 = 1",
        " group by s.kind",
    )
    .await?;
    let stances = grouped(
        db,
        filter,
        Facet::Stance,
        "select s.stance, s.stance, count(*) from statement s where s.stance is not null",
        " group by s.stance",
    )
    .await?;
    let topics = grouped(
        db,
        filter,
        Facet::Topic,
        "select t.slug, t.name, count(*) from statement s
         join statement_topic st on st.statement_id = s.id
         join topic t on t.slug = st.topic where 1 = 1",
        " group by t.slug",
    )
    .await?;

    let sourcings = grouped(
        db,
        filter,
        Facet::Sourcing,
        "select s.sourcing, s.sourcing, count(*) from statement s where 1 = 1",
        " group by s.sourcing",
    )
    .await?;
    let months = grouped(
        db,
        filter,
        Facet::Month,
        "select substr(s.said_on, 1, 7), substr(s.said_on, 1, 7), count(*) from statement s
         where s.said_on is not null",
        " group by substr(s.said_on, 1, 7)",
    )
    .await?;
    Ok(Grouped {
        actors,
        countries,
        kinds,
        stances,
        topics,
        sourcings,
        months,
    })
}

/// The facet groups from their counted rows.
pub fn assemble(filter: &StatementFilter, grouped: Grouped) -> Vec<FacetGroup> {
    let Grouped {
        actors,
        countries,
        kinds,
        stances,
        topics,
        sourcings,
        months,
    } = grouped;
    let selected_actors: Vec<String> = filter
        .actors
        .iter()
        .map(|a| a.as_str().to_owned())
        .collect();
    let selected_countries: Vec<String> =
        filter.countries.iter().map(CountryCode::url_form).collect();
    let selected_topics: Vec<String> = filter
        .topics
        .iter()
        .map(|t| t.as_str().to_owned())
        .collect();
    vec![
        FacetGroup {
            key: "actor",
            title: "Speaker",
            options: by_count(actors, &selected_actors),
            more: 0,
        },
        FacetGroup {
            key: "country",
            title: "Country",
            options: by_count(countries, &selected_countries),
            more: 0,
        },
        FacetGroup {
            key: "kind",
            title: "Kind",
            options: StatementKind::ALL
                .iter()
                .map(|kind| {
                    vocabulary_option(
                        &kinds,
                        kind.as_str(),
                        kind.label(),
                        filter.kinds.contains(kind),
                    )
                })
                .collect(),
            more: 0,
        },
        FacetGroup {
            key: "stance",
            title: "Stance",
            options: Stance::ALL
                .iter()
                .map(|stance| {
                    vocabulary_option(
                        &stances,
                        stance.as_str(),
                        stance.label(),
                        filter.stances.contains(stance),
                    )
                })
                .collect(),
            more: 0,
        },
        FacetGroup {
            key: "sourcing",
            title: "Sourcing",
            options: Sourcing::ALL
                .iter()
                .map(|sourcing| {
                    vocabulary_option(
                        &sourcings,
                        sourcing.as_str(),
                        sourcing.label(),
                        filter.sourcings.contains(sourcing),
                    )
                })
                .collect(),
            more: 0,
        },
        FacetGroup {
            key: "topic",
            title: "Topic",
            options: by_count(topics, &selected_topics),
            more: 0,
        },
        FacetGroup {
            key: "month",
            title: "Month said",
            options: by_month(months, &filter.months),
            more: 0,
        },
    ]
}

/// Runs one facet's grouped count with every filter but its own.
async fn grouped(
    db: &SqlitePool,
    filter: &StatementFilter,
    facet: Facet,
    select: &str,
    group_by: &str,
) -> Result<Vec<(String, String, i64)>> {
    let mut query = QueryBuilder::<Sqlite>::new(select);
    filter.push_conditions(&mut query, Some(facet));
    query.push(group_by);
    Ok(query.build_query_as().fetch_all(db).await?)
}

/// Options with at least one match, then selected ones with none, most frequent first.
fn by_count(rows: Vec<(String, String, i64)>, selected: &[String]) -> Vec<FacetOption> {
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(value, label, count)| FacetOption {
            selected: selected.contains(&value),
            value,
            label,
            count,
        })
        .collect();
    for value in selected {
        if !options.iter().any(|o| &o.value == value) {
            options.push(FacetOption {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    options.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    options
}

/// Months newest first, labelled "August 2025".
fn by_month(rows: Vec<(String, String, i64)>, selected: &[String]) -> Vec<FacetOption> {
    let mut options = by_count(rows, selected);
    for option in &mut options {
        if let Ok(day) = crate::values::Day::parse(&format!("{}-01", option.value)) {
            option.label = day.month_long();
        }
    }
    options.sort_by(|a, b| b.value.cmp(&a.value));
    options
}

fn vocabulary_option(
    rows: &[(String, String, i64)],
    value: &str,
    label: &str,
    selected: bool,
) -> FacetOption {
    FacetOption {
        value: value.to_owned(),
        label: label.to_owned(),
        count: rows
            .iter()
            .find(|(v, _, _)| v == value)
            .map_or(0, |(_, _, n)| *n),
        selected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    /// A small deterministic random source, so that a failure names a filter that repeats.
    struct Dice(u64);

    impl Dice {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % n as u64) as usize
        }

        fn some<'a>(&mut self, options: &'a [String], most: usize) -> Vec<&'a String> {
            (0..self.below(most + 1))
                .map(|_| &options[self.below(options.len())])
                .collect()
        }
    }

    async fn strings(db: &SqlitePool, sql: &'static str) -> Vec<String> {
        sqlx::query_scalar(sql).fetch_all(db).await.unwrap()
    }

    /// A filter query string made of a few random conditions.
    async fn random_filters(db: &SqlitePool, dice: &mut Dice, n: usize) -> Vec<String> {
        let actors = strings(db, "select slug from actor order by id limit 40").await;
        let countries = strings(
            db,
            "select distinct lower(country) from statement_country_match",
        )
        .await;
        let topics = strings(db, "select slug from topic").await;
        let months = strings(
            db,
            "select distinct substr(said_on, 1, 7) from statement where said_on is not null",
        )
        .await;
        let days = strings(
            db,
            "select distinct said_on from statement where said_on is not null",
        )
        .await;
        let words: Vec<String> = [
            "synthetic",
            "statement 12",
            "1*",
            "alias",
            "nothing-like-this",
        ]
        .map(str::to_owned)
        .to_vec();
        let vocab = |all: &[&str]| all.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let kinds = vocab(&["direct", "reported"]);
        let stances = vocab(&["supports", "opposes", "conditional", "neutral"]);
        let sourcings = vocab(&[
            "on_record",
            "spokesperson",
            "second_hand",
            "anonymous",
            "media_report",
        ]);
        let mut filters = Vec::new();
        for _ in 0..n {
            let mut pairs: Vec<(&str, &String)> = Vec::new();
            for (key, options, most) in [
                ("actor", &actors, 2),
                ("country", &countries, 2),
                ("topic", &topics, 2),
                ("month", &months, 2),
                ("kind", &kinds, 1),
                ("stance", &stances, 2),
                ("sourcing", &sourcings, 2),
                ("from", &days, 1),
                ("to", &days, 1),
                ("q", &words, 1),
            ] {
                // Each condition in about one filter of three.
                if dice.below(3) == 0 {
                    pairs.extend(dice.some(options, most).into_iter().map(|v| (key, v)));
                }
            }
            filters.push(
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish(),
            );
        }
        filters
    }

    async fn assert_same_counts(state: &AppState, filters: &[String]) {
        for query in filters {
            let Ok(filter) = StatementFilter::parse(Some(query)) else {
                continue; // a random `from` after `to`
            };
            let (total, groups) = count(state, &filter).await.unwrap();
            let sql_total = crate::filter::count(&state.db, &filter).await.unwrap();
            let sql_groups = assemble(&filter, count_with_sql(&state.db, &filter).await.unwrap());
            assert_eq!(total, sql_total, "total of {query:?}");
            for (mine, sql) in groups.iter().zip(&sql_groups) {
                assert_eq!(mine, sql, "facet {} of {query:?}", sql.key);
            }
        }
    }

    #[test]
    fn a_shortened_facet_keeps_the_first_options_and_every_selected_one() {
        let option = |n: i64, selected: bool| FacetOption {
            value: format!("v{n}"),
            label: format!("Option {n}"),
            count: 100 - n,
            selected,
        };
        let group = FacetGroup {
            key: "actor",
            title: "Speaker",
            options: (0..30).map(|n| option(n, n == 25)).collect(),
            more: 0,
        }
        .shortened(20);
        let values: Vec<&str> = group.options.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(values.len(), 21);
        assert_eq!(values[19], "v19");
        assert_eq!(values[20], "v25");
        assert_eq!(group.more, 9);
    }

    #[tokio::test]
    async fn the_in_memory_counts_equal_the_sql_counts_before_and_after_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("facets.db");
        let db = crate::db::open(&path).await.unwrap();
        crate::synth::generate(&db, 3_000, 11).await.unwrap();
        let state = AppState::new(
            db.clone(),
            Config {
                addr: "127.0.0.1:0".parse().unwrap(),
                db_path: path,
                public_url: String::new(),
                secure_cookies: false,
                max_in_flight: 8,
                header_read_timeout: std::time::Duration::from_secs(5),
            },
        );
        let mut dice = Dice(7);
        let mut filters = random_filters(&db, &mut dice, 300).await;
        // The shapes the page benchmark uses: one list and a date range.
        filters.extend(
            [
                "actor=synthetic-actor-1&from=2023-01-05",
                "actor=synthetic-actor-2&to=2024-02-29",
                "country=fr&from=2022-06-01",
                "country=fr&country=de&from=2022-03-01&to=2023-12-31",
                "topic=synthetic-topic-2&from=2022-05-05&to=2022-09-09",
                "month=2022-07&from=2022-07-10",
                "from=2023-03-03",
            ]
            .map(str::to_owned),
        );
        assert_same_counts(&state, &filters).await;

        // Every kind of change, made straight in the database: the index catches up.
        for sql in [
            "update statement set actor_id = 3, kind = 'direct', stance = null where id % 7 = 0",
            "update statement set said_on = '2021-06-01', date_precision = 'month' where id % 11 = 0",
            "update statement set state = 'retracted', retraction_reason = 'Synthetic',
                 retracted_on = '2025-01-01' where id % 13 = 0",
            "delete from statement_topic where statement_id % 17 = 0",
            "insert or ignore into statement_country (statement_id, country)
                 select id, 'FR' from statement where id % 19 = 0",
            "delete from statement where id % 23 = 0",
            "update actor set country = 'DE' where id = 2",
        ] {
            sqlx::query(sql).execute(&db).await.unwrap();
        }
        assert_same_counts(&state, &filters).await;
    }
}
