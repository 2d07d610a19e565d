//! Atom feeds (RFC 4287): the timeline with any filter, one per actor and one per commitment.
//! Status changes of commitments are entries too.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::AppState;
use crate::cards::{self, EventCard, StatementCard, push_ids};
use crate::error::{AppError, Result};
use crate::filter::StatementFilter;
use crate::values::{Slug, StatementKind};

/// Entries in a feed.
const FEED_SIZE: usize = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/feed.atom", get(timeline_feed))
        .route("/actors/{slug}/feed.atom", get(actor_feed))
        .route("/commitments/{id}/feed.atom", get(commitment_feed))
}

fn atom(feed: Feed) -> Response {
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response()
}

fn timestamp(text: &str) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(text).unwrap_or_default()
}

fn link(href: String, rel: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link
}

fn person(name: &str) -> Person {
    Person {
        name: name.to_owned(),
        ..Person::default()
    }
}

/// When each statement was last changed, for the entries' `updated`.
async fn updated_at(db: &SqlitePool, ids: &[i64]) -> Result<Vec<(i64, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query =
        QueryBuilder::<Sqlite>::new("select id, updated_at from statement where id in (");
    push_ids(&mut query, ids);
    query.push(")");
    Ok(query.build_query_as().fetch_all(db).await?)
}

fn statement_entry(card: &StatementCard, updated: &str, base: &str) -> Entry {
    let permalink = format!("{base}/statements/{}", card.id);
    let mut entry = Entry::default();
    entry.set_id(permalink.clone());
    let words: String = card.text.chars().take(90).collect();
    let ellipsis = if card.text.chars().count() > 90 {
        "…"
    } else {
        ""
    };
    entry.set_title(Text::plain(match card.kind {
        StatementKind::Direct => {
            format!("{}: \u{201c}{words}{ellipsis}\u{201d}", card.speaker.name)
        }
        StatementKind::Reported => format!("{} (reported): {words}{ellipsis}", card.speaker.name),
    }));
    entry.set_updated(timestamp(updated));
    if let Some(day) = card.date.day {
        entry.set_published(timestamp(&format!("{day}T00:00:00Z")));
    }
    entry.set_authors(vec![person(&card.speaker.name)]);
    entry.set_links(vec![link(permalink, "alternate")]);
    let mut summary = format!(
        "{} — {}. {}",
        card.date.display(),
        card.sourcing.label(),
        card.text
    );
    if !summary.ends_with(['.', '!', '?']) {
        summary.push('.');
    }
    if let Some(source) = &card.source {
        summary.push_str(&format!(" Source: {}", source.title));
        if let Some(translator) = &source.translator {
            summary.push_str(&format!(", translated by {translator}"));
        }
        summary.push('.');
    }
    let mut content = Content::default();
    content.set_content_type("text".to_owned());
    content.set_value(summary);
    entry.set_content(content);
    let mut categories = vec![Category {
        term: card.kind.as_str().to_owned(),
        label: Some(card.kind.label().to_owned()),
        ..Category::default()
    }];
    if let Some(stance) = card.stance {
        categories.push(Category {
            term: stance.as_str().to_owned(),
            label: Some(stance.label().to_owned()),
            ..Category::default()
        });
    }
    entry.set_categories(categories);
    entry
}

fn event_entry(event: &EventCard, created: &str, base: &str) -> Entry {
    let page = format!("{base}/commitments/{}", event.commitment_id);
    let mut entry = Entry::default();
    entry.set_id(format!("{page}#event-{}", event.id));
    entry.set_title(Text::plain(format!(
        "{}: {}",
        event.status.label(),
        event.commitment_title
    )));
    entry.set_updated(timestamp(created));
    if let Some(day) = event.date.day {
        entry.set_published(timestamp(&format!("{day}T00:00:00Z")));
    }
    entry.set_links(vec![link(page, "alternate")]);
    let mut summary = format!(
        "{} — status changed to {}.",
        event.date.display(),
        event.status.label().to_lowercase()
    );
    if let Some(note) = &event.note {
        summary.push_str(&format!(" {note}."));
    }
    let mut content = Content::default();
    content.set_content_type("text".to_owned());
    content.set_value(summary);
    entry.set_content(content);
    entry.set_categories(vec![Category {
        term: format!("status:{}", event.status.as_str()),
        label: Some(event.status.label().to_owned()),
        ..Category::default()
    }]);
    entry
}

/// Builds a feed; its `updated` is the newest entry's.
fn feed(title: String, self_href: String, page_href: String, mut entries: Vec<Entry>) -> Feed {
    entries.sort_by(|a, b| b.updated().cmp(a.updated()));
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_href.clone());
    feed.set_updated(
        entries
            .iter()
            .map(|e| *e.updated())
            .max()
            .unwrap_or_default(),
    );
    feed.set_authors(vec![person("Guarantee Watch")]);
    feed.set_links(vec![link(self_href, "self"), link(page_href, "alternate")]);
    feed.set_entries(entries);
    feed
}

async fn statement_entries(
    db: &SqlitePool,
    filter: &StatementFilter,
    base: &str,
) -> Result<Vec<Entry>> {
    let (page, cards) = cards::load_page(db, filter, FEED_SIZE).await?;
    let updated = updated_at(db, &page.ids).await?;
    Ok(cards
        .iter()
        .map(|card| {
            let at = updated
                .iter()
                .find(|(id, _)| *id == card.id)
                .map_or("", |(_, at)| at.as_str());
            statement_entry(card, at, base)
        })
        .collect())
}

async fn event_entries(db: &SqlitePool, commitment_ids: &[i64], base: &str) -> Result<Vec<Entry>> {
    if commitment_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = cards::event_query();
    query.push(" where e.commitment_id in (");
    push_ids(&mut query, commitment_ids);
    query
        .push(") order by e.id desc limit ")
        .push_bind(FEED_SIZE as i64);
    let events = cards::load_event_cards(db, query).await?;
    Ok(events
        .iter()
        .map(|event| event_entry(event, &event.created_at, base))
        .collect())
}

async fn timeline_feed(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let filter = StatementFilter::parse(query.as_deref())?;
    crate::facets::check_references(&state, &filter).await?;
    let base = &state.config.public_url;
    let entries = statement_entries(&state.db, &filter, base).await?;
    let query = filter.query_string();
    let with = |path: &str| crate::views::with_query(&format!("{base}{path}"), &query);
    let title = if filter.is_active() {
        "Guarantee Watch: statements matching a filter"
    } else {
        "Guarantee Watch: statements on security guarantees for Ukraine"
    };
    Ok(atom(feed(
        title.to_owned(),
        with("/feed.atom"),
        with("/"),
        entries,
    )))
}

async fn actor_feed(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response> {
    let missing = || AppError::not_found(format!("There is no actor {slug:?}."));
    let parsed = Slug::parse(&slug).map_err(|_| missing())?;
    let actor = crate::actors::find_actor(&state, &parsed)
        .await?
        .ok_or_else(missing)?;
    let id = actor.id;
    let base = &state.config.public_url;
    let filter = StatementFilter {
        actors: vec![parsed.clone()],
        ..StatementFilter::default()
    };
    let mut entries = statement_entries(&state.db, &filter, base).await?;
    let provided: Vec<i64> = sqlx::query_scalar(
        "select commitment_id from commitment_provider_actor where actor_id = ?",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    entries.extend(event_entries(&state.db, &provided, base).await?);
    Ok(atom(feed(
        format!("Guarantee Watch: {}", actor.name),
        format!("{base}/actors/{}/feed.atom", parsed.as_str()),
        format!("{base}/actors/{}", parsed.as_str()),
        entries,
    )))
}

async fn commitment_feed(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let missing = || AppError::not_found(format!("There is no commitment {id:?}."));
    let id: i64 = id.parse().map_err(|_| missing())?;
    let title: String = sqlx::query_scalar("select title from commitment where id = ?")
        .bind(id)
        .fetch_optional(&state.db)
        .await?
        .ok_or_else(missing)?;
    let base = &state.config.public_url;
    let mut entries = event_entries(&state.db, &[id], base).await?;
    let positioned: Vec<i64> = sqlx::query_scalar(
        "select p.statement_id from position p join statement s on s.id = p.statement_id
         where p.commitment_id = ? and s.state = 'published' order by s.sort_day desc, s.id desc limit ?",
    )
    .bind(id)
    .bind(FEED_SIZE as i64)
    .fetch_all(&state.db)
    .await?;
    let cards = cards::load_statement_cards(&state.db, &positioned).await?;
    let updated = updated_at(&state.db, &positioned).await?;
    for card in &cards {
        let at = updated
            .iter()
            .find(|(sid, _)| *sid == card.id)
            .map_or("", |(_, at)| at.as_str());
        entries.push(statement_entry(card, at, base));
    }
    Ok(atom(feed(
        format!("Guarantee Watch: {title}"),
        format!("{base}/commitments/{id}/feed.atom"),
        format!("{base}/commitments/{id}"),
        entries,
    )))
}
