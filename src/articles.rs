//! Articles: the sources, with their publication details and the statements they carry.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;

use crate::AppState;
use crate::auth::Viewer;
use crate::cards::{self, StatementCard};
use crate::error::{AppError, Result, render};
use crate::values::Day;

mod edit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/articles", get(list))
        .route("/articles/{id}", get(detail))
        .merge(edit::routes())
}

/// An article with its outlet and number of published statements.
#[derive(Debug, sqlx::FromRow, serde::Serialize)]
pub struct ArticleRow {
    pub id: i64,
    pub title: String,
    pub url: Option<String>,
    pub published_on: Option<String>,
    pub language: String,
    pub original_language: Option<String>,
    pub translator: Option<String>,
    pub outlet: Option<String>,
    pub outlet_homepage: Option<String>,
    pub statements: i64,
}

/// Every article, newest first, undated last.
pub async fn all_articles(db: &sqlx::SqlitePool) -> Result<Vec<ArticleRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ARTICLE_COLUMNS} order by ar.published_on is null, ar.published_on desc, ar.id desc"
    )))
    .fetch_all(db)
    .await?)
}

/// One article.
pub async fn find_article(db: &sqlx::SqlitePool, id: i64) -> Result<Option<ArticleRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ARTICLE_COLUMNS} where ar.id = ?"
    )))
    .bind(id)
    .fetch_optional(db)
    .await?)
}

/// The published statements an article carries, in the order they were recorded.
pub async fn article_statement_ids(db: &sqlx::SqlitePool, id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "select ap.statement_id from appearance ap join statement s on s.id = ap.statement_id
         where ap.article_id = ? and s.state = 'published' order by ap.id",
    )
    .bind(id)
    .fetch_all(db)
    .await?)
}

impl ArticleRow {
    fn published_display(&self) -> String {
        self.published_on
            .as_deref()
            .and_then(|d| Day::parse(d).ok())
            .map(Day::long)
            .unwrap_or_else(|| "Publication date not recorded".to_owned())
    }
}

const ARTICLE_COLUMNS: &str = "select ar.id, ar.title, ar.url, ar.published_on, ar.language,
        ar.original_language, ar.translator, o.name as outlet, o.homepage as outlet_homepage,
        (select count(*) from appearance ap join statement s on s.id = ap.statement_id
         where ap.article_id = ar.id and s.state = 'published') as statements
     from article ar left join outlet o on o.id = ar.outlet_id";

#[derive(Template)]
#[template(path = "articles.html")]
struct ArticlesPage {
    viewer: Viewer,
    articles: Vec<ArticleRow>,
}

async fn list(viewer: Viewer, State(state): State<AppState>) -> Result<Html<String>> {
    let articles = all_articles(&state.db).await?;
    render(&ArticlesPage { viewer, articles })
}

#[derive(Template)]
#[template(path = "article.html")]
struct ArticlePage {
    viewer: Viewer,
    edit_href: String,
    history_href: String,
    delete_href: String,
    /// Whether the article's text is stored (for suggested statements).
    has_text: bool,
    article: ArticleRow,
    statements: Vec<StatementCard>,
}

async fn detail(
    viewer: Viewer,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Html<String>> {
    let missing = || AppError::not_found(format!("There is no article {id:?}."));
    let id: i64 = id.parse().map_err(|_| missing())?;
    let article = find_article(&state.db, id).await?.ok_or_else(missing)?;
    let ids = article_statement_ids(&state.db, id).await?;
    let statements = cards::load_statement_cards(&state.db, &ids).await?;
    let has_text: bool =
        sqlx::query_scalar("select coalesce(length(trim(body)), 0) > 0 from article where id = ?")
            .bind(id)
            .fetch_one(&state.db)
            .await?;
    render(&ArticlePage {
        viewer,
        edit_href: format!("/articles/{id}/edit"),
        history_href: format!("/history?record_type=article&record_id={id}"),
        delete_href: format!("/articles/{id}/delete"),
        has_text,
        article,
        statements,
    })
}
