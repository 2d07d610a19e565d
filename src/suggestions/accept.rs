//! Accepting suggestions: every accepted row checked at once (all the problems, beside their
//! fields), then everything stored in one transaction with a revision for each record created
//! or changed.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;
use sqlx::{SqliteConnection, SqlitePool};

use super::Article;
use super::rows::{CommitmentRow, QuoteRow, Recorded};
use crate::audit::{self, RecordType};
use crate::auth::SessionUser;
use crate::editing::Checker;
use crate::error::Result;
use crate::forms::{FieldErrors, FormData};
use crate::quotes::{duplicate_key, is_verbatim};
use crate::statements::edit::add_appearance;
use crate::values::{
    ActorKind, CommitmentStatus, CommitmentType, CountryCode, DatePrecision, Day, PositionStance,
    Sourcing, Stance, StatementKind,
};

/// Who said an accepted statement.
pub enum Speaker {
    Existing(i64),
    New { name: String, kind: ActorKind },
}

/// What accepting one suggested statement does.
pub enum StatementPlan {
    /// A new statement with its appearance in the article.
    New {
        index: usize,
        speaker: Speaker,
        text: String,
        kind: StatementKind,
        sourcing: Sourcing,
        said_on: Option<Day>,
        precision: DatePrecision,
        stance: Option<Stance>,
    },
    /// The article as another appearance of a statement recorded from elsewhere.
    Appearance {
        index: usize,
        statement_id: i64,
        text: String,
    },
}

/// A commitment to create, and the suggested statement that backs it.
pub struct CommitmentPlan {
    title: String,
    kind: CommitmentType,
    by: Vec<CountryCode>,
    details: Option<String>,
    due_on: Option<Day>,
    status: CommitmentStatus,
    backed_by: Option<(usize, PositionStance)>,
}

/// Everything the editor accepted, checked.
pub struct Plan {
    statements: Vec<StatementPlan>,
    commitments: Vec<CommitmentPlan>,
    /// Suggestions already recorded from this article: row → statement.
    recorded_here: HashMap<usize, i64>,
}

/// The error key for "nothing was ticked".
pub const NOTHING_ACCEPTED: &str = "accept";

/// Checks every accepted row against the article's text and the record; all the problems at
/// once, keyed by field name.
pub async fn check(
    db: &SqlitePool,
    form: &FormData,
    article: &Article,
    quotes: &[QuoteRow],
    recorded: &[Option<Recorded>],
    commitments: &[CommitmentRow],
) -> Result<Result<Plan, FieldErrors>> {
    let actors: Vec<(i64, String)> = sqlx::query_as("select id, lower(name) from actor")
        .fetch_all(db)
        .await?;
    let actor_ids: HashSet<i64> = actors.iter().map(|(id, _)| *id).collect();
    let actor_names: HashSet<&str> = actors.iter().map(|(_, name)| name.as_str()).collect();
    let countries: HashSet<String> = sqlx::query_scalar("select code from country")
        .fetch_all(db)
        .await?
        .into_iter()
        .collect();
    let body = article.body.as_deref().unwrap_or_default();

    let mut check = Checker::new(form);
    let mut plan = Plan {
        statements: Vec::new(),
        commitments: Vec::new(),
        recorded_here: HashMap::new(),
    };
    for (row, recorded) in quotes.iter().zip(recorded) {
        if let Some(Recorded::Here(id)) = recorded {
            plan.recorded_here.insert(row.index, *id);
            continue;
        }
        if !row.accept {
            continue;
        }
        let text_field = row.name("text");
        let text = check.required(&text_field, "Text", 10_000);
        let kind = check.choice(&row.name("kind"), "Kind", StatementKind::parse);
        if kind == Some(StatementKind::Direct) && !text.is_empty() {
            if body.trim().is_empty() {
                check.errors.add(
                    &text_field,
                    "The article has no text to check this quote against: add its text first.",
                );
            } else if !is_verbatim(&text, body) {
                check.errors.add(
                    &text_field,
                    "These words are not in the article's text word for word. Correct them, \
                     or choose reported speech.",
                );
            }
        }
        if let Some(Recorded::Elsewhere(statement_id)) = recorded {
            plan.statements.push(StatementPlan::Appearance {
                index: row.index,
                statement_id: *statement_id,
                text,
            });
            continue;
        }
        let speaker = if row.wants_new_actor() {
            let name_field = row.name("new_name");
            let name = check.required(&name_field, "The new actor's name", 200);
            let kind = check.choice(&row.name("new_kind"), "New actor's kind", ActorKind::parse);
            if actor_names.contains(name.to_lowercase().as_str()) {
                check.errors.add(
                    &name_field,
                    format!(
                        "There is already an actor called \u{201c}{name}\u{201d}: choose them \
                         in the speaker list."
                    ),
                );
            }
            kind.map(|kind| Speaker::New { name, kind })
        } else {
            let actor_field = row.name("actor");
            match check.id(&actor_field, "Speaker") {
                Some(id) if actor_ids.contains(&id) => Some(Speaker::Existing(id)),
                Some(_) => {
                    check
                        .errors
                        .add(&actor_field, "That speaker does not exist; choose another.");
                    None
                }
                None => {
                    check
                        .errors
                        .add(&actor_field, "Choose who said it, or create a new actor.");
                    None
                }
            }
        };
        let sourcing = check.choice(&row.name("sourcing"), "Sourcing", Sourcing::parse);
        let (said_on, precision) = check.fuzzy_date(&row.name("said_on"), &row.name("precision"));
        let stance = check.optional_choice(&row.name("stance"), "Stance", Stance::parse);
        if let (Some(speaker), Some(kind), Some(sourcing)) = (speaker, kind, sourcing) {
            plan.statements.push(StatementPlan::New {
                index: row.index,
                speaker,
                text,
                kind,
                sourcing,
                said_on,
                precision,
                stance,
            });
        }
    }

    let accepted_quotes: HashSet<usize> = quotes
        .iter()
        .filter(|q| q.accept)
        .map(|q| q.index)
        .collect();
    for row in commitments.iter().filter(|c| c.accept) {
        let title = check.required(&row.name("title"), "Title", 300);
        let kind = check.choice(&row.name("type"), "Type", CommitmentType::parse);
        let by_field = row.name("by");
        let by = check.countries(&by_field);
        if let Some(unknown) = by.iter().find(|c| !countries.contains(c.as_str())) {
            check.errors.add(
                &by_field,
                format!(
                    "There is no country {:?} in the record.",
                    unknown.url_form()
                ),
            );
        }
        let details = check.optional(&row.name("details"), "Details", 2000);
        let due_on = check.day(&row.name("due_on"), "Due date");
        let status = check.choice(&row.name("status"), "Status", CommitmentStatus::parse);
        let statement_field = row.name("statement");
        let backed_by = match row.statement_row() {
            None => None,
            Some(Ok(n))
                if n < quotes.len()
                    && (accepted_quotes.contains(&n) || plan.recorded_here.contains_key(&n)) =>
            {
                check
                    .choice(&row.name("position"), "Position", PositionStance::parse)
                    .map(|stance| (n, stance))
            }
            Some(Ok(n)) if n < quotes.len() => {
                check.errors.add(
                    &statement_field,
                    format!(
                        "Accept suggestion {} as well, or choose no statement.",
                        n + 1
                    ),
                );
                None
            }
            Some(_) => {
                check
                    .errors
                    .add(&statement_field, "Statement: choose one from the list.");
                None
            }
        };
        if let (Some(kind), Some(status)) = (kind, status) {
            plan.commitments.push(CommitmentPlan {
                title,
                kind,
                by,
                details,
                due_on,
                status,
                backed_by,
            });
        }
    }
    if accepted_quotes.is_empty() && !commitments.iter().any(|c| c.accept) {
        check.errors.add(
            NOTHING_ACCEPTED,
            "Nothing was accepted: tick \u{201c}Accept\u{201d} on each suggestion to record, \
             then record them.",
        );
    }
    Ok(check.finish(plan))
}

/// The statement by `actor_id` with these words that appears in the article, if any.
pub async fn recorded_here(
    conn: &mut SqliteConnection,
    article_id: i64,
    actor_id: Option<i64>,
    key: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "select s.id from statement s join appearance ap on ap.statement_id = s.id
         where ap.article_id = ?1 and s.duplicate_key = ?2 and (?3 is null or s.actor_id = ?3)
         order by s.id limit 1",
    )
    .bind(article_id)
    .bind(key)
    .bind(actor_id)
    .fetch_optional(conn)
    .await
}

/// The earliest statement by `actor_id` with these words, from any article.
pub async fn recorded_anywhere(
    conn: &mut SqliteConnection,
    actor_id: i64,
    key: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "select id from statement where actor_id = ? and duplicate_key = ? order by id limit 1",
    )
    .bind(actor_id)
    .bind(key)
    .fetch_optional(conn)
    .await
}

/// Where a suggestion already stands: the same words by the chosen speaker in this article or
/// elsewhere; with no speaker chosen, the same words by anyone in this article.
pub async fn recorded(
    conn: &mut SqliteConnection,
    article_id: i64,
    row: &QuoteRow,
) -> Result<Option<Recorded>, sqlx::Error> {
    let key = duplicate_key(&row.text);
    if key.is_empty() {
        return Ok(None);
    }
    let actor = row.actor_id();
    if let Some(id) = recorded_here(conn, article_id, actor, &key).await? {
        return Ok(Some(Recorded::Here(id)));
    }
    Ok(match actor {
        Some(actor) => recorded_anywhere(conn, actor, &key)
            .await?
            .map(Recorded::Elsewhere),
        None => None,
    })
}

/// What storing did.
#[derive(Debug, Default)]
pub struct Stored {
    pub actors: usize,
    pub statements: usize,
    pub appearances: usize,
    pub commitments: usize,
}

/// A new actor's identifier: the name's slug, numbered when it is taken.
async fn free_slug(conn: &mut SqliteConnection, name: &str) -> Result<String, sqlx::Error> {
    let base = super::rows::slug_from_name(name);
    let mut candidate = base.clone();
    for n in 2.. {
        let taken: bool = sqlx::query_scalar("select exists (select 1 from actor where slug = ?)")
            .bind(&candidate)
            .fetch_one(&mut *conn)
            .await?;
        if !taken {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}

/// Records the statement's state before this change, the first time it is touched.
async fn touch(
    conn: &mut SqliteConnection,
    touched: &mut BTreeMap<i64, Value>,
    id: i64,
) -> Result<()> {
    if let std::collections::btree_map::Entry::Vacant(entry) = touched.entry(id) {
        entry.insert(audit::before_change(conn, RecordType::Statement, id).await?);
    }
    Ok(())
}

/// Stores the plan in one transaction: new actors, statements with their appearance in the
/// article, appearances of statements recorded elsewhere, commitments with their first status
/// and the positions that link them to statements; each record created or changed gets its
/// revision. A suggestion whose words the speaker already has in this article is not stored
/// twice.
pub async fn store(
    state: &crate::AppState,
    user: &SessionUser,
    article: &Article,
    plan: Plan,
) -> Result<Stored> {
    let mut tx = state.write().await?;
    let mut stored = Stored::default();
    let mut row_statement = plan.recorded_here;
    let mut created: Vec<i64> = Vec::new();
    let mut touched: BTreeMap<i64, Value> = BTreeMap::new();
    let mut new_actors: HashMap<String, i64> = HashMap::new();

    for statement in plan.statements {
        match statement {
            StatementPlan::New {
                index,
                speaker,
                text,
                kind,
                sourcing,
                said_on,
                precision,
                stance,
            } => {
                let key = duplicate_key(&text);
                let actor_id = match speaker {
                    Speaker::Existing(id) => id,
                    Speaker::New { name, kind } => {
                        let folded = name.to_lowercase();
                        if let Some(id) = new_actors.get(&folded) {
                            *id
                        } else {
                            let slug = free_slug(&mut tx, &name).await?;
                            let id: i64 = sqlx::query_scalar(
                                "insert into actor (slug, name, kind) values (?, ?, ?) returning id",
                            )
                            .bind(&slug)
                            .bind(&name)
                            .bind(kind.as_str())
                            .fetch_one(&mut *tx)
                            .await?;
                            audit::log_change(
                                &mut tx,
                                user.id,
                                RecordType::Actor,
                                id,
                                "create",
                                None,
                            )
                            .await?;
                            stored.actors += 1;
                            new_actors.insert(folded, id);
                            id
                        }
                    }
                };
                // Accepted twice in one go, or recorded meanwhile: never a second copy.
                if let Some(id) = recorded_here(&mut tx, article.id, Some(actor_id), &key).await? {
                    row_statement.insert(index, id);
                    continue;
                }
                let id: i64 = sqlx::query_scalar(
                    "insert into statement (actor_id, text, kind, sourcing, said_on,
                                            date_precision, stance, duplicate_key)
                     values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                )
                .bind(actor_id)
                .bind(&text)
                .bind(kind.as_str())
                .bind(sourcing.as_str())
                .bind(said_on.map(|d| d.to_string()))
                .bind(precision.as_str())
                .bind(stance.map(Stance::as_str))
                .bind(&key)
                .fetch_one(&mut *tx)
                .await?;
                add_appearance(&mut tx, id, article.id, kind, &text).await?;
                created.push(id);
                row_statement.insert(index, id);
                stored.statements += 1;
            }
            StatementPlan::Appearance {
                index,
                statement_id,
                text,
            } => {
                row_statement.insert(index, statement_id);
                let present: bool = sqlx::query_scalar(
                    "select exists (select 1 from appearance where statement_id = ? and article_id = ?)",
                )
                .bind(statement_id)
                .bind(article.id)
                .fetch_one(&mut *tx)
                .await?;
                if present {
                    continue;
                }
                touch(&mut tx, &mut touched, statement_id).await?;
                let kind: StatementKind =
                    sqlx::query_scalar("select kind from statement where id = ?")
                        .bind(statement_id)
                        .fetch_one(&mut *tx)
                        .await?;
                add_appearance(&mut tx, statement_id, article.id, kind, &text).await?;
                stored.appearances += 1;
            }
        }
    }

    for commitment in plan.commitments {
        let id: i64 = sqlx::query_scalar(
            "insert into commitment (title, type, details, due_on) values (?, ?, ?, ?)
             returning id",
        )
        .bind(&commitment.title)
        .bind(commitment.kind.as_str())
        .bind(&commitment.details)
        .bind(commitment.due_on.map(|d| d.to_string()))
        .fetch_one(&mut *tx)
        .await?;
        for country in &commitment.by {
            sqlx::query(
                "insert into commitment_provider_country (commitment_id, country) values (?, ?)",
            )
            .bind(id)
            .bind(country.as_str())
            .execute(&mut *tx)
            .await?;
        }
        let backing = commitment
            .backed_by
            .and_then(|(row, stance)| row_statement.get(&row).map(|s| (*s, stance)));
        // Dated as the statement that shows it, else as the article.
        let (occurred_on, precision): (Option<String>, String) = match backing {
            Some((statement, _)) => {
                sqlx::query_as("select said_on, date_precision from statement where id = ?")
                    .bind(statement)
                    .fetch_one(&mut *tx)
                    .await?
            }
            None => match &article.published_on {
                Some(day) => (Some(day.clone()), "day".to_owned()),
                None => (None, "unknown".to_owned()),
            },
        };
        sqlx::query(
            "insert into commitment_event (commitment_id, status, occurred_on, date_precision,
                                           statement_id, article_id)
             values (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(commitment.status.as_str())
        .bind(&occurred_on)
        .bind(&precision)
        .bind(backing.map(|(s, _)| s))
        .bind(article.id)
        .execute(&mut *tx)
        .await?;
        if let Some((statement, stance)) = backing {
            if !created.contains(&statement) {
                touch(&mut tx, &mut touched, statement).await?;
            }
            sqlx::query(
                "insert into position (statement_id, commitment_id, stance) values (?, ?, ?)",
            )
            .bind(statement)
            .bind(id)
            .bind(stance.as_str())
            .execute(&mut *tx)
            .await?;
        }
        audit::log_change(&mut tx, user.id, RecordType::Commitment, id, "create", None).await?;
        stored.commitments += 1;
    }

    for id in created {
        audit::log_change(&mut tx, user.id, RecordType::Statement, id, "create", None).await?;
    }
    for (id, before) in touched {
        sqlx::query(
            "update statement set version = version + 1,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where id = ?",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        audit::log_change(
            &mut tx,
            user.id,
            RecordType::Statement,
            id,
            "update",
            Some(&before),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(stored)
}
