//! Adding and correcting articles and outlets, and deleting an article entered by mistake.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use sqlx::{SqliteConnection, SqlitePool};

use crate::AppState;
use crate::audit::{self, RecordType};
use crate::auth::{Admin, SessionUser, Viewer};
use crate::editing::{
    self, Checker, Choice, Conflict, Editable, FormContext, is_foreign_key_violation, path_id,
    refusal_messages, saved,
};
use crate::error::{AppError, Result};
use crate::forms::{FieldErrors, FormData};
use crate::values::CountryCode;

pub fn routes() -> Router<AppState> {
    editing::routes::<Article>()
        .merge(editing::routes::<Outlet>())
        .route("/articles/{id}/delete", post(delete_article))
}

/// The article form.
pub struct Article;

/// An article's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct ArticleFields {
    title: String,
    outlet_id: String,
    url: String,
    published_on: String,
    language: String,
    original_language: String,
    translator: String,
    body: String,
    version: i64,
}

/// A checked article.
pub struct ArticleInput {
    title: String,
    outlet_id: Option<i64>,
    url: Option<String>,
    published_on: Option<String>,
    language: String,
    original_language: Option<String>,
    translator: Option<String>,
    body: Option<String>,
}

#[derive(Template)]
#[template(path = "article_form.html")]
struct ArticleFormPage {
    viewer: Viewer,
    heading: String,
    action: String,
    fields: ArticleFields,
    errors: FieldErrors,
    outlets: Vec<Choice>,
    conflict: Conflict,
}

type ArticleRow = (
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
);

impl Editable for Article {
    const RECORD: RecordType = RecordType::Article;
    const COLLECTION: &'static str = "articles";
    type Fields = ArticleFields;
    type Input = ArticleInput;

    fn fields(form: &FormData) -> ArticleFields {
        let language = form.get("language");
        ArticleFields {
            title: form.get("title").to_owned(),
            outlet_id: form.get("outlet_id").to_owned(),
            url: form.get("url").to_owned(),
            published_on: form.get("published_on").to_owned(),
            // A new form starts in English, the language of most sources so far.
            language: if form.has("title") { language } else { "en" }.to_owned(),
            original_language: form.get("original_language").to_owned(),
            translator: form.get("translator").to_owned(),
            body: form.get("body").to_owned(),
            version: form.get("version").parse().unwrap_or(0),
        }
    }

    fn check(form: &FormData) -> Result<ArticleInput, FieldErrors> {
        let mut check = Checker::new(form);
        let input = ArticleInput {
            title: check.required("title", "Title", 500),
            outlet_id: check.id("outlet_id", "Outlet"),
            url: check.url("url", "Address"),
            published_on: check
                .day("published_on", "Publication date")
                .map(|d| d.to_string()),
            language: check.required("language", "Language", 12),
            original_language: check.optional("original_language", "Original language", 12),
            translator: check.optional("translator", "Translator", 200),
            body: check.optional("body", "Text", 200_000),
        };
        check.finish(input)
    }

    async fn load(db: &SqlitePool, id: i64) -> Result<Option<ArticleFields>> {
        let row: Option<ArticleRow> = sqlx::query_as(
            "select title, outlet_id, url, published_on, language, original_language, translator,
                    body, version
             from article where id = ?",
        )
        .bind(id)
        .fetch_optional(db)
        .await?;
        Ok(row.map(
            |(title, outlet, url, published, language, original, translator, body, version)| {
                ArticleFields {
                    title,
                    outlet_id: outlet.map(|o| o.to_string()).unwrap_or_default(),
                    url: url.unwrap_or_default(),
                    published_on: published.unwrap_or_default(),
                    language,
                    original_language: original.unwrap_or_default(),
                    translator: translator.unwrap_or_default(),
                    body: body.unwrap_or_default(),
                    version,
                }
            },
        ))
    }

    async fn insert(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        input: &ArticleInput,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "insert into article (title, outlet_id, url, published_on, language,
                                  original_language, translator, body)
             values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
        )
        .bind(&input.title)
        .bind(input.outlet_id)
        .bind(&input.url)
        .bind(&input.published_on)
        .bind(&input.language)
        .bind(&input.original_language)
        .bind(&input.translator)
        .bind(&input.body)
        .fetch_one(conn)
        .await
    }

    async fn update(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        id: i64,
        version: i64,
        input: &ArticleInput,
    ) -> Result<bool, sqlx::Error> {
        let result = sqlx::query(
            "update article set title = ?, outlet_id = ?, url = ?, published_on = ?, language = ?,
                    original_language = ?, translator = ?, body = ?, version = version + 1,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where id = ? and version = ?",
        )
        .bind(&input.title)
        .bind(input.outlet_id)
        .bind(&input.url)
        .bind(&input.published_on)
        .bind(&input.language)
        .bind(&input.original_language)
        .bind(&input.translator)
        .bind(&input.body)
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await?;
        if result.rows_affected() != 1 {
            return Ok(false);
        }
        // The quotes it carries are checked against the new text.
        crate::statements::edit::recheck_article(conn, id).await?;
        Ok(true)
    }

    fn refusal(error: &sqlx::Error) -> Option<FieldErrors> {
        refusal_messages(
            error,
            ("url", "Another article already has this address."),
            ("outlet_id", "That outlet no longer exists; choose another."),
        )
    }

    async fn form_page(db: &SqlitePool, context: FormContext<ArticleFields>) -> Result<String> {
        let outlets: Vec<(i64, String)> =
            sqlx::query_as("select id, name from outlet order by name")
                .fetch_all(db)
                .await?;
        let page = ArticleFormPage {
            heading: context.heading("article"),
            action: context.action("articles"),
            outlets: Choice::list(
                outlets.into_iter().map(|(id, name)| (id.to_string(), name)),
                std::slice::from_ref(&context.fields.outlet_id),
                Some("Not recorded"),
            ),
            viewer: context.viewer,
            fields: context.fields,
            errors: context.errors,
            conflict: context.conflict,
        };
        Ok(page.render()?)
    }

    async fn location(_db: &SqlitePool, id: i64) -> Result<String> {
        Ok(format!("/articles/{id}"))
    }
}

async fn delete_article(
    Admin(user): Admin,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let id = path_id(&id, RecordType::Article)?;
    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, RecordType::Article, id).await?;
    let deleted = sqlx::query("delete from article where id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await;
    match deleted {
        Ok(_) => {}
        Err(error) if is_foreign_key_violation(&error) => {
            return Err(AppError::Conflict(
                "This article is the source of statements or status changes: remove those first."
                    .to_owned(),
            ));
        }
        Err(error) => return Err(error.into()),
    }
    audit::log_change(
        &mut tx,
        user.id,
        RecordType::Article,
        id,
        "delete",
        Some(&before),
    )
    .await?;
    tx.commit().await?;
    Ok(saved("/articles"))
}

/// The outlet form.
pub struct Outlet;

/// An outlet's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct OutletFields {
    name: String,
    homepage: String,
    country: String,
    version: i64,
}

/// A checked outlet.
pub struct OutletInput {
    name: String,
    homepage: Option<String>,
    country: Option<CountryCode>,
}

#[derive(Template)]
#[template(path = "outlet_form.html")]
struct OutletFormPage {
    viewer: Viewer,
    heading: String,
    action: String,
    fields: OutletFields,
    errors: FieldErrors,
    countries: Vec<Choice>,
    conflict: Conflict,
}

impl Editable for Outlet {
    const RECORD: RecordType = RecordType::Outlet;
    const COLLECTION: &'static str = "outlets";
    type Fields = OutletFields;
    type Input = OutletInput;

    fn fields(form: &FormData) -> OutletFields {
        OutletFields {
            name: form.get("name").to_owned(),
            homepage: form.get("homepage").to_owned(),
            country: form.get("country").to_owned(),
            version: form.get("version").parse().unwrap_or(0),
        }
    }

    fn check(form: &FormData) -> Result<OutletInput, FieldErrors> {
        let mut check = Checker::new(form);
        let input = OutletInput {
            name: check.required("name", "Name", 200),
            homepage: check.url("homepage", "Homepage"),
            country: check.countries("country").into_iter().next(),
        };
        check.finish(input)
    }

    async fn load(db: &SqlitePool, id: i64) -> Result<Option<OutletFields>> {
        let row: Option<(String, Option<String>, Option<String>, i64)> =
            sqlx::query_as("select name, homepage, country, version from outlet where id = ?")
                .bind(id)
                .fetch_optional(db)
                .await?;
        Ok(row.map(|(name, homepage, country, version)| OutletFields {
            name,
            homepage: homepage.unwrap_or_default(),
            country: country.unwrap_or_default().to_ascii_lowercase(),
            version,
        }))
    }

    async fn insert(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        input: &OutletInput,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "insert into outlet (name, homepage, country) values (?, ?, ?) returning id",
        )
        .bind(&input.name)
        .bind(&input.homepage)
        .bind(input.country.as_ref().map(CountryCode::as_str))
        .fetch_one(conn)
        .await
    }

    async fn update(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        id: i64,
        version: i64,
        input: &OutletInput,
    ) -> Result<bool, sqlx::Error> {
        let result = sqlx::query(
            "update outlet set name = ?, homepage = ?, country = ?, version = version + 1
             where id = ? and version = ?",
        )
        .bind(&input.name)
        .bind(&input.homepage)
        .bind(input.country.as_ref().map(CountryCode::as_str))
        .bind(id)
        .bind(version)
        .execute(conn)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    fn refusal(error: &sqlx::Error) -> Option<FieldErrors> {
        refusal_messages(
            error,
            ("name", "There is already an outlet with this name."),
            ("country", "Unknown country."),
        )
    }

    async fn form_page(db: &SqlitePool, context: FormContext<OutletFields>) -> Result<String> {
        let countries = crate::editing::country_options(db).await?;
        let page = OutletFormPage {
            heading: context.heading("outlet"),
            action: context.action("outlets"),
            countries: Choice::list(
                countries,
                &[context.fields.country.to_ascii_lowercase()],
                Some("Not recorded"),
            ),
            viewer: context.viewer,
            fields: context.fields,
            errors: context.errors,
            conflict: context.conflict,
        };
        Ok(page.render()?)
    }

    async fn location(_db: &SqlitePool, _id: i64) -> Result<String> {
        Ok("/articles/new".to_owned())
    }
}
