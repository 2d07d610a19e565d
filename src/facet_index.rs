//! Facet counts and totals for the statement filter, from compact columns kept in memory.
//!
//! Counting with SQL rescans every matching row, once per facet, for every new filter: seconds
//! at a million statements. Here each published statement is one small row (speaker, day,
//! kind, stance, sourcing, and its countries and topics), with lists of statements by actor,
//! country, topic and month. A filter scans only the shortest list that bounds its matches and
//! counts every facet in that one pass; the counts with no filter are kept up to date as
//! statements change.
//!
//! The columns are read from the database once per process and then catch up from
//! `statement_change`, which triggers fill on every write, so writes made by any program are
//! seen by the next count.

use std::collections::HashMap;
use std::sync::RwLock;

use sqlx::SqlitePool;
use tokio::sync::{Mutex, OnceCell};

use crate::error::Result;
use crate::filter::StatementFilter;
use crate::search::fts_query;
use crate::values::{Sourcing, Stance, StatementKind};

/// A count of one facet option.
pub type Tally<K> = Vec<(K, i64)>;

/// What a filter matches: the total, and for each facet how many statements each option would
/// match with the other filters kept (only options with at least one).
#[derive(Debug, Default, PartialEq)]
pub struct FacetCounts {
    pub total: i64,
    /// Actor ids.
    pub actors: Tally<i64>,
    /// Upper-case country codes.
    pub countries: Tally<String>,
    pub kinds: Tally<&'static str>,
    pub stances: Tally<&'static str>,
    pub sourcings: Tally<&'static str>,
    /// Topic slugs.
    pub topics: Tally<String>,
    /// Months as `YYYY-MM`.
    pub months: Tally<String>,
}

/// Bits of a row's failed conditions: one per facet, and one for the conditions no facet
/// leaves out (the date range and the full-text search).
const ACTOR: u8 = 1;
const COUNTRY: u8 = 1 << 1;
const KIND: u8 = 1 << 2;
const STANCE: u8 = 1 << 3;
const TOPIC: u8 = 1 << 4;
const SOURCING: u8 = 1 << 5;
const MONTH: u8 = 1 << 6;
const OTHER: u8 = 1 << 7;
const EVERY_FACET: u8 = !OTHER;

/// No stance, no month, no row.
const NONE_U8: u8 = u8::MAX;
const NONE_U16: u16 = u16::MAX;

/// Changes applied one by one below this many; above it the columns are read again whole.
const REBUILD_AFTER_CHANGES: usize = 100_000;
/// Statement ids read in one query when reading them all.
const BLOCK: usize = 8192;
/// Read change rows are deleted once this many have gathered.
const PRUNE_AFTER_CHANGES: i64 = 10_000;

/// One published statement. `actor == 0` marks an id with no published statement.
#[derive(Debug, Clone, Copy, Default)]
struct Row {
    actor: u32,
    /// `yyyymmdd`, 0 when the date is unknown.
    day: u32,
    countries_start: u32,
    topics_start: u32,
    /// Index into `Columns::months`, `NONE_U16` when the date is unknown.
    month: u16,
    countries_len: u8,
    topics_len: u8,
    kind: u8,
    stance: u8,
    sourcing: u8,
    /// Whether the date is known to the day (not only the month).
    to_the_day: bool,
}

/// Names (country codes, topic slugs, months) numbered in the order first seen.
#[derive(Debug, Default)]
struct Names {
    names: Vec<String>,
    numbers: HashMap<String, u16>,
}

impl Names {
    fn number(&mut self, name: &str) -> u16 {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        let n = u16::try_from(self.names.len()).expect("fewer than 65,535 names");
        self.names.push(name.to_owned());
        self.numbers.insert(name.to_owned(), n);
        n
    }

    fn find(&self, name: &str) -> Option<u16> {
        self.numbers.get(name).copied()
    }
}

/// Counts by option, as arrays indexed by number.
#[derive(Debug, Clone, Default)]
struct Counts {
    total: i64,
    actors: Vec<i64>,
    countries: Vec<i64>,
    kinds: [i64; 8],
    stances: [i64; 8],
    sourcings: [i64; 8],
    topics: Vec<i64>,
    months: Vec<i64>,
}

fn bump(counts: &mut Vec<i64>, at: usize, delta: i64) {
    if counts.len() <= at {
        counts.resize(at + 1, 0);
    }
    counts[at] += delta;
}

impl Counts {
    /// Adds `delta` for `row` to the facets in `facets` (and to the total when all are).
    fn add(&mut self, row: &Row, lists: &[u16], facets: u8, delta: i64) {
        if facets == EVERY_FACET {
            self.total += delta;
        }
        if facets & ACTOR != 0 {
            bump(&mut self.actors, row.actor as usize, delta);
        }
        if facets & COUNTRY != 0 {
            for &c in countries_of(row, lists) {
                bump(&mut self.countries, c as usize, delta);
            }
        }
        if facets & KIND != 0 {
            self.kinds[row.kind as usize] += delta;
        }
        if facets & STANCE != 0 && row.stance != NONE_U8 {
            self.stances[row.stance as usize] += delta;
        }
        if facets & TOPIC != 0 {
            for &t in topics_of(row, lists) {
                bump(&mut self.topics, t as usize, delta);
            }
        }
        if facets & SOURCING != 0 {
            self.sourcings[row.sourcing as usize] += delta;
        }
        if facets & MONTH != 0 && row.month != NONE_U16 {
            bump(&mut self.months, row.month as usize, delta);
        }
    }

    /// Takes one facet's counts from `other`.
    fn take(&mut self, other: &Counts, facet: u8) {
        match facet {
            ACTOR => self.actors.clone_from(&other.actors),
            COUNTRY => self.countries.clone_from(&other.countries),
            KIND => self.kinds = other.kinds,
            STANCE => self.stances = other.stances,
            TOPIC => self.topics.clone_from(&other.topics),
            SOURCING => self.sourcings = other.sourcings,
            MONTH => self.months.clone_from(&other.months),
            _ => {}
        }
    }
}

fn countries_of<'a>(row: &Row, lists: &'a [u16]) -> &'a [u16] {
    let start = row.countries_start as usize;
    &lists[start..start + row.countries_len as usize]
}

fn topics_of<'a>(row: &Row, lists: &'a [u16]) -> &'a [u16] {
    let start = row.topics_start as usize;
    &lists[start..start + row.topics_len as usize]
}

/// The columns: rows by statement id, the lists that bound a filter's matches, and the counts
/// with no filter.
#[derive(Debug, Default)]
struct Columns {
    /// The last `statement_change` applied.
    seq: i64,
    /// The last `statement_change` deleted.
    pruned: i64,
    rows: Vec<Row>,
    /// Country and topic numbers of every row, in runs.
    lists: Vec<u16>,
    countries: Names,
    topics: Names,
    months: Names,
    by_actor: Vec<Vec<u32>>,
    by_country: Vec<Vec<u32>>,
    by_topic: Vec<Vec<u32>>,
    by_month: Vec<Vec<u32>>,
    /// Whether the lists are in `sort_key` order (they are once read).
    sorted: bool,
    everything: Counts,
}

/// `id, actor_id, said_on, date_precision, kind, stance, sourcing` of a statement.
type StatementRow = (
    i64,
    i64,
    Option<String>,
    String,
    String,
    Option<String>,
    String,
);

/// A statement as read from the database.
struct Loaded {
    id: i64,
    actor: i64,
    said_on: Option<String>,
    date_precision: String,
    kind: String,
    stance: Option<String>,
    sourcing: String,
    countries: Vec<String>,
    topics: Vec<String>,
}

fn position<T: PartialEq + Copy>(all: &[T], value: T) -> u8 {
    all.iter()
        .position(|v| *v == value)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(0)
}

fn day_number(said_on: Option<&str>) -> u32 {
    said_on
        .map(|d| d.replace('-', ""))
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

/// Where a statement sorts in a list: by day, then id (unknown days first).
fn sort_key(rows: &[Row], id: u32) -> (u32, u32) {
    (rows.get(id as usize).map_or(0, |r| r.day), id)
}

/// Takes `id` out of a list sorted by `sort_key` (its row still in place).
fn remove_id(list: &mut Vec<u32>, rows: &[Row], id: u32) {
    let key = sort_key(rows, id);
    let at = list.partition_point(|&x| sort_key(rows, x) < key);
    if list.get(at) == Some(&id) {
        list.remove(at);
    }
}

/// Puts `id` in list `at`: in order once the lists are sorted, at the end while reading all.
fn push_to(lists: &mut Vec<Vec<u32>>, at: usize, rows: &[Row], id: u32, sorted: bool) {
    if lists.len() <= at {
        lists.resize_with(at + 1, Vec::new);
    }
    let list = &mut lists[at];
    if sorted {
        let key = sort_key(rows, id);
        let at = list.partition_point(|&x| sort_key(rows, x) < key);
        list.insert(at, id);
    } else {
        list.push(id);
    }
}

/// The part of a sorted list said within `[from, to]` (`yyyymmdd`).
fn within<'a>(list: &'a [u32], rows: &[Row], from: u32, to: u32) -> &'a [u32] {
    let day = |x: u32| rows.get(x as usize).map_or(0, |r| r.day);
    let start = list.partition_point(|&x| day(x) < from);
    let end = list.partition_point(|&x| day(x) <= to);
    &list[start..end.max(start)]
}

impl Columns {
    fn row(&self, id: u32) -> Option<&Row> {
        self.rows.get(id as usize).filter(|r| r.actor != 0)
    }

    /// Puts a published statement in (replacing what was there for its id).
    fn insert(&mut self, statement: &Loaded) {
        let Ok(id) = u32::try_from(statement.id) else {
            return;
        };
        let Ok(actor) = u32::try_from(statement.actor) else {
            return;
        };
        self.remove(id);
        let countries: Vec<u16> = statement
            .countries
            .iter()
            .map(|c| self.countries.number(c))
            .collect();
        let topics: Vec<u16> = statement
            .topics
            .iter()
            .map(|t| self.topics.number(t))
            .collect();
        let month = match statement.said_on.as_deref() {
            Some(day) => self.months.number(&day[..7.min(day.len())]),
            None => NONE_U16,
        };
        let row = Row {
            actor,
            day: day_number(statement.said_on.as_deref()),
            countries_start: u32::try_from(self.lists.len()).unwrap_or(u32::MAX),
            countries_len: u8::try_from(countries.len()).unwrap_or(u8::MAX),
            topics_start: u32::try_from(self.lists.len() + countries.len()).unwrap_or(u32::MAX),
            topics_len: u8::try_from(topics.len()).unwrap_or(u8::MAX),
            month,
            kind: StatementKind::parse(&statement.kind)
                .map_or(0, |k| position(StatementKind::ALL, k)),
            stance: statement
                .stance
                .as_deref()
                .and_then(Stance::parse)
                .map_or(NONE_U8, |s| position(Stance::ALL, s)),
            sourcing: Sourcing::parse(&statement.sourcing)
                .map_or(0, |s| position(Sourcing::ALL, s)),
            to_the_day: statement.date_precision == "day",
        };
        self.lists.extend(&countries[..row.countries_len as usize]);
        self.lists.extend(&topics[..row.topics_len as usize]);
        if self.rows.len() <= id as usize {
            self.rows.resize(id as usize + 1, Row::default());
        }
        self.rows[id as usize] = row;
        let sorted = self.sorted;
        push_to(&mut self.by_actor, actor as usize, &self.rows, id, sorted);
        for &c in &countries {
            push_to(&mut self.by_country, c as usize, &self.rows, id, sorted);
        }
        for &t in &topics {
            push_to(&mut self.by_topic, t as usize, &self.rows, id, sorted);
        }
        if month != NONE_U16 {
            push_to(&mut self.by_month, month as usize, &self.rows, id, sorted);
        }
        self.everything.add(&row, &self.lists, EVERY_FACET, 1);
    }

    /// Adds a country (`COUNTRY`) or topic (`TOPIC`) to a statement while reading all of them:
    /// they come ordered by statement, so each statement's run is contiguous.
    fn attach(&mut self, id: i64, name: &str, list: u8) {
        let Some(id) = u32::try_from(id).ok().filter(|&id| self.row(id).is_some()) else {
            return;
        };
        let number = match list {
            COUNTRY => self.countries.number(name),
            _ => self.topics.number(name),
        };
        let end = u32::try_from(self.lists.len()).unwrap_or(u32::MAX);
        let row = &mut self.rows[id as usize];
        let (start, len) = match list {
            COUNTRY => (&mut row.countries_start, &mut row.countries_len),
            _ => (&mut row.topics_start, &mut row.topics_len),
        };
        if *len == 0 {
            *start = end;
        } else if *start + u32::from(*len) != end || *len == u8::MAX {
            // Not the run being read: only happens if rows come out of order; skip it.
            return;
        }
        *len += 1;
        self.lists.push(number);
        match list {
            COUNTRY => {
                push_to(&mut self.by_country, number as usize, &self.rows, id, false);
                bump(&mut self.everything.countries, number as usize, 1);
            }
            _ => {
                push_to(&mut self.by_topic, number as usize, &self.rows, id, false);
                bump(&mut self.everything.topics, number as usize, 1);
            }
        }
    }

    /// Takes a statement out, if it is in.
    fn remove(&mut self, id: u32) {
        let Some(row) = self.row(id).copied() else {
            return;
        };
        self.everything.add(&row, &self.lists, EVERY_FACET, -1);
        remove_id(&mut self.by_actor[row.actor as usize], &self.rows, id);
        for &c in countries_of(&row, &self.lists) {
            remove_id(&mut self.by_country[c as usize], &self.rows, id);
        }
        for &t in topics_of(&row, &self.lists) {
            remove_id(&mut self.by_topic[t as usize], &self.rows, id);
        }
        if row.month != NONE_U16 {
            remove_id(&mut self.by_month[row.month as usize], &self.rows, id);
        }
        self.rows[id as usize] = Row::default();
    }

    /// Counts what `query` matches.
    fn count(&self, query: &Query) -> Counts {
        let mut drivers = self.drivers(query);
        drivers.sort_by_key(|d| d.size);
        let Some(first) = drivers.first() else {
            return if query.is_empty() {
                self.everything.clone()
            } else {
                let mut counts = Counts::default();
                self.scan(query, &Driver::all(self), EVERY_FACET, &mut counts);
                counts
            };
        };
        let mut counts = Counts::default();
        self.scan(query, first, EVERY_FACET, &mut counts);
        // The shortest list holds only rows that meet its own condition, so its facet is
        // counted from another list, or from every row, or is the unfiltered count.
        let own = first.facet;
        let only_dates = query.ids.is_none() && query.conditions() & !own == OTHER;
        if own != OTHER {
            let mut own_counts = Counts::default();
            if only_dates && let Some(lists) = self.lists_of_facet(own) {
                // Each option's count is the length of its list within the range.
                let (from, to) = query.range();
                let lengths: Vec<i64> = lists
                    .iter()
                    .map(|list| within(list, &self.rows, from, to).len() as i64)
                    .collect();
                match own {
                    ACTOR => counts.actors = lengths,
                    COUNTRY => counts.countries = lengths,
                    TOPIC => counts.topics = lengths,
                    _ => counts.months = lengths,
                }
            } else if let Some(second) = drivers.iter().find(|d| d.facet != own) {
                self.scan(query, second, own, &mut own_counts);
                counts.take(&own_counts, own);
            } else if query.conditions() & !own != 0 {
                self.scan(query, &Driver::all(self), own, &mut own_counts);
                counts.take(&own_counts, own);
            } else {
                counts.take(&self.everything, own);
            }
        }
        counts
    }

    /// The lists of one facet's options.
    fn lists_of_facet(&self, facet: u8) -> Option<&[Vec<u32>]> {
        match facet {
            ACTOR => Some(&self.by_actor),
            COUNTRY => Some(&self.by_country),
            TOPIC => Some(&self.by_topic),
            MONTH => Some(&self.by_month),
            _ => None,
        }
    }

    /// Adds up, over the rows `driver` lists, the facets in `facets` for rows that fail no
    /// condition, or only that facet's own.
    fn scan(&self, query: &Query, driver: &Driver<'_>, facets: u8, counts: &mut Counts) {
        let mut visit = |id: u32| {
            let Some(row) = self.row(id) else {
                return;
            };
            let failed = query.failed(id, row, &self.lists);
            if failed == 0 {
                counts.add(row, &self.lists, facets, 1);
            } else if failed.count_ones() == 1 && failed & facets & EVERY_FACET != 0 {
                counts.add(row, &self.lists, failed, 1);
            }
        };
        match &driver.source {
            Source::All => (1..self.rows.len()).for_each(|id| visit(id as u32)),
            Source::Lists { lists, keys } => {
                for (k, list) in lists.iter().enumerate() {
                    for &id in *list {
                        // A row in two of the lists is visited from the first only.
                        if let (Some(keys), Some(row)) = (keys, self.row(id)) {
                            let mine = match driver.facet {
                                COUNTRY => countries_of(row, &self.lists),
                                _ => topics_of(row, &self.lists),
                            };
                            if mine.iter().any(|m| keys[..k].contains(m)) {
                                continue;
                            }
                        }
                        visit(id);
                    }
                }
            }
        }
    }

    /// The lists that bound the query's matches, one per condition that has them.
    fn drivers<'a>(&'a self, query: &'a Query) -> Vec<Driver<'a>> {
        let mut drivers = Vec::new();
        // With a date range, only the part of each list within it.
        let (from, to) = query.range();
        let lists_of = |all: &'a [Vec<u32>], keys: &mut dyn Iterator<Item = usize>| {
            keys.map(|k| {
                let list = all.get(k).map_or(&[][..], Vec::as_slice);
                within(list, &self.rows, from, to)
            })
            .collect::<Vec<&'a [u32]>>()
        };
        if let Some(actors) = &query.actors {
            let lists = lists_of(&self.by_actor, &mut actors.iter().map(|&a| a as usize));
            drivers.push(Driver::new(ACTOR, lists, None));
        }
        if let Some(countries) = &query.countries {
            let lists = lists_of(&self.by_country, &mut countries.iter().map(|&c| c.into()));
            drivers.push(Driver::new(COUNTRY, lists, Some(countries.clone())));
        }
        if let Some(topics) = &query.topics {
            let lists = lists_of(&self.by_topic, &mut topics.iter().map(|&t| t.into()));
            drivers.push(Driver::new(TOPIC, lists, Some(topics.clone())));
        }
        if let Some(months) = &query.months {
            let lists = lists_of(&self.by_month, &mut months.iter().map(|&m| m.into()));
            drivers.push(Driver::new(MONTH, lists, None));
        }
        if query.from.is_some() || query.to.is_some() {
            // The months the range touches (`yyyymm`), each cut to the range by `lists_of`.
            let months = from / 100..=to / 100;
            let lists = lists_of(
                &self.by_month,
                &mut self.months.names.iter().enumerate().filter_map(|(k, m)| {
                    let month = day_number(Some(&format!("{m}-01"))) / 100;
                    months.contains(&month).then_some(k)
                }),
            );
            drivers.push(Driver::new(OTHER, lists, None));
        }
        if let Some(ids) = &query.ids {
            drivers.push(Driver::new(OTHER, vec![ids.as_slice()], None));
        }
        drivers
    }

    fn facet_counts(&self, counts: Counts) -> FacetCounts {
        fn tally<K>(counts: &[i64], key: impl Fn(usize) -> Option<K>) -> Tally<K> {
            counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .filter_map(|(i, n)| key(i).map(|k| (k, *n)))
                .collect()
        }
        fn name(names: &Names) -> impl Fn(usize) -> Option<String> + '_ {
            move |i| names.names.get(i).cloned()
        }
        FacetCounts {
            total: counts.total,
            actors: tally(&counts.actors, |i| Some(i as i64)),
            countries: tally(&counts.countries, name(&self.countries)),
            kinds: tally(&counts.kinds, |i| {
                StatementKind::ALL.get(i).map(|k| k.as_str())
            }),
            stances: tally(&counts.stances, |i| Stance::ALL.get(i).map(|s| s.as_str())),
            sourcings: tally(&counts.sourcings, |i| {
                Sourcing::ALL.get(i).map(|s| s.as_str())
            }),
            topics: tally(&counts.topics, name(&self.topics)),
            months: tally(&counts.months, name(&self.months)),
        }
    }
}

/// Where a scan takes its rows from.
enum Source<'a> {
    All,
    /// The union of lists; `keys` name them when a row can be in several.
    Lists {
        lists: Vec<&'a [u32]>,
        keys: Option<Vec<u16>>,
    },
}

struct Driver<'a> {
    /// The facet whose condition every listed row meets (`OTHER` for date range and search).
    facet: u8,
    size: usize,
    source: Source<'a>,
}

impl<'a> Driver<'a> {
    fn new(facet: u8, lists: Vec<&'a [u32]>, keys: Option<Vec<u16>>) -> Self {
        Self {
            facet,
            size: lists.iter().map(|l| l.len()).sum(),
            source: Source::Lists { lists, keys },
        }
    }

    fn all(columns: &Columns) -> Self {
        Self {
            facet: OTHER,
            size: columns.rows.len(),
            source: Source::All,
        }
    }
}

/// A filter in the columns' numbers. `Some(empty)` lists match nothing.
#[derive(Debug, Default)]
struct Query {
    actors: Option<Vec<u32>>,
    countries: Option<Vec<u16>>,
    topics: Option<Vec<u16>>,
    months: Option<Vec<u16>>,
    /// Bit masks of the allowed values; 0 when not filtered.
    kinds: u8,
    stances: u8,
    sourcings: u8,
    from: Option<u32>,
    to: Option<u32>,
    /// Statements the full-text search found, sorted.
    ids: Option<Vec<u32>>,
}

impl Query {
    /// The days said, `yyyymmdd`, every statement may be in; unknown dates (0) are out of any
    /// range.
    fn range(&self) -> (u32, u32) {
        if self.from.is_none() && self.to.is_none() {
            return (0, u32::MAX);
        }
        (self.from.unwrap_or(1).max(1), self.to.unwrap_or(u32::MAX))
    }

    fn is_empty(&self) -> bool {
        self.conditions() == 0
    }

    /// The bits of the conditions set.
    fn conditions(&self) -> u8 {
        let mut bits = 0;
        let mut set = |on: bool, bit: u8| {
            if on {
                bits |= bit;
            }
        };
        set(self.actors.is_some(), ACTOR);
        set(self.countries.is_some(), COUNTRY);
        set(self.kinds != 0, KIND);
        set(self.stances != 0, STANCE);
        set(self.topics.is_some(), TOPIC);
        set(self.sourcings != 0, SOURCING);
        set(self.months.is_some(), MONTH);
        set(
            self.from.is_some() || self.to.is_some() || self.ids.is_some(),
            OTHER,
        );
        bits
    }

    /// The conditions `row` fails.
    fn failed(&self, id: u32, row: &Row, lists: &[u16]) -> u8 {
        let mut failed = 0;
        if let Some(actors) = &self.actors
            && !actors.contains(&row.actor)
        {
            failed |= ACTOR;
        }
        if let Some(countries) = &self.countries
            && !countries_of(row, lists)
                .iter()
                .any(|c| countries.contains(c))
        {
            failed |= COUNTRY;
        }
        if self.kinds != 0 && self.kinds & (1 << row.kind) == 0 {
            failed |= KIND;
        }
        if self.stances != 0 && (row.stance == NONE_U8 || self.stances & (1 << row.stance) == 0) {
            failed |= STANCE;
        }
        if let Some(topics) = &self.topics
            && !topics_of(row, lists).iter().any(|t| topics.contains(t))
        {
            failed |= TOPIC;
        }
        if self.sourcings != 0 && self.sourcings & (1 << row.sourcing) == 0 {
            failed |= SOURCING;
        }
        if let Some(months) = &self.months
            && (row.month == NONE_U16 || !months.contains(&row.month))
        {
            failed |= MONTH;
        }
        let out_of_range = self.from.is_some_and(|from| row.day == 0 || row.day < from)
            || self.to.is_some_and(|to| row.day == 0 || row.day > to);
        let not_found = self
            .ids
            .as_ref()
            .is_some_and(|ids| ids.binary_search(&id).is_err());
        if out_of_range || not_found {
            failed |= OTHER;
        }
        failed
    }
}

fn mask<T: PartialEq + Copy>(all: &[T], chosen: &[T]) -> u8 {
    chosen.iter().fold(0, |m, c| m | (1 << position(all, *c)))
}

/// The in-memory facet index of one server.
#[derive(Debug, Default)]
pub struct FacetIndex {
    columns: OnceCell<RwLock<Columns>>,
    /// One catch-up at a time.
    catching_up: Mutex<()>,
    /// The facet options' labels, kept by `facets`.
    pub labels: std::sync::Mutex<Option<std::sync::Arc<crate::facets::Labels>>>,
}

impl FacetIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the columns now, so that the first reader does not wait for them.
    pub async fn warm(&self, db: &SqlitePool) -> Result<()> {
        self.ready(db).await.map(|_| ())
    }

    /// The total and facet counts of `filter` (its cursor aside).
    pub async fn count(&self, db: &SqlitePool, filter: &StatementFilter) -> Result<FacetCounts> {
        let mut ids = Vec::new();
        for slug in &filter.actors {
            let id: Option<i64> = sqlx::query_scalar("select id from actor where slug = ?")
                .bind(slug.as_str())
                .fetch_optional(db)
                .await?;
            ids.extend(id);
        }
        self.count_for_actors(db, filter, &ids).await
    }

    /// [`FacetIndex::count`] with the ids of the filter's actors already looked up (those
    /// that do not exist left out).
    pub async fn count_for_actors(
        &self,
        db: &SqlitePool,
        filter: &StatementFilter,
        actor_ids: &[i64],
    ) -> Result<FacetCounts> {
        let columns = self.ready(db).await?;
        let actors = (!filter.actors.is_empty()).then(|| {
            actor_ids
                .iter()
                .filter_map(|&id| u32::try_from(id).ok())
                .collect()
        });
        let ids = match &filter.q {
            None => None,
            Some(q) => Some(match fts_query(q) {
                None => Vec::new(),
                Some(expression) => {
                    let rows: Vec<i64> = sqlx::query_scalar(
                        "select rowid from statement_search where statement_search match ?",
                    )
                    .bind(expression)
                    .fetch_all(db)
                    .await?;
                    let mut ids: Vec<u32> = rows
                        .into_iter()
                        .filter_map(|id| u32::try_from(id).ok())
                        .collect();
                    ids.sort_unstable();
                    ids
                }
            }),
        };
        let columns = columns.read().unwrap_or_else(|e| e.into_inner());
        let numbers = |names: &Names, chosen: Vec<String>| -> Option<Vec<u16>> {
            (!chosen.is_empty()).then(|| chosen.iter().filter_map(|n| names.find(n)).collect())
        };
        let query = Query {
            actors,
            countries: numbers(
                &columns.countries,
                filter
                    .countries
                    .iter()
                    .map(|c| c.as_str().to_owned())
                    .collect(),
            ),
            topics: numbers(
                &columns.topics,
                filter
                    .topics
                    .iter()
                    .map(|t| t.as_str().to_owned())
                    .collect(),
            ),
            months: numbers(&columns.months, filter.months.clone()),
            kinds: mask(StatementKind::ALL, &filter.kinds),
            stances: mask(Stance::ALL, &filter.stances),
            sourcings: mask(Sourcing::ALL, &filter.sourcings),
            from: filter.from.map(|d| day_number(Some(&d.to_string()))),
            to: filter.to.map(|d| day_number(Some(&d.to_string()))),
            ids,
        };
        let counts = columns.count(&query);
        Ok(columns.facet_counts(counts))
    }

    /// Those of `statements` that are published statements by `actor_id`, in the order given.
    pub async fn by_actor_among(
        &self,
        db: &SqlitePool,
        actor_id: i64,
        statements: &[i64],
    ) -> Result<Vec<i64>> {
        let columns = self.ready(db).await?;
        let columns = columns.read().unwrap_or_else(|e| e.into_inner());
        Ok(statements
            .iter()
            .copied()
            .filter(|&id| {
                u32::try_from(id)
                    .ok()
                    .and_then(|id| columns.row(id))
                    .is_some_and(|row| i64::from(row.actor) == actor_id)
            })
            .collect())
    }

    /// How many published statements known to the day an actor made on each day, oldest
    /// first (`yyyymmdd`).
    pub async fn days_of_actor(&self, db: &SqlitePool, actor_id: i64) -> Result<Vec<(u32, i64)>> {
        let columns = self.ready(db).await?;
        let columns = columns.read().unwrap_or_else(|e| e.into_inner());
        let mut days: HashMap<u32, i64> = HashMap::new();
        let ids = usize::try_from(actor_id)
            .ok()
            .and_then(|a| columns.by_actor.get(a))
            .map_or(&[][..], Vec::as_slice);
        for &id in ids {
            if let Some(row) = columns.row(id)
                && row.to_the_day
            {
                *days.entry(row.day).or_default() += 1;
            }
        }
        let mut days: Vec<(u32, i64)> = days.into_iter().collect();
        days.sort_unstable();
        Ok(days)
    }

    /// The columns, read on first use and brought up to date with every change since.
    async fn ready(&self, db: &SqlitePool) -> Result<&RwLock<Columns>> {
        let columns = self
            .columns
            .get_or_try_init(|| async { read_all(db).await.map(RwLock::new) })
            .await?;
        let latest = latest_change(db).await?;
        let applied = columns.read().unwrap_or_else(|e| e.into_inner()).seq;
        if latest > applied {
            let _one_at_a_time = self.catching_up.lock().await;
            catch_up(db, columns, latest).await?;
        }
        Ok(columns)
    }
}

/// The number of the latest change written.
async fn latest_change(db: &SqlitePool) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "select coalesce((select seq from sqlite_sequence where name = 'statement_change'), 0)",
    )
    .fetch_one(db)
    .await?)
}

/// Applies the changes written after the columns' last one, up to `latest`.
async fn catch_up(db: &SqlitePool, columns: &RwLock<Columns>, latest: i64) -> Result<()> {
    let applied = columns.read().unwrap_or_else(|e| e.into_inner()).seq;
    if latest <= applied {
        return Ok(());
    }
    let ids: Vec<i64> = sqlx::query_scalar(
        "select distinct statement_id from statement_change where seq > ? and seq <= ?",
    )
    .bind(applied)
    .bind(latest)
    .fetch_all(db)
    .await?;
    if ids.len() > REBUILD_AFTER_CHANGES {
        let fresh = read_all(db).await?;
        *columns.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        return Ok(());
    }
    let mut loaded = Vec::new();
    for chunk in ids.chunks(500) {
        loaded.extend(read_statements(db, chunk).await?);
    }
    let pruned = {
        let mut columns = columns.write().unwrap_or_else(|e| e.into_inner());
        for id in &ids {
            if let Ok(id) = u32::try_from(*id) {
                columns.remove(id);
            }
        }
        for statement in &loaded {
            columns.insert(statement);
        }
        columns.seq = latest;
        let prune = latest - columns.pruned > PRUNE_AFTER_CHANGES;
        if prune {
            columns.pruned = latest;
        }
        prune
    };
    if pruned {
        prune(db, latest).await;
    }
    Ok(())
}

/// Deletes the change rows up to `seq`, which the columns hold, in the background (it may
/// wait for the writer; no reader should). Only tidying: if it fails it is done next time.
async fn prune(db: &SqlitePool, seq: i64) {
    let db = db.clone();
    tokio::spawn(async move {
        let deleted = sqlx::query("delete from statement_change where seq <= ?")
            .bind(seq)
            .execute(&db)
            .await;
        if let Err(error) = deleted {
            tracing::warn!(%error, "change rows not pruned");
        }
    });
}

/// Reads every published statement into new columns, streaming, so that a million rows do
/// not sit in memory twice.
async fn read_all(db: &SqlitePool) -> Result<Columns> {
    let seq = latest_change(db).await?;
    let last_id: i64 = sqlx::query_scalar("select coalesce(max(id), 0) from statement")
        .fetch_one(db)
        .await?;
    let mut columns = Columns {
        seq,
        pruned: seq,
        rows: Vec::with_capacity(usize::try_from(last_id).unwrap_or(0) + 1),
        ..Columns::default()
    };
    // A row at a time through the driver costs microseconds; a block of ids as one string
    // costs a fraction of that, so a million statements load in about a second.
    for first in (0..=last_id).step_by(BLOCK) {
        let last = first + BLOCK as i64 - 1;
        let statements: Option<String> = sqlx::query_scalar(
            "select group_concat(id || ' ' || actor_id || ' ' || coalesce(said_on, '-') || ' '
                                 || date_precision || ' '
                                 || kind || ' ' || coalesce(stance, '-') || ' ' || sourcing, ',')
             from (select * from statement
                   where id between ? and ? and state = 'published' order by id)",
        )
        .bind(first)
        .bind(last)
        .fetch_one(db)
        .await?;
        for line in statements.as_deref().unwrap_or_default().split(',') {
            if let Some(statement) = parse_statement(line) {
                columns.insert(&statement);
            }
        }
        // Each statement's countries, then its topics, are runs of their own in `lists`.
        for (list, select) in [
            (
                COUNTRY,
                "select group_concat(statement_id || ' ' || country, ',')
                 from (select statement_id, country from statement_country_match
                       where statement_id between ? and ? order by statement_id)",
            ),
            (
                TOPIC,
                "select group_concat(statement_id || ' ' || topic, ',')
                 from (select statement_id, topic from statement_topic
                       where statement_id between ? and ? order by statement_id)",
            ),
        ] {
            let pairs: Option<String> = sqlx::query_scalar(select)
                .bind(first)
                .bind(last)
                .fetch_one(db)
                .await?;
            for pair in pairs.as_deref().unwrap_or_default().split(',') {
                if let Some((id, name)) = pair.split_once(' ')
                    && let Ok(id) = id.parse()
                {
                    columns.attach(id, name, list);
                }
            }
        }
    }
    // Changes up to here are in the columns; later ones are applied from the change rows
    // (applying one twice does no harm).
    let rows = &columns.rows;
    for lists in [
        &mut columns.by_actor,
        &mut columns.by_country,
        &mut columns.by_topic,
        &mut columns.by_month,
    ] {
        for list in lists.iter_mut() {
            list.sort_unstable_by_key(|&id| sort_key(rows, id));
            // Lists grew by doubling while read: give back what they will not use.
            list.shrink_to_fit();
        }
    }
    columns.lists.shrink_to_fit();
    columns.sorted = true;
    prune(db, seq).await;
    Ok(columns)
}

/// Parses `id actor_id said_on date_precision kind stance sourcing`, with `-` for no date or
/// stance.
fn parse_statement(line: &str) -> Option<Loaded> {
    let mut fields = line.split(' ');
    let mut next = || fields.next();
    let id = next()?.parse().ok()?;
    let actor = next()?.parse().ok()?;
    let optional = |field: &str| (field != "-").then(|| field.to_owned());
    let said_on = optional(next()?);
    let date_precision = next()?.to_owned();
    let kind = next()?.to_owned();
    let stance = optional(next()?);
    let sourcing = next()?.to_owned();
    Some(Loaded {
        id,
        actor,
        said_on,
        date_precision,
        kind,
        stance,
        sourcing,
        countries: Vec::new(),
        topics: Vec::new(),
    })
}

/// Reads the published statements among `ids`, with their countries and topics.
async fn read_statements(db: &SqlitePool, ids: &[i64]) -> Result<Vec<Loaded>> {
    let ids = serde_json::to_string(ids).unwrap_or_default();
    let rows: Vec<StatementRow> = sqlx::query_as(
        "select id, actor_id, said_on, date_precision, kind, stance, sourcing from statement
             where state = 'published' and id in (select value from json_each(?))",
    )
    .bind(&ids)
    .fetch_all(db)
    .await?;
    let countries: Vec<(i64, String)> = sqlx::query_as(
        "select statement_id, country from statement_country_match
         where statement_id in (select value from json_each(?))",
    )
    .bind(&ids)
    .fetch_all(db)
    .await?;
    let topics: Vec<(i64, String)> = sqlx::query_as(
        "select statement_id, topic from statement_topic
         where statement_id in (select value from json_each(?))",
    )
    .bind(&ids)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, actor, said_on, date_precision, kind, stance, sourcing)| Loaded {
                id,
                actor,
                said_on,
                date_precision,
                kind,
                stance,
                sourcing,
                countries: countries
                    .iter()
                    .filter(|(s, _)| *s == id)
                    .map(|(_, c)| c.clone())
                    .collect(),
                topics: topics
                    .iter()
                    .filter(|(s, _)| *s == id)
                    .map(|(_, t)| t.clone())
                    .collect(),
            },
        )
        .collect())
}
