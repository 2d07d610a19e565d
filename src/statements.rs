//! The statement permalink: the card, every appearance, relations, positions, a citation and
//! schema.org JSON-LD.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use serde_json::json;

use crate::AppState;
use crate::auth::Viewer;
use crate::cards::{self, StatementCard};
use crate::citation::citation;
use crate::error::{AppError, Result, render};
use crate::values::{ActorKind, Day, PositionStance, RelationKind};

mod actions;
pub mod edit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/statements/{id}", get(permalink))
        .merge(crate::editing::routes::<edit::Statement>())
        .merge(actions::routes())
}

/// The statement in one article.
#[derive(Debug, sqlx::FromRow)]
struct AppearanceRow {
    article_id: i64,
    title: String,
    url: Option<String>,
    published_on: Option<String>,
    outlet: Option<String>,
    wording: String,
    verbatim: Option<bool>,
    translator: Option<String>,
}

impl AppearanceRow {
    fn published_display(&self) -> String {
        self.published_on
            .as_deref()
            .and_then(|d| Day::parse(d).ok())
            .map(Day::long)
            .unwrap_or_else(|| "publication date not recorded".to_owned())
    }
}

/// A relation as seen from this statement, in either direction.
#[derive(Debug, sqlx::FromRow)]
struct RelationRow {
    kind: RelationKind,
    other_id: i64,
    other_speaker: String,
    other_text: String,
}

#[derive(Debug, sqlx::FromRow)]
struct PositionRow {
    commitment_id: i64,
    commitment_title: String,
    stance: PositionStance,
}

#[derive(Template)]
#[template(path = "statement.html")]
struct StatementPage {
    viewer: Viewer,
    edit_href: String,
    history_href: String,
    delete_href: String,
    /// Articles to record another appearance in (editors only).
    articles: Vec<(i64, String)>,
    card: StatementCard,
    appearances: Vec<AppearanceRow>,
    outgoing: Vec<RelationRow>,
    incoming: Vec<RelationRow>,
    positions: Vec<PositionRow>,
    citation: String,
    permalink: String,
    json_ld: String,
}

async fn permalink(
    viewer: Viewer,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Html<String>> {
    let missing = || AppError::not_found(format!("There is no statement {id:?}."));
    let id: i64 = id.parse().map_err(|_| missing())?;
    let card = cards::load_statement_cards(&state.db, &[id])
        .await?
        .pop()
        .ok_or_else(missing)?;
    let appearances: Vec<AppearanceRow> = sqlx::query_as(
        "select ar.id as article_id, ar.title, ar.url, ar.published_on, o.name as outlet,
                ap.wording, ap.verbatim, coalesce(ap.translator, ar.translator) as translator
         from appearance ap
         join article ar on ar.id = ap.article_id
         left join outlet o on o.id = ar.outlet_id
         where ap.statement_id = ?
         order by ar.published_on is null, ar.published_on, ap.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let outgoing: Vec<RelationRow> = sqlx::query_as(
        "select r.kind, o.id as other_id, a.name as other_speaker, o.text as other_text
         from statement_relation r
         join statement o on o.id = r.to_statement_id
         join actor a on a.id = o.actor_id
         where r.from_statement_id = ? order by r.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let incoming: Vec<RelationRow> = sqlx::query_as(
        "select r.kind, o.id as other_id, a.name as other_speaker, o.text as other_text
         from statement_relation r
         join statement o on o.id = r.from_statement_id
         join actor a on a.id = o.actor_id
         where r.to_statement_id = ? order by r.id",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let positions: Vec<PositionRow> = sqlx::query_as(
        "select c.id as commitment_id, c.title as commitment_title, p.stance
         from position p join commitment c on c.id = p.commitment_id
         where p.statement_id = ? order by c.title",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let permalink = format!("{}/statements/{id}", state.config.public_url);
    let json_ld = json_ld(&card, &appearances, &permalink, &state.config.public_url)?;
    let articles = if viewer.can_edit() {
        sqlx::query_as(
            "select id, title from article
             order by published_on is null, published_on desc, id desc limit 500",
        )
        .fetch_all(&state.db)
        .await?
    } else {
        Vec::new()
    };
    render(&StatementPage {
        viewer,
        edit_href: format!("/statements/{id}/edit"),
        history_href: format!("/history?record_type=statement&record_id={id}"),
        delete_href: format!("/statements/{id}/delete"),
        articles,
        citation: citation(&card, &permalink),
        card,
        appearances,
        outgoing,
        incoming,
        positions,
        permalink,
        json_ld,
    })
}

/// schema.org markup: a `Quotation` for the actor's own words, a `Claim` for reported speech,
/// each pointing at the articles it appeared in. Escaped so that it cannot close its
/// `<script>` element.
fn json_ld(
    card: &StatementCard,
    appearances: &[AppearanceRow],
    permalink: &str,
    base: &str,
) -> Result<String> {
    let speaker = json!({
        "@type": match card.speaker.kind {
            ActorKind::Person => "Person",
            ActorKind::Institution => "Organization",
        },
        "name": card.speaker.name,
        "url": format!("{base}/actors/{}", card.speaker.slug),
    });
    let works: Vec<serde_json::Value> = appearances
        .iter()
        .map(|a| {
            let mut work = json!({
                "@type": "NewsArticle",
                "headline": a.title,
                "url": a.url.clone().unwrap_or_else(|| format!("{base}/articles/{}", a.article_id)),
            });
            if let Some(day) = &a.published_on {
                work["datePublished"] = json!(day);
            }
            if let Some(outlet) = &a.outlet {
                work["publisher"] = json!({"@type": "Organization", "name": outlet});
            }
            if let Some(translator) = &a.translator {
                work["translator"] = json!({"@type": "Person", "name": translator});
            }
            work
        })
        .collect();
    let mut data = if card.is_direct() {
        json!({
            "@context": "https://schema.org",
            "@type": "Quotation",
            "@id": permalink,
            "url": permalink,
            "text": card.text,
            "spokenByCharacter": speaker,
            "creator": speaker,
            "isPartOf": works.first(),
            "citation": works,
        })
    } else {
        json!({
            "@context": "https://schema.org",
            "@type": "Claim",
            "@id": permalink,
            "url": permalink,
            "text": card.text,
            "author": speaker,
            "appearance": works,
            "firstAppearance": works.first(),
        })
    };
    if card.date.is_known() {
        data["dateCreated"] = json!(card.date.machine());
    }
    let text = serde_json::to_string_pretty(&data)?;
    Ok(text
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}
