//! Synthetic data for benchmarks and load tests: visibly synthetic ("Synthetic statement 41",
//! "Synthetic Actor 7"), deterministic for a seed, with the skew of a real record (a few
//! actors say most things). It never goes into the default database nor into one that holds
//! records.
//!
//! Rows are generated in SQL, set by set, from a counter and a hash of it with the seed, so
//! that a million statements take seconds rather than a million round trips.

use sqlx::SqlitePool;

use crate::seed::COUNTRIES;

/// Actors in a synthetic dataset.
pub const ACTORS: i64 = 500;
/// Outlets in a synthetic dataset.
pub const OUTLETS: i64 = 40;
/// Every synthetic record was "made" at this moment, so that a seed gives the same data.
const MADE_AT: &str = "'2024-01-01T00:00:00Z'";

/// Why synthetic data was refused.
#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error("the database already holds records; synthetic data goes into a new file only")]
    NotEmpty,
    #[error("give a number of statements from 1 to 10,000,000")]
    BadCount,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What was written.
#[derive(Debug, PartialEq, Eq)]
pub struct SynthSummary {
    pub statements: i64,
    pub articles: i64,
    pub actors: i64,
    pub commitments: i64,
}

/// A hash of the row number and the seed, in SQL: the same numbers for the same seed.
fn hash(column: &str, seed: i64, salt: i64) -> String {
    format!("((({column} + {seed}) * 2654435761 + {salt} * 40503) % 1000003)")
}

/// Fills an empty database with `statements` synthetic statements.
pub async fn generate(
    db: &SqlitePool,
    statements: i64,
    seed: i64,
) -> Result<SynthSummary, SynthError> {
    if !(1..=10_000_000).contains(&statements) {
        return Err(SynthError::BadCount);
    }
    let seed = seed.rem_euclid(1_000_000);
    let mut tx = db.begin().await?;
    let has_records: bool = sqlx::query_scalar(
        "select exists (select 1 from actor) or exists (select 1 from article)
            or exists (select 1 from statement) or exists (select 1 from commitment)",
    )
    .fetch_one(&mut *tx)
    .await?;
    if has_records {
        return Err(SynthError::NotEmpty);
    }
    let articles = (statements / 10).max(1);
    let commitments = (statements / 1000).clamp(10, 5000);
    let countries = COUNTRIES.len() as i64;

    crate::seed::insert_countries(&mut tx).await?;
    sqlx::query(
        "create temp table synth_country as
         select row_number() over (order by code) - 1 as k, code from country",
    )
    .execute(&mut *tx)
    .await?;
    // Every value spliced into the SQL below is a number computed here, never input text.
    let run = |sql: String| sqlx::query(sqlx::AssertSqlSafe(sql));
    sqlx::query(
        "insert into topic (slug, name) select 'synthetic-topic-' || value, 'Synthetic topic ' || value
         from (select 1 as value union all select 2 union all select 3 union all select 4
               union all select 5)",
    )
        .execute(&mut *tx)
        .await?;
    run(format!(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < {OUTLETS})
         insert into outlet (id, name, homepage, country)
         select i, 'Synthetic Outlet ' || i, 'https://synthetic.example/outlets/' || i,
                (select code from temp.synth_country where k = i % {countries})
         from n"
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < {ACTORS})
         insert into actor (id, slug, name, kind, role, country, affiliation, created_at, updated_at)
         select i, 'synthetic-actor-' || i, 'Synthetic Actor ' || i,
                case when i % 10 = 0 then 'institution' else 'person' end,
                'Synthetic role ' || (i % 17),
                (select code from temp.synth_country where k = {h} % {countries}),
                'Synthetic affiliation ' || (i % 9), {MADE_AT}, {MADE_AT}
         from n",
        h = hash("i", seed, 1)
    ))
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into actor_alias (actor_id, alias) select id, 'Synthetic alias ' || id from actor",
    )
    .execute(&mut *tx)
    .await?;
    run(format!(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < {articles})
         insert into article (id, outlet_id, title, url, published_on, language, created_at,
                              updated_at)
         select i, 1 + ({h} % {OUTLETS}), 'Synthetic article ' || i,
                'https://synthetic.example/articles/' || i,
                date('2022-01-01', '+' || (i * 1400 / {articles}) || ' days'), 'en',
                {MADE_AT}, {MADE_AT}
         from n",
        h = hash("i", seed, 2)
    ))
    .execute(&mut *tx)
    .await?;
    // The speaker: u⁶ over the actors, so that the first ten say more than half.
    let u = format!("({} / 1000003.0)", hash("i", seed, 3));
    run(format!(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < {statements})
         insert into statement (id, actor_id, text, kind, sourcing, said_on, date_precision,
                                context, stance, duplicate_key, created_at, updated_at)
         select i,
                1 + cast({ACTORS} * {u} * {u} * {u} * {u} * {u} * {u} as integer),
                'Synthetic statement ' || i,
                case when {h4} % 3 = 0 then 'direct' else 'reported' end,
                case {h5} % 5 when 0 then 'on_record' when 1 then 'spokesperson'
                    when 2 then 'second_hand' when 3 then 'anonymous' else 'media_report' end,
                case when {h6} % 10 = 0 then null
                     else date('2022-01-01', '+' || (i * 1400 / {statements}) || ' days') end,
                case when {h6} % 10 = 0 then 'unknown' else 'day' end,
                case when i % 4 = 0 then 'Synthetic context ' || (i % 100) end,
                case {h7} % 5 when 0 then 'supports' when 1 then 'opposes'
                    when 2 then 'conditional' when 3 then 'neutral' end,
                'synthetic statement ' || i, {MADE_AT}, {MADE_AT}
         from n",
        h4 = hash("i", seed, 4),
        h5 = hash("i", seed, 5),
        h6 = hash("i", seed, 6),
        h7 = hash("i", seed, 7),
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "insert into statement_country (statement_id, country)
         select s.id, (select code from temp.synth_country where k = {h} % {countries})
         from statement s where s.id % 2 = 0",
        h = hash("s.id", seed, 8)
    ))
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into statement_topic (statement_id, topic)
         select id, 'synthetic-topic-' || (1 + id % 5) from statement where id % 5 = 0",
    )
    .execute(&mut *tx)
    .await?;
    run(format!(
        "insert into appearance (statement_id, article_id, wording, verbatim)
         select id, 1 + ((id * {articles}) / ({statements} + 1)), text, null from statement"
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < {commitments})
         insert into commitment (id, title, type, quantity, due_on, created_at, updated_at)
         select i, 'Synthetic commitment ' || i,
                case i % 9 when 0 then 'troops' when 1 then 'training' when 2 then 'intelligence'
                    when 3 then 'air_defense' when 4 then 'weapons' when 5 then 'border_surveillance'
                    when 6 then 'security_guarantee' when 7 then 'financial' else 'other' end,
                'Synthetic quantity ' || i,
                case when i % 4 = 0 then date('2022-01-01', '+' || (i * 37 % 1500) || ' days') end,
                {MADE_AT}, {MADE_AT}
         from n"
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "insert into commitment_provider_country (commitment_id, country)
         select id, (select code from temp.synth_country where k = {h} % {countries})
         from commitment",
        h = hash("id", seed, 9)
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "insert into commitment_event (commitment_id, status, occurred_on, date_precision, article_id,
                                       note, created_at)
         select c.id, e.status, date('2022-01-01', '+' || ((c.id * 13 + e.k * 90) % 1400) || ' days'),
                'day', 1 + ((c.id * 7 + e.k) % {articles}), 'Synthetic status change', {MADE_AT}
         from commitment c
         join (select 1 as k, 'floated' as status union all select 2, 'proposed'
               union all select 3, 'pledged') e on e.k <= 1 + (c.id % 3)"
    ))
    .execute(&mut *tx)
    .await?;
    run(format!(
        "insert into position (statement_id, commitment_id, stance)
         select 1 + ((c.id * 7919 + k) % {statements}), c.id,
                case (c.id + k) % 5 when 0 then 'proposes' when 1 then 'supports'
                    when 2 then 'conditional' when 3 then 'opposes' else 'rejects' end
         from commitment c join (select 1 as k union all select 2) on 1
         where true on conflict do nothing"
    ))
    .execute(&mut *tx)
    .await?;
    sqlx::query("drop table temp.synth_country")
        .execute(&mut *tx)
        .await?;
    sqlx::query("insert into seed_applied (name) values ('synthetic')")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    sqlx::query("pragma optimize").execute(db).await?;
    Ok(SynthSummary {
        statements,
        articles,
        actors: ACTORS,
        commitments,
    })
}
