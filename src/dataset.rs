//! The whole dataset as JSON Lines, out and in: `guarantee-watch export PATH` and
//! `guarantee-watch import PATH`. Every line is `{"table": "…", "row": {…}}`, tables in an
//! order where every row comes after the rows it refers to. Users and sessions stay behind;
//! what the triggers derive (search index, country index) is rebuilt on import.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use serde_json::{Map, Value};
use sqlx::{SqliteConnection, SqlitePool};

/// The exported tables, parents before children.
pub const TABLES: &[&str] = &[
    "country",
    "topic",
    "actor",
    "actor_alias",
    "outlet",
    "article",
    "statement",
    "statement_country",
    "statement_topic",
    "appearance",
    "statement_relation",
    "commitment",
    "commitment_provider_country",
    "commitment_provider_actor",
    "commitment_dependency",
    "commitment_event",
    "position",
    "revision",
];

/// Columns that are not part of the dataset: a revision's link to an account (its editor's
/// name travels in `username`).
fn exported(table: &str, column: &str) -> bool {
    !(table == "revision" && column == "user_id")
}

/// Why an export or import failed.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    #[error("line {line}: {reason}")]
    Invalid { line: usize, reason: String },
    #[error(
        "the database already holds records; import into a new database file (give --db a new path)"
    )]
    NotEmpty,
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The stored (not generated) columns of a table, in order.
async fn columns(conn: &mut SqliteConnection, table: &str) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select cid, name from pragma_table_info('{table}') order by cid"
    )))
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(_, name)| name)
        .filter(|name| exported(table, name))
        .collect())
}

/// The primary-key columns of a table, in key order: rows are written in this order.
async fn key(conn: &mut SqliteConnection, table: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select name from pragma_table_info('{table}') where pk > 0 order by pk"
    )))
    .fetch_all(&mut *conn)
    .await
}

/// Writes every table, in order, one row per line; returns the number of rows.
pub async fn export(db: &SqlitePool, out: &mut impl Write) -> Result<u64, DatasetError> {
    // One read transaction, so the file is a consistent picture even while edits go on.
    let mut conn = db.begin().await?;
    let mut count = 0;
    for table in TABLES {
        let columns = columns(&mut conn, table).await?;
        let object = columns
            .iter()
            .map(|c| format!("'{c}', \"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let order = key(&mut conn, table)
            .await?
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        // Only table and column names from the schema are spliced in; no value is.
        let sql = format!("select json_object({object}) from \"{table}\" order by {order}");
        let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *conn)
            .await?;
        for row in rows {
            writeln!(out, "{{\"table\":\"{table}\",\"row\":{row}}}")?;
            count += 1;
        }
    }
    conn.commit().await?;
    Ok(count)
}

/// Loads a file written by [`export`] into an empty database, in one transaction: an invalid
/// line stops it with the line number and the reason, and nothing is written.
pub async fn import(db: &SqlitePool, input: impl BufRead) -> Result<u64, DatasetError> {
    let mut tx = db.begin().await?;
    let has_records: bool = sqlx::query_scalar(
        "select exists (select 1 from country) or exists (select 1 from actor)
            or exists (select 1 from article) or exists (select 1 from statement)
            or exists (select 1 from commitment)",
    )
    .fetch_one(&mut *tx)
    .await?;
    if has_records {
        return Err(DatasetError::NotEmpty);
    }
    let mut known: HashMap<&'static str, (Vec<String>, String)> = HashMap::new();
    for table in TABLES {
        let columns = columns(&mut tx, table).await?;
        let values = columns
            .iter()
            .map(|c| format!("json_extract(?1, '$.\"{c}\"')"))
            .collect::<Vec<_>>()
            .join(", ");
        let names = columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("insert into \"{table}\" ({names}) values ({values})");
        known.insert(table, (columns, sql));
    }
    let mut count = 0;
    let mut last_table = 0;
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        let invalid = |reason: String| DatasetError::Invalid {
            line: number,
            reason,
        };
        let line = line.map_err(|e| invalid(format!("cannot read: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(&line).map_err(|e| invalid(format!("not JSON: {e}")))?;
        let table = value
            .get("table")
            .and_then(Value::as_str)
            .ok_or_else(|| invalid("no \"table\"".to_owned()))?;
        let position = TABLES
            .iter()
            .position(|t| *t == table)
            .ok_or_else(|| invalid(format!("unknown table {table:?}")))?;
        if position < last_table {
            return Err(invalid(format!(
                "table {table:?} comes after {:?}; rows must follow the rows they refer to",
                TABLES[last_table]
            )));
        }
        last_table = position;
        let row: &Map<String, Value> = value
            .get("row")
            .and_then(Value::as_object)
            .ok_or_else(|| invalid("no \"row\" object".to_owned()))?;
        let (columns, sql) = &known[TABLES[position]];
        if let Some(unknown) = row.keys().find(|k| !columns.contains(k)) {
            return Err(invalid(format!("{table} has no column {unknown:?}")));
        }
        if let Some(nested) = row.values().find(|v| v.is_object() || v.is_array()) {
            return Err(invalid(format!("a value is not a plain value: {nested}")));
        }
        sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(Value::Object(row.clone()).to_string())
            .execute(&mut *tx)
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(e) => invalid(format!("refused: {}", e.message())),
                other => DatasetError::Database(other),
            })?;
        count += 1;
    }
    // Rows refer to each other; check every reference once all are in.
    let broken: Option<(String, i64, String)> =
        sqlx::query_as("select \"table\", rowid, parent from pragma_foreign_key_check limit 1")
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((table, rowid, parent)) = broken {
        return Err(DatasetError::Invalid {
            line: 0,
            reason: format!("{table} row {rowid} refers to a missing {parent}"),
        });
    }
    tx.commit().await?;
    Ok(count)
}
