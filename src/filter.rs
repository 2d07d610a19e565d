//! The statement filter: the query string every statement list shares (`actor`, `country`,
//! `kind`, `stance`, `topic`, `from`, `to`, and the `after` cursor), parsed strictly and turned
//! into SQL with bound values only.

use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::error::{AppError, Result};
use crate::search::{MAX_QUERY_CHARS, fts_query};
use crate::values::{CountryCode, Day, Slug, Sourcing, Stance, StatementKind};

/// How many values one parameter may repeat.
const MAX_VALUES: usize = 50;

/// One filterable dimension, for counting each option with the other filters applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Actor,
    Country,
    Kind,
    Stance,
    Topic,
    Sourcing,
    Month,
}

/// A position in the newest-first order: after the statement with this sort day and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The statement's day, empty when its date is unknown (those sort last).
    pub sort_day: String,
    pub id: i64,
}

impl Cursor {
    /// Parses the `after` parameter: `2025-08-19_12`, or `_12` for an undated statement.
    pub fn parse(text: &str) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a page position; follow the page links");
        let (day, id) = text.rsplit_once('_').ok_or_else(invalid)?;
        let id: i64 = id.parse().map_err(|_| invalid())?;
        if id < 1 || (!day.is_empty() && Day::parse(day).is_err()) {
            return Err(invalid());
        }
        Ok(Self {
            sort_day: day.to_owned(),
            id,
        })
    }

    /// The `after` parameter's value.
    pub fn encode(&self) -> String {
        format!("{}_{}", self.sort_day, self.id)
    }
}

/// A parsed statement filter. Repeated values of one parameter are a union; different
/// parameters narrow each other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementFilter {
    pub actors: Vec<Slug>,
    pub countries: Vec<CountryCode>,
    pub kinds: Vec<StatementKind>,
    pub stances: Vec<Stance>,
    pub topics: Vec<Slug>,
    pub sourcings: Vec<Sourcing>,
    /// Months said, as `YYYY-MM`.
    pub months: Vec<String>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Words to search for, as typed.
    pub q: Option<String>,
    pub after: Option<Cursor>,
}

impl StatementFilter {
    /// Parses a raw query string. Empty values are ignored (a form's "any" choice); unknown
    /// parameters are ignored; a malformed value is a 400 naming the parameter and the value.
    pub fn parse(query: Option<&str>) -> Result<Self> {
        let mut filter = Self::default();
        for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let bad = |why: String| AppError::bad_request(format!("Invalid {key}: {why}"));
            match key.as_ref() {
                "actor" => filter.actors.push(Slug::parse(value).map_err(bad)?),
                "country" => filter
                    .countries
                    .push(CountryCode::parse(value).map_err(bad)?),
                "kind" => filter
                    .kinds
                    .push(StatementKind::parse(value).ok_or_else(|| {
                        bad(format!(
                            "{value:?}; use one of {}",
                            StatementKind::expected()
                        ))
                    })?),
                "stance" => {
                    filter.stances.push(Stance::parse(value).ok_or_else(|| {
                        bad(format!("{value:?}; use one of {}", Stance::expected()))
                    })?)
                }
                "topic" => filter.topics.push(Slug::parse(value).map_err(bad)?),
                "sourcing" => filter.sourcings.push(Sourcing::parse(value).ok_or_else(|| {
                    bad(format!("{value:?}; use one of {}", Sourcing::expected()))
                })?),
                "month" => filter.months.push(parse_month(value).map_err(bad)?),
                "from" => filter.from = Some(Day::parse(value).map_err(bad)?),
                "to" => filter.to = Some(Day::parse(value).map_err(bad)?),
                "after" => filter.after = Some(Cursor::parse(value).map_err(bad)?),
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        return Err(bad(format!(
                            "the search is longer than {MAX_QUERY_CHARS} characters"
                        )));
                    }
                    filter.q = Some(value.to_owned());
                }
                _ => {}
            }
        }
        filter.normalise()?;
        Ok(filter)
    }

    fn normalise(&mut self) -> Result<()> {
        self.actors = unique(std::mem::take(&mut self.actors));
        self.countries = unique(std::mem::take(&mut self.countries));
        self.kinds = unique(std::mem::take(&mut self.kinds));
        self.stances = unique(std::mem::take(&mut self.stances));
        self.topics = unique(std::mem::take(&mut self.topics));
        self.sourcings = unique(std::mem::take(&mut self.sourcings));
        self.months = unique(std::mem::take(&mut self.months));
        let counts = [
            ("actor", self.actors.len()),
            ("country", self.countries.len()),
            ("topic", self.topics.len()),
        ];
        if let Some((name, _)) = counts.iter().find(|(_, n)| *n > MAX_VALUES) {
            return Err(AppError::bad_request(format!(
                "Too many {name} values: at most {MAX_VALUES} at once."
            )));
        }
        if let (Some(from), Some(to)) = (self.from, self.to)
            && from > to
        {
            return Err(AppError::bad_request(format!(
                "Invalid date range: from ({from}) is after to ({to})."
            )));
        }
        Ok(())
    }

    /// Checks that every actor, country and topic named exists: a typo is a 400, not an
    /// empty page.
    pub async fn check_references(&self, db: &SqlitePool) -> Result<()> {
        for slug in &self.actors {
            let found: bool =
                sqlx::query_scalar("select exists (select 1 from actor where slug = ?)")
                    .bind(slug.as_str())
                    .fetch_one(db)
                    .await?;
            if !found {
                return Err(AppError::bad_request(format!(
                    "Invalid actor: there is no actor {:?}. See /actors for the list.",
                    slug.as_str()
                )));
            }
        }
        for code in &self.countries {
            let found: bool =
                sqlx::query_scalar("select exists (select 1 from country where code = ?)")
                    .bind(code.as_str())
                    .fetch_one(db)
                    .await?;
            if !found {
                return Err(AppError::bad_request(format!(
                    "Invalid country: there is no country {:?}. See /countries for the list.",
                    code.url_form()
                )));
            }
        }
        for slug in &self.topics {
            let found: bool =
                sqlx::query_scalar("select exists (select 1 from topic where slug = ?)")
                    .bind(slug.as_str())
                    .fetch_one(db)
                    .await?;
            if !found {
                return Err(AppError::bad_request(format!(
                    "Invalid topic: there is no topic {:?}.",
                    slug.as_str()
                )));
            }
        }
        Ok(())
    }

    /// Whether any filter (not counting the page position) is set.
    pub fn is_active(&self) -> bool {
        !(self.actors.is_empty()
            && self.countries.is_empty()
            && self.kinds.is_empty()
            && self.stances.is_empty()
            && self.topics.is_empty()
            && self.sourcings.is_empty()
            && self.months.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.q.is_none())
    }

    /// Whether only filters that commitment events share (actor, country, dates) are set.
    pub fn applies_to_events(&self) -> bool {
        self.kinds.is_empty()
            && self.stances.is_empty()
            && self.topics.is_empty()
            && self.q.is_none()
    }

    /// Appends `and …` conditions on the statement alias `s` to a query that already has a
    /// `where`, leaving out one facet's own condition when counting that facet.
    pub fn push_conditions(&self, query: &mut QueryBuilder<Sqlite>, skip: Option<Facet>) {
        query.push(" and s.state = 'published'");
        if skip != Some(Facet::Actor) {
            match self.actors.as_slice() {
                [] => {}
                // An equality lets the planner read the actor index in timeline order.
                [actor] => {
                    query
                        .push(" and s.actor_id = (select id from actor where slug = ")
                        .push_bind(actor.as_str().to_owned())
                        .push(")");
                }
                actors => {
                    query.push(" and s.actor_id in (select id from actor where slug in (");
                    push_list(query, actors.iter().map(|a| a.as_str().to_owned()));
                    query.push("))");
                }
            }
        }
        // Checked per statement read rather than listing every statement of the countries or
        // topics first: pages stop after a few dozen rows.
        if skip != Some(Facet::Country) && !self.countries.is_empty() {
            query.push(
                " and exists (select 1 from statement_country_match cm
                              where cm.statement_id = s.id and cm.country in (",
            );
            push_list(query, self.countries.iter().map(|c| c.as_str().to_owned()));
            query.push("))");
        }
        if skip != Some(Facet::Kind) && !self.kinds.is_empty() {
            query.push(" and s.kind in (");
            push_list(query, self.kinds.iter().map(|k| k.as_str().to_owned()));
            query.push(")");
        }
        if skip != Some(Facet::Stance) && !self.stances.is_empty() {
            query.push(" and s.stance in (");
            push_list(query, self.stances.iter().map(|k| k.as_str().to_owned()));
            query.push(")");
        }
        if skip != Some(Facet::Topic) && !self.topics.is_empty() {
            query.push(
                " and exists (select 1 from statement_topic st
                              where st.statement_id = s.id and st.topic in (",
            );
            push_list(query, self.topics.iter().map(|t| t.as_str().to_owned()));
            query.push("))");
        }
        if skip != Some(Facet::Sourcing) && !self.sourcings.is_empty() {
            query.push(" and s.sourcing in (");
            push_list(query, self.sourcings.iter().map(|k| k.as_str().to_owned()));
            query.push(")");
        }
        if skip != Some(Facet::Month) && !self.months.is_empty() {
            query.push(" and substr(s.said_on, 1, 7) in (");
            push_list(query, self.months.iter().cloned());
            query.push(")");
        }
        // On the sort key rather than `said_on`, so that the timeline indexes read only the
        // range (an unknown date sorts as '', before every day).
        if let Some(from) = self.from {
            query
                .push(" and s.sort_day >= ")
                .push_bind(from.to_string());
        }
        if let Some(to) = self.to {
            query
                .push(" and s.sort_day <= ")
                .push_bind(to.to_string())
                .push(" and s.sort_day > ''");
        }
        if let Some(q) = &self.q {
            match fts_query(q) {
                Some(expression) => {
                    query
                        .push(
                            " and s.id in (select rowid from statement_search
                                           where statement_search match ",
                        )
                        .push_bind(expression)
                        .push(")");
                }
                // Nothing searchable was typed (only punctuation): nothing matches.
                None => {
                    query.push(" and 0");
                }
            }
        }
    }

    /// The query-string pairs of the active filters, in a stable order, without the cursor.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        pairs.extend(self.actors.iter().map(|a| ("actor", a.as_str().to_owned())));
        pairs.extend(self.countries.iter().map(|c| ("country", c.url_form())));
        pairs.extend(self.kinds.iter().map(|k| ("kind", k.as_str().to_owned())));
        pairs.extend(
            self.stances
                .iter()
                .map(|s| ("stance", s.as_str().to_owned())),
        );
        pairs.extend(self.topics.iter().map(|t| ("topic", t.as_str().to_owned())));
        pairs.extend(
            self.sourcings
                .iter()
                .map(|k| ("sourcing", k.as_str().to_owned())),
        );
        pairs.extend(self.months.iter().map(|m| ("month", m.clone())));
        pairs.extend(self.from.map(|d| ("from", d.to_string())));
        pairs.extend(self.to.map(|d| ("to", d.to_string())));
        pairs.extend(self.q.clone().map(|q| ("q", q)));
        pairs
    }

    /// The query string of the active filters (no leading `?`), without the cursor.
    pub fn query_string(&self) -> String {
        encode(self.pairs().iter().map(|(k, v)| (*k, v.as_str())))
    }

    /// The query string with one value removed: the link behind an active filter's "remove".
    pub fn query_string_without(&self, key: &str, value: &str) -> String {
        encode(
            self.pairs()
                .iter()
                .filter(|(k, v)| !(*k == key && v == value))
                .map(|(k, v)| (*k, v.as_str())),
        )
    }

    /// The query string with one value added: the link behind a facet option.
    pub fn query_string_with(&self, key: &'static str, value: &str) -> String {
        let mut pairs = self.pairs();
        if !pairs.iter().any(|(k, v)| *k == key && v == value) {
            pairs.push((key, value.to_owned()));
        }
        encode(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    }

    /// The query string of the page after `cursor`, keeping every filter.
    pub fn query_string_after(&self, cursor: &Cursor) -> String {
        let mut pairs = self.pairs();
        pairs.push(("after", cursor.encode()));
        encode(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    }
}

/// One page of statement ids in newest-first order, and where the next page starts.
#[derive(Debug, Default)]
pub struct Page {
    pub ids: Vec<i64>,
    /// The sort days of the page's first and last statements.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    pub next: Option<Cursor>,
}

/// Pushes the query for one page: statements matching `filter` after its cursor, newest first.
///
/// Every shape reads an index already in timeline order and stops after `size + 1` rows: the
/// actor index when speakers are named, the country-match index when one country is, and the
/// timeline index otherwise.
pub fn push_page_query(query: &mut QueryBuilder<Sqlite>, filter: &StatementFilter, size: usize) {
    let by_country = filter.actors.is_empty() && filter.countries.len() == 1;
    let (key, order) = if by_country {
        query.push(
            "select m.statement_id as id, m.sort_day from statement_country_match m
             join statement s on s.id = m.statement_id where m.country = ",
        );
        query.push_bind(filter.countries[0].as_str().to_owned());
        filter.push_conditions(query, Some(Facet::Country));
        if let Some(from) = filter.from {
            query
                .push(" and m.sort_day >= ")
                .push_bind(from.to_string());
        }
        if let Some(to) = filter.to {
            query.push(" and m.sort_day <= ").push_bind(to.to_string());
        }
        (
            "(m.sort_day, m.statement_id)",
            "m.sort_day desc, m.statement_id desc",
        )
    } else {
        // One speaker's statements are fewer than a date range's: read them, not the range.
        query.push(if filter.actors.len() == 1 {
            "select s.id, s.sort_day from statement s indexed by statement_actor where 1 = 1"
        } else {
            "select s.id, s.sort_day from statement s where 1 = 1"
        });
        filter.push_conditions(query, None);
        ("(s.sort_day, s.id)", "s.sort_day desc, s.id desc")
    };
    if let Some(after) = &filter.after {
        query
            .push(format_args!(" and {key} < ("))
            .push_bind(after.sort_day.clone())
            .push(", ")
            .push_bind(after.id)
            .push(")");
    }
    query
        .push(format_args!(" order by {order} limit "))
        .push_bind(size as i64 + 1);
}

impl Page {
    /// The page made of up to `size + 1` `(id, sort day)` positions in timeline order (the
    /// one beyond `size` only tells that there is a next page). The positions are cut to
    /// `size`.
    pub fn of_positions(mut rows: Vec<(i64, String)>, size: usize) -> Self {
        let next = if rows.len() > size {
            rows.truncate(size);
            rows.last().map(|(id, day)| Cursor {
                sort_day: day.clone(),
                id: *id,
            })
        } else {
            None
        };
        Page {
            first_day: rows.first().map(|(_, day)| day.clone()),
            last_day: rows.last().map(|(_, day)| day.clone()),
            ids: rows.into_iter().map(|(id, _)| id).collect(),
            next,
        }
    }
}

/// Counts the statements matching `filter` (ignoring its cursor).
pub async fn count(db: &SqlitePool, filter: &StatementFilter) -> Result<i64> {
    let mut query = QueryBuilder::<Sqlite>::new("select count(*) from statement s where 1 = 1");
    filter.push_conditions(&mut query, None);
    Ok(query.build_query_scalar().fetch_one(db).await?)
}

/// A month as `YYYY-MM`.
fn parse_month(text: &str) -> Result<String, String> {
    Day::parse(&format!("{text}-01"))
        .map(|_| text.to_owned())
        .map_err(|_| format!("{text:?} is not a month: write it as YYYY-MM"))
}

fn unique<T: PartialEq>(values: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for value in values {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

fn push_list(query: &mut QueryBuilder<Sqlite>, values: impl Iterator<Item = String>) {
    let mut list = query.separated(", ");
    for value in values {
        list.push_bind(value);
    }
}

fn encode<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Result<StatementFilter> {
        StatementFilter::parse(Some(query))
    }

    #[test]
    fn repeated_values_are_kept_once_each() {
        let filter =
            parse("actor=lavrov&actor=leavitt&actor=lavrov&country=RU&country=ru").unwrap();
        assert_eq!(filter.actors.len(), 2);
        assert_eq!(filter.countries.len(), 1);
        assert_eq!(
            filter.query_string(),
            "actor=lavrov&actor=leavitt&country=ru"
        );
    }

    #[test]
    fn empty_values_and_unknown_parameters_are_ignored() {
        let filter = parse("actor=&kind=&utm_source=x").unwrap();
        assert!(!filter.is_active());
    }

    #[test]
    fn bad_values_name_the_parameter() {
        let cases = [
            ("kind=quote", "Invalid kind"),
            ("stance=maybe", "Invalid stance"),
            ("country=fra", "Invalid country"),
            ("actor=Not%20A%20Slug", "Invalid actor"),
            ("from=2025-02-30", "Invalid from"),
            ("to=yesterday", "Invalid to"),
            ("after=xyz", "Invalid after"),
            (
                "from=2025-09-01&to=2025-08-01",
                "from (2025-09-01) is after to",
            ),
        ];
        for (query, message) in cases {
            match parse(query) {
                Err(AppError::BadRequest(text)) => {
                    assert!(text.contains(message), "{query}: {text}")
                }
                other => panic!("{query}: {other:?}"),
            }
        }
    }

    #[test]
    fn cursors_round_trip() {
        for text in ["2025-08-19_12", "_7"] {
            assert_eq!(Cursor::parse(text).unwrap().encode(), text);
        }
        for bad in [
            "",
            "12",
            "2025-08-19_",
            "2025-08-19_-1",
            "2025-02-30_3",
            "x_3",
        ] {
            assert!(Cursor::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    /// The query plan of a page of `query` on a real, migrated database.
    async fn plan(db: &SqlitePool, query: &str) -> String {
        let mut filter = parse(query).unwrap();
        filter.after = Some(Cursor::parse("2025-08-20_9").unwrap());
        let mut explain = QueryBuilder::<Sqlite>::new("explain query plan ");
        push_page_query(&mut explain, &filter, 50);
        let rows: Vec<(i64, i64, i64, String)> =
            explain.build_query_as().fetch_all(db).await.unwrap();
        rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n")
    }

    #[tokio::test]
    async fn every_page_shape_reads_an_index_in_timeline_order() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::db::open(&dir.path().join("plan.db")).await.unwrap();
        for (query, index) in [
            ("", "statement_timeline"),
            ("kind=direct&from=2025-01-01", "statement_timeline"),
            ("actor=lavrov", "statement_actor"),
            ("actor=lavrov&country=ru", "statement_actor"),
            (
                "from=2025-01-01&to=2025-06-30",
                "statement_timeline (state=? AND sort_day>? AND sort_day<?",
            ),
            (
                "actor=lavrov&to=2025-06-30",
                "statement_actor (actor_id=? AND state=? AND sort_day>? AND sort_day<?",
            ),
            (
                "country=ru&from=2025-01-01",
                "PRIMARY KEY (country=? AND sort_day>?",
            ),
            ("country=ru", "SEARCH m USING PRIMARY KEY (country=?"),
            (
                "country=ru&kind=direct&stance=opposes",
                "SEARCH m USING PRIMARY KEY (country=?",
            ),
        ] {
            let plan = plan(&db, query).await;
            assert!(
                plan.contains(index),
                "{query:?} does not use {index}:\n{plan}"
            );
            assert!(!plan.contains("TEMP B-TREE"), "{query:?} sorts:\n{plan}");
        }
    }

    #[test]
    fn links_add_and_remove_single_values() {
        let filter = parse("actor=lavrov&kind=direct").unwrap();
        assert_eq!(
            filter.query_string_without("actor", "lavrov"),
            "kind=direct"
        );
        assert_eq!(
            filter.query_string_with("country", "ru"),
            "actor=lavrov&kind=direct&country=ru"
        );
        let cursor = Cursor::parse("2025-08-19_3").unwrap();
        assert_eq!(
            filter.query_string_after(&cursor),
            "actor=lavrov&kind=direct&after=2025-08-19_3"
        );
    }
}
