//! What editors do to a statement besides editing it: record another appearance, retract it
//! with a public reason, or (admins) delete one entered by mistake; and the public list of
//! corrections.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};

use crate::AppState;
use crate::audit::{self, RecordType};
use crate::auth::{Admin, Editor, Viewer};
use crate::cards::{self, StatementCard};
use crate::editing::{Checker, is_foreign_key_violation, is_unique_violation, path_id, saved};
use crate::error::{AppError, Result, render};
use crate::forms::FormData;
use crate::values::StatementKind;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/statements/{id}/appearances", post(add_appearance))
        .route("/statements/{id}/retract", post(retract))
        .route("/statements/{id}/delete", post(delete))
        .route("/corrections", get(corrections))
}

/// Fails with 422 and the message when a field is wrong (these small forms live on the
/// statement page, so the message comes on a page of its own with a way back).
fn first_error(check: Checker<'_>) -> Result<()> {
    match check.errors.all().first() {
        Some((_, message)) => Err(AppError::Unprocessable((*message).to_owned())),
        None => Ok(()),
    }
}

async fn add_appearance(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Statement)?;
    let form = FormData::parse(&body);
    let mut check = Checker::new(&form);
    let article_id = check.id("article_id", "Article");
    let wording = check.required("wording", "The wording in that article", 10_000);
    if article_id.is_none() && check.errors.is_empty() {
        check.errors.add("article_id", "Choose the article.");
    }
    first_error(check)?;
    let article_id = article_id.unwrap_or_default();

    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, RecordType::Statement, id).await?;
    let kind: StatementKind = sqlx::query_scalar("select kind from statement where id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    match super::edit::add_appearance(&mut tx, id, article_id, kind, &wording).await {
        Ok(()) => {}
        Err(error) if is_unique_violation(&error) => {
            return Err(AppError::Conflict(
                "This statement is already recorded in that article.".to_owned(),
            ));
        }
        Err(error) if is_foreign_key_violation(&error) => {
            return Err(AppError::Unprocessable(
                "That article does not exist.".to_owned(),
            ));
        }
        Err(error) => return Err(error.into()),
    }
    sqlx::query("update statement set version = version + 1 where id = ?")
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
    tx.commit().await?;
    Ok(saved(&format!("/statements/{id}")))
}

async fn retract(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Statement)?;
    let form = FormData::parse(&body);
    let mut check = Checker::new(&form);
    let reason = check.required("reason", "The reason for the retraction", 1000);
    first_error(check)?;

    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, RecordType::Statement, id).await?;
    let updated = sqlx::query(
        "update statement set state = 'retracted', retraction_reason = ?,
                retracted_on = date('now'), version = version + 1,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         where id = ? and state = 'published'",
    )
    .bind(&reason)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::Conflict(
            "This statement is already retracted.".to_owned(),
        ));
    }
    audit::log_change(
        &mut tx,
        user.id,
        RecordType::Statement,
        id,
        "retract",
        Some(&before),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(&format!("/statements/{id}")))
}

async fn delete(
    Admin(user): Admin,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Statement)?;
    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, RecordType::Statement, id).await?;
    match sqlx::query("delete from statement where id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await
    {
        Ok(_) => {}
        Err(error) if is_foreign_key_violation(&error) => {
            return Err(AppError::Conflict(
                "A commitment's history or deadline rests on this statement; change that first, \
                 or retract the statement instead."
                    .to_owned(),
            ));
        }
        Err(error) => return Err(error.into()),
    }
    audit::log_change(
        &mut tx,
        user.id,
        RecordType::Statement,
        id,
        "delete",
        Some(&before),
    )
    .await?;
    tx.commit().await?;
    Ok(saved("/"))
}

#[derive(Template)]
#[template(path = "corrections.html")]
struct CorrectionsPage {
    viewer: Viewer,
    statements: Vec<StatementCard>,
}

/// Every retracted statement, most recent retraction first: corrections are public.
async fn corrections(viewer: Viewer, State(state): State<AppState>) -> Result<Html<String>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "select id from statement where state = 'retracted' order by retracted_on desc, id desc",
    )
    .fetch_all(&state.db)
    .await?;
    let statements = cards::load_statement_cards(&state.db, &ids).await?;
    render(&CorrectionsPage { viewer, statements })
}
