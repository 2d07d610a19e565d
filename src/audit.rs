//! The audit log: every change writes a revision (who, when, which record, before and after)
//! in the same transaction as the change; `/history` shows them as field-by-field diffs.

use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use serde_json::Value;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use crate::AppState;
use crate::auth::{Editor, Viewer};
use crate::error::{AppError, Result, render};

/// The kinds of record the log covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordType {
    Article,
    Outlet,
    Actor,
    Statement,
    Commitment,
}

impl RecordType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Outlet => "outlet",
            Self::Actor => "actor",
            Self::Statement => "statement",
            Self::Commitment => "commitment",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "article" => Some(Self::Article),
            "outlet" => Some(Self::Outlet),
            "actor" => Some(Self::Actor),
            "statement" => Some(Self::Statement),
            "commitment" => Some(Self::Commitment),
            _ => None,
        }
    }

    /// The record's public page, where it has one.
    pub fn href(self, id: i64) -> Option<String> {
        match self {
            Self::Article => Some(format!("/articles/{id}")),
            Self::Statement => Some(format!("/statements/{id}")),
            Self::Commitment => Some(format!("/commitments/{id}")),
            Self::Actor | Self::Outlet => None,
        }
    }

    /// The whole record with what belongs to it, as one JSON object, read in SQL.
    fn snapshot_sql(self) -> &'static str {
        match self {
            Self::Article => {
                "select json_object('title', title, 'outlet', (select name from outlet where id = outlet_id),
                    'outlet_id', outlet_id, 'url', url, 'published_on', published_on,
                    'language', language, 'original_language', original_language,
                    'translator', translator, 'body', body, 'version', version)
                 from article where id = ?1"
            }
            Self::Outlet => {
                "select json_object('name', name, 'homepage', homepage, 'country', country,
                    'version', version)
                 from outlet where id = ?1"
            }
            Self::Actor => {
                "select json_object('slug', slug, 'name', name, 'kind', kind, 'role', role,
                    'country', country, 'affiliation', affiliation,
                    'aliases', (select json_group_array(alias) from
                                  (select alias from actor_alias where actor_id = actor.id order by alias)),
                    'version', version)
                 from actor where id = ?1"
            }
            Self::Statement => {
                "select json_object('text', s.text, 'kind', s.kind,
                    'speaker', (select slug from actor where id = s.actor_id),
                    'speaks_for', (select slug from actor where id = s.speaks_for_id),
                    'sourcing', s.sourcing, 'said_on', s.said_on, 'date_precision', s.date_precision,
                    'context', s.context, 'stance', s.stance, 'state', s.state,
                    'retraction_reason', s.retraction_reason, 'retracted_on', s.retracted_on,
                    'countries', (select json_group_array(country) from
                                    (select country from statement_country where statement_id = s.id order by country)),
                    'topics', (select json_group_array(topic) from
                                 (select topic from statement_topic where statement_id = s.id order by topic)),
                    'appearances', (select json_group_array(json_object('article_id', article_id,
                                        'wording', wording, 'verbatim', verbatim))
                                    from (select * from appearance where statement_id = s.id order by id)),
                    'relations', (select json_group_array(kind || ' ' || to_statement_id) from
                                    (select * from statement_relation where from_statement_id = s.id order by id)),
                    'positions', (select json_group_array(stance || ' ' || commitment_id) from
                                    (select * from position where statement_id = s.id order by id)),
                    'version', s.version)
                 from statement s where s.id = ?1"
            }
            Self::Commitment => {
                "select json_object('title', c.title, 'type', c.type, 'beneficiary', c.beneficiary,
                    'quantity', c.quantity, 'geography', c.geography, 'conditions', c.conditions,
                    'details', c.details, 'due_on', c.due_on, 'due_text', c.due_text,
                    'due_statement_id', c.due_statement_id,
                    'provider_countries', (select json_group_array(country) from
                        (select country from commitment_provider_country where commitment_id = c.id order by country)),
                    'provider_actors', (select json_group_array(a.slug) from commitment_provider_actor p
                        join actor a on a.id = p.actor_id where p.commitment_id = c.id),
                    'depends_on', (select json_group_array(depends_on_id) from
                        (select depends_on_id from commitment_dependency where commitment_id = c.id order by 1)),
                    'events', (select json_group_array(json_object('status', status,
                        'occurred_on', occurred_on, 'date_precision', date_precision,
                        'statement_id', statement_id, 'article_id', article_id, 'note', note))
                        from (select * from commitment_event where commitment_id = c.id order by id)),
                    'version', c.version)
                 from commitment c where c.id = ?1"
            }
        }
    }
}

/// The whole record as JSON, or `None` if it does not exist.
pub async fn snapshot(
    conn: &mut SqliteConnection,
    record: RecordType,
    id: i64,
) -> Result<Option<Value>, sqlx::Error> {
    let text: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(record.snapshot_sql()))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// The record as it is before a change; a record that does not exist is a 404.
pub async fn before_change(
    conn: &mut SqliteConnection,
    record: RecordType,
    id: i64,
) -> crate::error::Result<Value> {
    snapshot(conn, record, id).await?.ok_or_else(|| {
        crate::error::AppError::not_found(format!("There is no {} {id}.", record.as_str()))
    })
}

/// Logs a change made in this transaction: the record as it is now (nothing after a
/// deletion) against `before` (nothing for a creation).
pub async fn log_change(
    conn: &mut SqliteConnection,
    user_id: i64,
    record: RecordType,
    id: i64,
    action: &str,
    before: Option<&Value>,
) -> Result<(), sqlx::Error> {
    // The record is read into the revision by the insert itself: one statement, not two,
    // while the writer holds the database.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "insert into revision (record_id, user_id, username, record_type, action, before, after)
         values (?1, ?2, (select username from user where id = ?2), ?3, ?4, ?5, ({}))",
        record.snapshot_sql()
    )))
    .bind(id)
    .bind(user_id)
    .bind(record.as_str())
    .bind(action)
    .bind(before.map(Value::to_string))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// One changed field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ between two snapshots, in a stable order (the version is left out).
pub fn diff(before: Option<&Value>, after: Option<&Value>) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let before = before.and_then(Value::as_object).unwrap_or(&empty);
    let after = after.and_then(Value::as_object).unwrap_or(&empty);
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| field.as_str() != "version")
        .filter_map(|field| {
            let old = before.get(field).unwrap_or(&Value::Null);
            let new = after.get(field).unwrap_or(&Value::Null);
            (old != new).then(|| FieldChange {
                field: field.replace('_', " "),
                before: show(old),
                after: show(new),
            })
        })
        .collect()
}

fn show(value: &Value) -> String {
    match value {
        Value::Null => "—".to_owned(),
        Value::String(text) => text.clone(),
        Value::Array(items) if items.is_empty() => "—".to_owned(),
        Value::Array(items) => items.iter().map(show).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// The changes made to a record after the given version, for a refused stale edit.
pub async fn changes_since(
    db: &sqlx::SqlitePool,
    record: RecordType,
    id: i64,
    version: i64,
) -> Result<Vec<(String, String, Vec<FieldChange>)>> {
    // (at, username, before, after)
    type Row = (String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "select r.at, r.username, r.before, r.after from revision r
         where r.record_type = ? and r.record_id = ? and json_extract(r.after, '$.version') > ?
         order by r.id",
    )
    .bind(record.as_str())
    .bind(id)
    .bind(version)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, user, before, after)| {
            let parse = |t: Option<String>| t.and_then(|t| serde_json::from_str::<Value>(&t).ok());
            (
                at,
                user.unwrap_or_else(|| "an unknown user".to_owned()),
                diff(parse(before).as_ref(), parse(after).as_ref()),
            )
        })
        .collect())
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/history", get(history))
}

/// A revision as the history page shows it.
struct RevisionView {
    id: i64,
    at: String,
    user: String,
    record_type: String,
    record_id: i64,
    href: Option<String>,
    action: String,
    changes: Vec<FieldChange>,
}

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    viewer: Viewer,
    revisions: Vec<RevisionView>,
    users: Vec<String>,
    user: String,
    record_type: String,
    record_id: String,
    older_href: Option<String>,
}

const HISTORY_PAGE_SIZE: i64 = 50;

#[derive(sqlx::FromRow)]
struct RevisionRow {
    id: i64,
    at: String,
    username: Option<String>,
    record_type: String,
    record_id: i64,
    action: String,
    before: Option<String>,
    after: Option<String>,
}

/// The audit log for editors, newest first, filterable by user and record.
async fn history(
    Editor(user): Editor,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>> {
    let mut by_user = String::new();
    let mut record_type = String::new();
    let mut record_id = String::new();
    let mut before_id: Option<i64> = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        let value = value.trim().to_owned();
        match key.as_ref() {
            "user" => by_user = value,
            "record_type" => record_type = value,
            "record_id" => record_id = value,
            "before" if !value.is_empty() => {
                before_id = Some(value.parse().map_err(|_| {
                    AppError::bad_request("Invalid before: follow the page links.")
                })?);
            }
            _ => {}
        }
    }
    let kind = match record_type.as_str() {
        "" => None,
        text => Some(RecordType::parse(text).ok_or_else(|| {
            AppError::bad_request(format!(
                "Invalid record_type: {text:?}; use article, outlet, actor, statement or commitment."
            ))
        })?),
    };
    let id = match record_id.as_str() {
        "" => None,
        text => Some(text.parse::<i64>().map_err(|_| {
            AppError::bad_request(format!("Invalid record_id: {text:?} is not a number."))
        })?),
    };

    let mut sql = QueryBuilder::<Sqlite>::new(
        "select r.id, r.at, r.username, r.record_type, r.record_id, r.action, r.before, r.after
         from revision r where 1 = 1",
    );
    if !by_user.is_empty() {
        sql.push(" and r.username = ").push_bind(by_user.clone());
    }
    if let Some(kind) = kind {
        sql.push(" and r.record_type = ").push_bind(kind.as_str());
    }
    if let Some(id) = id {
        sql.push(" and r.record_id = ").push_bind(id);
    }
    if let Some(before) = before_id {
        sql.push(" and r.id < ").push_bind(before);
    }
    sql.push(" order by r.id desc limit ")
        .push_bind(HISTORY_PAGE_SIZE + 1);
    let mut rows: Vec<RevisionRow> = sql.build_query_as().fetch_all(&state.db).await?;
    let more = rows.len() as i64 > HISTORY_PAGE_SIZE;
    rows.truncate(HISTORY_PAGE_SIZE as usize);
    let older_href = match (more, rows.last()) {
        (true, Some(last)) => Some(format!(
            "/history?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("user", &by_user)
                .append_pair("record_type", &record_type)
                .append_pair("record_id", &record_id)
                .append_pair("before", &last.id.to_string())
                .finish()
        )),
        _ => None,
    };
    let revisions = rows
        .into_iter()
        .map(|row| {
            let parse = |t: &Option<String>| {
                t.as_deref()
                    .and_then(|t| serde_json::from_str::<Value>(t).ok())
            };
            RevisionView {
                changes: diff(parse(&row.before).as_ref(), parse(&row.after).as_ref()),
                href: RecordType::parse(&row.record_type).and_then(|k| k.href(row.record_id)),
                id: row.id,
                at: row.at,
                user: row.username.unwrap_or_else(|| "—".to_owned()),
                record_type: row.record_type,
                record_id: row.record_id,
                action: row.action,
            }
        })
        .collect();
    let users: Vec<String> = sqlx::query_scalar(
        "select distinct username from revision where username is not null order by username",
    )
    .fetch_all(&state.db)
    .await?;
    render(&HistoryPage {
        viewer: Viewer { user: Some(user) },
        revisions,
        users,
        user: by_user,
        record_type,
        record_id,
        older_href,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diffs_list_changed_fields_only() {
        let before = json!({"title": "Old", "url": null, "aliases": ["A"], "version": 1});
        let after = json!({"title": "New", "url": null, "aliases": ["A", "B"], "version": 2});
        let changes = diff(Some(&before), Some(&after));
        assert_eq!(
            changes,
            [
                FieldChange {
                    field: "aliases".into(),
                    before: "A".into(),
                    after: "A; B".into()
                },
                FieldChange {
                    field: "title".into(),
                    before: "Old".into(),
                    after: "New".into()
                },
            ]
        );
        let created = diff(None, Some(&after));
        assert_eq!(created.len(), 2);
        assert_eq!(created[1].before, "—");
    }
}
