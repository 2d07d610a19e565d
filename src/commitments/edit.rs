//! Adding and correcting commitments, and recording what became of them.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use sqlx::{SqliteConnection, SqlitePool};

use crate::AppState;
use crate::audit::{self, RecordType};
use crate::auth::{Editor, SessionUser, Viewer};
use crate::editing::{
    self, Checker, Choice, Conflict, Editable, FormContext, is_foreign_key_violation, path_id,
    saved,
};
use crate::error::{AppError, Result};
use crate::forms::{FieldErrors, FormData};
use crate::values::{CommitmentStatus, CommitmentType, CountryCode, Day};

pub fn routes() -> Router<AppState> {
    editing::routes::<Commitment>().route("/commitments/{id}/events", post(add_event))
}

/// The commitment form.
pub struct Commitment;

/// A commitment's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct CommitmentFields {
    title: String,
    kind: String,
    beneficiary: String,
    quantity: String,
    geography: String,
    conditions: String,
    details: String,
    due_on: String,
    due_text: String,
    due_statement_id: String,
    provider_countries: Vec<String>,
    provider_actors: Vec<String>,
    depends_on: Vec<String>,
    version: i64,
}

/// A checked commitment.
pub struct CommitmentInput {
    title: String,
    kind: CommitmentType,
    beneficiary: CountryCode,
    quantity: Option<String>,
    geography: Option<String>,
    conditions: Option<String>,
    details: Option<String>,
    due_on: Option<Day>,
    due_text: Option<String>,
    due_statement_id: Option<i64>,
    provider_countries: Vec<CountryCode>,
    provider_actors: Vec<i64>,
    depends_on: Vec<i64>,
}

#[derive(Template)]
#[template(path = "commitment_form.html")]
struct CommitmentFormPage {
    viewer: Viewer,
    heading: String,
    action: String,
    fields: CommitmentFields,
    errors: FieldErrors,
    conflict: Conflict,
    types: Vec<Choice>,
    beneficiaries: Vec<Choice>,
    countries: Vec<Choice>,
    actors: Vec<Choice>,
    commitments: Vec<Choice>,
}

fn ids(check: &mut Checker<'_>, field: &str, label: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for value in check.form.all(field) {
        match value.trim().parse::<i64>() {
            Ok(id) if id > 0 => ids.push(id),
            _ => check
                .errors
                .add(field, format!("{label}: choose from the list.")),
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

async fn store_links(
    conn: &mut SqliteConnection,
    id: i64,
    input: &CommitmentInput,
) -> Result<(), sqlx::Error> {
    for table in [
        "delete from commitment_provider_country where commitment_id = ?",
        "delete from commitment_provider_actor where commitment_id = ?",
        "delete from commitment_dependency where commitment_id = ?",
    ] {
        sqlx::query(table).bind(id).execute(&mut *conn).await?;
    }
    for country in &input.provider_countries {
        sqlx::query(
            "insert into commitment_provider_country (commitment_id, country) values (?, ?)",
        )
        .bind(id)
        .bind(country.as_str())
        .execute(&mut *conn)
        .await?;
    }
    for actor in &input.provider_actors {
        sqlx::query(
            "insert into commitment_provider_actor (commitment_id, actor_id) values (?, ?)",
        )
        .bind(id)
        .bind(actor)
        .execute(&mut *conn)
        .await?;
    }
    for other in input.depends_on.iter().filter(|other| **other != id) {
        sqlx::query(
            "insert into commitment_dependency (commitment_id, depends_on_id) values (?, ?)",
        )
        .bind(id)
        .bind(other)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Editable for Commitment {
    const RECORD: RecordType = RecordType::Commitment;
    const COLLECTION: &'static str = "commitments";
    type Fields = CommitmentFields;
    type Input = CommitmentInput;

    fn fields(form: &FormData) -> CommitmentFields {
        let beneficiary = form.get("beneficiary");
        CommitmentFields {
            title: form.get("title").to_owned(),
            kind: form.get("type").to_owned(),
            // Ukraine unless stated otherwise.
            beneficiary: if beneficiary.is_empty() {
                "ua"
            } else {
                beneficiary
            }
            .to_owned(),
            quantity: form.get("quantity").to_owned(),
            geography: form.get("geography").to_owned(),
            conditions: form.get("conditions").to_owned(),
            details: form.get("details").to_owned(),
            due_on: form.get("due_on").to_owned(),
            due_text: form.get("due_text").to_owned(),
            due_statement_id: form.get("due_statement_id").to_owned(),
            provider_countries: form.all("provider_countries"),
            provider_actors: form.all("provider_actors"),
            depends_on: form.all("depends_on"),
            version: form.get("version").parse().unwrap_or(0),
        }
    }

    fn check(form: &FormData) -> Result<CommitmentInput, FieldErrors> {
        let mut check = Checker::new(form);
        let title = check.required("title", "Title", 300);
        let kind = check.choice("type", "Type", CommitmentType::parse);
        let beneficiary = match form.get("beneficiary").trim() {
            "" => CountryCode::parse("ua").ok(),
            _ => check.countries("beneficiary").into_iter().next(),
        };
        let quantity = check.optional("quantity", "Quantity", 300);
        let geography = check.optional("geography", "Where", 300);
        let conditions = check.optional("conditions", "Conditions", 1000);
        let details = check.optional("details", "Details", 2000);
        let due_on = check.day("due_on", "Due date");
        let due_text = check.optional("due_text", "How the date was promised", 300);
        let due_statement_id = check.id("due_statement_id", "Statement that promised the date");
        let provider_countries = check.countries("provider_countries");
        let provider_actors = ids(&mut check, "provider_actors", "Providing actors");
        let depends_on = ids(&mut check, "depends_on", "Depends on");
        match (kind, beneficiary) {
            (Some(kind), Some(beneficiary)) => check.finish(CommitmentInput {
                title,
                kind,
                beneficiary,
                quantity,
                geography,
                conditions,
                details,
                due_on,
                due_text,
                due_statement_id,
                provider_countries,
                provider_actors,
                depends_on,
            }),
            _ => Err(check.errors),
        }
    }

    async fn check_references(db: &SqlitePool, input: &CommitmentInput) -> Result<FieldErrors> {
        let mut errors = FieldErrors::default();
        if let Some(id) = input.due_statement_id {
            let found: bool =
                sqlx::query_scalar("select exists (select 1 from statement where id = ?)")
                    .bind(id)
                    .fetch_one(db)
                    .await?;
            if !found {
                errors.add("due_statement_id", format!("There is no statement {id}."));
            }
        }
        Ok(errors)
    }

    async fn load(db: &SqlitePool, id: i64) -> Result<Option<CommitmentFields>> {
        type Row = (
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<i64>,
            i64,
        );
        let row: Option<Row> = sqlx::query_as(
            "select title, type, lower(beneficiary), quantity, geography, conditions, details,
                    due_on, due_text, due_statement_id, version
             from commitment where id = ?",
        )
        .bind(id)
        .fetch_optional(db)
        .await?;
        let Some((
            title,
            kind,
            beneficiary,
            quantity,
            geography,
            conditions,
            details,
            due_on,
            due_text,
            due_statement,
            version,
        )) = row
        else {
            return Ok(None);
        };
        let list = |sql: &'static str| async move {
            sqlx::query_scalar::<_, String>(sql)
                .bind(id)
                .fetch_all(db)
                .await
        };
        Ok(Some(CommitmentFields {
            title,
            kind,
            beneficiary,
            quantity: quantity.unwrap_or_default(),
            geography: geography.unwrap_or_default(),
            conditions: conditions.unwrap_or_default(),
            details: details.unwrap_or_default(),
            due_on: due_on.unwrap_or_default(),
            due_text: due_text.unwrap_or_default(),
            due_statement_id: due_statement.map(|s| s.to_string()).unwrap_or_default(),
            provider_countries: list(
                "select lower(country) from commitment_provider_country where commitment_id = ?",
            )
            .await?,
            provider_actors: list(
                "select cast(actor_id as text) from commitment_provider_actor where commitment_id = ?",
            )
            .await?,
            depends_on: list(
                "select cast(depends_on_id as text) from commitment_dependency where commitment_id = ?",
            )
            .await?,
            version,
        }))
    }

    async fn insert(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        input: &CommitmentInput,
    ) -> Result<i64, sqlx::Error> {
        let id: i64 = sqlx::query_scalar(
            "insert into commitment (title, type, beneficiary, quantity, geography, conditions,
                                     details, due_on, due_text, due_statement_id)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
        )
        .bind(&input.title)
        .bind(input.kind.as_str())
        .bind(input.beneficiary.as_str())
        .bind(&input.quantity)
        .bind(&input.geography)
        .bind(&input.conditions)
        .bind(&input.details)
        .bind(input.due_on.map(|d| d.to_string()))
        .bind(&input.due_text)
        .bind(input.due_statement_id)
        .fetch_one(&mut *conn)
        .await?;
        store_links(conn, id, input).await?;
        Ok(id)
    }

    async fn update(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        id: i64,
        version: i64,
        input: &CommitmentInput,
    ) -> Result<bool, sqlx::Error> {
        let result = sqlx::query(
            "update commitment set title = ?, type = ?, beneficiary = ?, quantity = ?,
                    geography = ?, conditions = ?, details = ?, due_on = ?, due_text = ?,
                    due_statement_id = ?, version = version + 1,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where id = ? and version = ?",
        )
        .bind(&input.title)
        .bind(input.kind.as_str())
        .bind(input.beneficiary.as_str())
        .bind(&input.quantity)
        .bind(&input.geography)
        .bind(&input.conditions)
        .bind(&input.details)
        .bind(input.due_on.map(|d| d.to_string()))
        .bind(&input.due_text)
        .bind(input.due_statement_id)
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await?;
        if result.rows_affected() != 1 {
            return Ok(false);
        }
        store_links(conn, id, input).await?;
        Ok(true)
    }

    fn refusal(error: &sqlx::Error) -> Option<FieldErrors> {
        let mut errors = FieldErrors::default();
        if is_foreign_key_violation(error) {
            errors.add(
                "provider_countries",
                "A country, actor or commitment chosen here no longer exists; check the choices.",
            );
            Some(errors)
        } else {
            None
        }
    }

    async fn form_page(db: &SqlitePool, context: FormContext<CommitmentFields>) -> Result<String> {
        let countries = crate::editing::country_options(db).await?;
        let actors: Vec<(i64, String)> = sqlx::query_as("select id, name from actor order by name")
            .fetch_all(db)
            .await?;
        let commitments: Vec<(i64, String)> =
            sqlx::query_as("select id, title from commitment where id is not ? order by title")
                .bind(context.id)
                .fetch_all(db)
                .await?;
        let fields = &context.fields;
        let numbered =
            |rows: Vec<(i64, String)>| rows.into_iter().map(|(id, t)| (id.to_string(), t));
        let page = CommitmentFormPage {
            heading: context.heading("commitment"),
            action: context.action("commitments"),
            types: Choice::list(
                CommitmentType::options(),
                std::slice::from_ref(&fields.kind),
                Some("Choose…"),
            ),
            beneficiaries: Choice::list(
                countries.clone(),
                std::slice::from_ref(&fields.beneficiary),
                None,
            ),
            countries: Choice::list(countries, &fields.provider_countries, None),
            actors: Choice::list(numbered(actors), &fields.provider_actors, None),
            commitments: Choice::list(numbered(commitments), &fields.depends_on, None),
            viewer: context.viewer,
            fields: context.fields,
            errors: context.errors,
            conflict: context.conflict,
        };
        Ok(page.render()?)
    }

    async fn location(_db: &SqlitePool, id: i64) -> Result<String> {
        Ok(format!("/commitments/{id}"))
    }
}

/// Records a status change, shown by a statement or an article. The history is append-only.
async fn add_event(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Commitment)?;
    let form = FormData::parse(&body);
    let mut check = Checker::new(&form);
    let status = check.choice("status", "Status", CommitmentStatus::parse);
    let (occurred_on, precision) = check.fuzzy_date("occurred_on", "date_precision");
    let statement_id = check.id("statement_id", "Statement");
    let article_id = check.id("article_id", "Article");
    let note = check.optional("note", "Note", 1000);
    if statement_id.is_none() && article_id.is_none() && check.errors.is_empty() {
        check.errors.add(
            "statement_id",
            "Give the statement or the article that shows this change.",
        );
    }
    if let Some((_, message)) = check.errors.all().first() {
        return Err(AppError::Unprocessable((*message).to_owned()));
    }
    let status = status.unwrap_or(CommitmentStatus::Floated);

    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, RecordType::Commitment, id).await?;
    let inserted = sqlx::query(
        "insert into commitment_event (commitment_id, status, occurred_on, date_precision,
                                       statement_id, article_id, note)
         values (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(status.as_str())
    .bind(occurred_on.map(|d| d.to_string()))
    .bind(precision.as_str())
    .bind(statement_id)
    .bind(article_id)
    .bind(&note)
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(error) if is_foreign_key_violation(&error) => {
            return Err(AppError::Unprocessable(
                "The statement or article given does not exist.".to_owned(),
            ));
        }
        Err(error) => return Err(error.into()),
    }
    sqlx::query("update commitment set version = version + 1 where id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::log_change(
        &mut tx,
        user.id,
        RecordType::Commitment,
        id,
        "status",
        Some(&before),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(&format!("/commitments/{id}")))
}
