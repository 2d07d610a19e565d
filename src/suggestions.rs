//! Suggested statements: the quotations and commitments found in an article's text, each
//! shown in its paragraph for an editor to correct and accept. Nothing is stored until the
//! editor accepts; accepting stores every chosen row in one transaction, audited.
//!
//! `/suggestions` takes a pasted article (saved first, since statements appear in an article)
//! and leads to `/articles/{id}/suggestions`, the review screen.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use sqlx::SqlitePool;

use crate::AppState;
use crate::audit::{self, RecordType};
use crate::auth::{Editor, SessionUser, Viewer};
use crate::editing::{
    Checker, Choice, is_foreign_key_violation, is_unique_violation, page_response, path_id, saved,
};
use crate::error::{AppError, Result};
use crate::forms::{FieldErrors, FormData};
use crate::values::{
    ActorKind, CommitmentStatus, CommitmentType, DatePrecision, Day, PositionStance, Sourcing,
    Stance, StatementKind,
};

mod accept;
pub mod rows;

use rows::{CommitmentRow, NEW_ACTOR, Passage, QuoteRow, Recorded, passages, row_count};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/suggestions", get(paste_form).post(paste))
        .route("/articles/{id}/suggestions", get(screen).post(accept))
}

/// The article suggestions are made for.
pub struct Article {
    pub id: i64,
    pub title: String,
    pub body: Option<String>,
    pub published_on: Option<String>,
}

async fn load_article(db: &SqlitePool, id: i64) -> Result<Article> {
    let row: Option<(String, Option<String>, Option<String>)> =
        sqlx::query_as("select title, body, published_on from article where id = ?")
            .bind(id)
            .fetch_optional(db)
            .await?;
    let (title, body, published_on) =
        row.ok_or_else(|| AppError::not_found(format!("There is no article {id}.")))?;
    Ok(Article {
        id,
        title,
        body: body.filter(|b| !b.trim().is_empty()),
        published_on,
    })
}

/// A suggested statement with what its controls need.
struct QuoteView {
    row: QuoteRow,
    passages: Vec<Passage>,
    recorded: Option<Recorded>,
    actors: Vec<Choice>,
    kinds: Vec<Choice>,
    new_kinds: Vec<Choice>,
    sourcings: Vec<Choice>,
    precisions: Vec<Choice>,
    stances: Vec<Choice>,
}

impl QuoteView {
    /// The statement these words are already recorded as, from this article.
    fn recorded_here(&self) -> Option<i64> {
        match self.recorded {
            Some(Recorded::Here(id)) => Some(id),
            _ => None,
        }
    }

    /// The statement these words are recorded as, from another article.
    fn recorded_elsewhere(&self) -> Option<i64> {
        match self.recorded {
            Some(Recorded::Elsewhere(id)) => Some(id),
            _ => None,
        }
    }
}

/// A suggested commitment with what its controls need.
struct CommitmentView {
    row: CommitmentRow,
    passages: Vec<Passage>,
    types: Vec<Choice>,
    countries: Vec<Choice>,
    statuses: Vec<Choice>,
    statements: Vec<Choice>,
    positions: Vec<Choice>,
}

impl CommitmentView {
    /// What its accept box is labelled by: the article's words that carry it, else its
    /// details or title as typed.
    fn label(&self) -> String {
        let marked: Vec<&str> = self.passages.iter().map(|p| p.marked.as_str()).collect();
        let words = marked.join(" ");
        [words.trim(), self.row.details.trim(), self.row.title.trim()]
            .into_iter()
            .find(|text| !text.is_empty())
            .unwrap_or_default()
            .to_owned()
    }
}

#[derive(Template)]
#[template(path = "suggestions.html")]
struct ScreenPage {
    viewer: Viewer,
    article_id: i64,
    article_title: String,
    has_text: bool,
    quotes: Vec<QuoteView>,
    commitments: Vec<CommitmentView>,
    errors: FieldErrors,
}

/// Renders the review screen for these rows.
async fn respond_with_screen(
    db: &SqlitePool,
    user: SessionUser,
    article: &Article,
    quotes: Vec<QuoteRow>,
    commitments: Vec<CommitmentRow>,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response> {
    let body = article.body.as_deref().unwrap_or_default();
    let actors: Vec<(i64, String)> = sqlx::query_as(
        "select id, name || coalesce(' (' || role || ')', '') from actor order by name, id",
    )
    .fetch_all(db)
    .await?;
    let actor_options: Vec<(String, String)> = actors
        .into_iter()
        .map(|(id, label)| (id.to_string(), label))
        .chain([(
            NEW_ACTOR.to_owned(),
            "Create a new actor (name below)".to_owned(),
        )])
        .collect();
    let countries = crate::editing::country_options(db).await?;
    let mut conn = db.acquire().await?;
    let mut quote_views = Vec::with_capacity(quotes.len());
    for row in quotes {
        let recorded = accept::recorded(&mut conn, article.id, &row).await?;
        let one = |value: &String| std::slice::from_ref(value).to_vec();
        quote_views.push(QuoteView {
            passages: passages(body, row.start, row.end),
            recorded,
            actors: Choice::list(
                actor_options.clone(),
                &one(&row.actor),
                Some("Choose the speaker…"),
            ),
            kinds: Choice::list(StatementKind::options(), &one(&row.kind), Some("Choose…")),
            new_kinds: Choice::list(ActorKind::options(), &one(&row.new_kind), None),
            sourcings: Choice::list(Sourcing::options(), &one(&row.sourcing), Some("Choose…")),
            precisions: Choice::list(DatePrecision::options(), &one(&row.precision), None),
            stances: Choice::list(Stance::options(), &one(&row.stance), Some("Not stated")),
            row,
        });
    }
    drop(conn);
    let statement_options: Vec<(String, String)> = quote_views
        .iter()
        .map(|q| (format!("q{}", q.row.index), q.row.heading()))
        .collect();
    let commitment_views = commitments
        .into_iter()
        .map(|row| {
            let one = |value: &String| std::slice::from_ref(value).to_vec();
            CommitmentView {
                passages: passages(body, row.start, row.end),
                types: Choice::list(CommitmentType::options(), &one(&row.kind), Some("Choose…")),
                countries: Choice::list(countries.clone(), &row.by, None),
                statuses: Choice::list(CommitmentStatus::options(), &one(&row.status), None),
                statements: Choice::list(
                    statement_options.clone(),
                    &one(&row.statement),
                    Some("No statement"),
                ),
                positions: Choice::list(
                    PositionStance::options(),
                    &one(&row.position),
                    Some("Choose…"),
                ),
                row,
            }
        })
        .collect();
    page_response(
        status,
        &ScreenPage {
            viewer: Viewer { user: Some(user) },
            article_id: article.id,
            article_title: article.title.clone(),
            has_text: article.body.is_some(),
            quotes: quote_views,
            commitments: commitment_views,
            errors,
        },
    )
}

/// `GET /articles/{id}/suggestions`: what the text proposes, nothing ticked.
async fn screen(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Article)?;
    let article = load_article(&state.db, id).await?;
    let (quotes, commitments) = match &article.body {
        Some(body) => {
            let published = article
                .published_on
                .as_deref()
                .and_then(|d| Day::parse(d).ok());
            let extraction =
                crate::actors::extract_with_known(&state.db, body.clone(), published).await?;
            let ids: Vec<(String, i64)> = sqlx::query_as("select slug, id from actor")
                .fetch_all(&state.db)
                .await?;
            let actor_id = |slug: &str| ids.iter().find(|(s, _)| s == slug).map(|(_, id)| *id);
            let quotes: Vec<QuoteRow> = extraction
                .quotes
                .iter()
                .take(rows::MAX_ROWS)
                .enumerate()
                .map(|(i, p)| QuoteRow::proposed(i, p, actor_id, article.published_on.as_deref()))
                .collect();
            let names: Vec<(String, String)> = sqlx::query_as("select code, name from country")
                .fetch_all(&state.db)
                .await?;
            let country_name = |code: &str| {
                names
                    .iter()
                    .find(|(c, _)| c.eq_ignore_ascii_case(code))
                    .map(|(_, n)| n.clone())
            };
            let commitments = extraction
                .commitments
                .iter()
                .take(rows::MAX_ROWS)
                .enumerate()
                .map(|(i, p)| CommitmentRow::proposed(i, p.into(), country_name, &quotes))
                .collect();
            (quotes, commitments)
        }
        None => (Vec::new(), Vec::new()),
    };
    respond_with_screen(
        &state.db,
        user,
        &article,
        quotes,
        commitments,
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /articles/{id}/suggestions`: stores the accepted rows, or shows the screen again with
/// every problem and nothing stored.
async fn accept(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Article)?;
    let article = load_article(&state.db, id).await?;
    let form = FormData::parse(&body);
    let (Some(quote_count), Some(commitment_count)) =
        (row_count(&form, "quotes"), row_count(&form, "commitments"))
    else {
        return Err(AppError::bad_request(format!(
            "This form does not say how many suggestions it holds (at most {} of each); \
             open the suggestions again.",
            rows::MAX_ROWS
        )));
    };
    let quotes: Vec<QuoteRow> = (0..quote_count)
        .map(|i| QuoteRow::submitted(&form, i))
        .collect();
    let commitments: Vec<CommitmentRow> = (0..commitment_count)
        .map(|i| CommitmentRow::submitted(&form, i))
        .collect();
    let mut recorded = Vec::with_capacity(quotes.len());
    {
        let mut conn = state.db.acquire().await?;
        for row in &quotes {
            recorded.push(accept::recorded(&mut conn, id, row).await?);
        }
    }
    match accept::check(&state.db, &form, &article, &quotes, &recorded, &commitments).await? {
        Ok(plan) => {
            let stored = accept::store(&state, &user, &article, plan).await?;
            tracing::info!(
                article = id,
                actors = stored.actors,
                statements = stored.statements,
                appearances = stored.appearances,
                commitments = stored.commitments,
                "suggestions accepted"
            );
            Ok(saved(&format!("/articles/{id}")))
        }
        Err(errors) => {
            respond_with_screen(
                &state.db,
                user,
                &article,
                quotes,
                commitments,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// An article as pasted, as typed.
#[derive(Debug, Default, Clone)]
struct PasteFields {
    title: String,
    outlet_id: String,
    url: String,
    published_on: String,
    language: String,
    original_language: String,
    translator: String,
    body: String,
}

impl PasteFields {
    fn of(form: &FormData) -> Self {
        Self {
            title: form.get("title").to_owned(),
            outlet_id: form.get("outlet_id").to_owned(),
            url: form.get("url").to_owned(),
            published_on: form.get("published_on").to_owned(),
            language: if form.has("language") {
                form.get("language")
            } else {
                "en"
            }
            .to_owned(),
            original_language: form.get("original_language").to_owned(),
            translator: form.get("translator").to_owned(),
            body: form.get("body").to_owned(),
        }
    }
}

#[derive(Template)]
#[template(path = "suggestions_paste.html")]
struct PastePage {
    viewer: Viewer,
    fields: PasteFields,
    errors: FieldErrors,
    outlets: Vec<Choice>,
}

async fn respond_with_paste(
    db: &SqlitePool,
    user: SessionUser,
    fields: PasteFields,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response> {
    let outlets: Vec<(i64, String)> = sqlx::query_as("select id, name from outlet order by name")
        .fetch_all(db)
        .await?;
    let outlets = Choice::list(
        outlets.into_iter().map(|(id, name)| (id.to_string(), name)),
        std::slice::from_ref(&fields.outlet_id),
        Some("Not recorded"),
    );
    page_response(
        status,
        &PastePage {
            viewer: Viewer { user: Some(user) },
            fields,
            errors,
            outlets,
        },
    )
}

/// `GET /suggestions`: a form to paste an article's text with its details.
async fn paste_form(Editor(user): Editor, State(state): State<AppState>) -> Result<Response> {
    respond_with_paste(
        &state.db,
        user,
        PasteFields::of(&FormData::default()),
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /suggestions` (also the new-article form's "Save and suggest statements"): saves the
/// article, audited, then leads to its suggestions. The text is required here.
async fn paste(
    Editor(user): Editor,
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Response> {
    let form = FormData::parse(&body);
    let mut check = Checker::new(&form);
    let title = check.required("title", "Title", 500);
    let outlet_id = check.id("outlet_id", "Outlet");
    let url = check.url("url", "Address");
    let published_on = check
        .day("published_on", "Publication date")
        .map(|d| d.to_string());
    let language = check.required("language", "Language", 12);
    let original_language = check.optional("original_language", "Original language", 12);
    let translator = check.optional("translator", "Translator", 200);
    let text = check.required("body", "The text of the article", 200_000);
    if let Some(outlet) = outlet_id {
        let exists: bool = sqlx::query_scalar("select exists (select 1 from outlet where id = ?)")
            .bind(outlet)
            .fetch_one(&state.db)
            .await?;
        if !exists {
            check
                .errors
                .add("outlet_id", "That outlet no longer exists; choose another.");
        }
    }
    if let Err(errors) = check.finish(()) {
        let fields = PasteFields::of(&form);
        return respond_with_paste(
            &state.db,
            user,
            fields,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let mut tx = state.write().await?;
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "insert into article (title, outlet_id, url, published_on, language, original_language,
                              translator, body)
         values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
    )
    .bind(&title)
    .bind(outlet_id)
    .bind(&url)
    .bind(&published_on)
    .bind(&language)
    .bind(&original_language)
    .bind(&translator)
    .bind(&text)
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(error) if is_unique_violation(&error) || is_foreign_key_violation(&error) => {
            drop(tx);
            let mut errors = FieldErrors::default();
            if is_unique_violation(&error) {
                errors.add("url", "Another article already has this address.");
            } else {
                errors.add("outlet_id", "That outlet no longer exists; choose another.");
            }
            return respond_with_paste(
                &state.db,
                user,
                PasteFields::of(&form),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(error) => return Err(error.into()),
    };
    audit::log_change(&mut tx, user.id, RecordType::Article, id, "create", None).await?;
    tx.commit().await?;
    Ok(saved(&format!("/articles/{id}/suggestions")))
}
