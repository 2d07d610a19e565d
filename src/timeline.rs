//! The timeline: statements and commitment events, newest first, grouped by day, with filters,
//! facet counts and keyset pagination.

use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use sqlx::SqlitePool;

use crate::AppState;
use crate::auth::Viewer;
use crate::cards::{self, EventCard, StatementCard};
use crate::error::{Result, render};
use crate::facets::{self, FacetGroup};
use crate::filter::{Page, StatementFilter};
use crate::views::{ActiveFilter, DayGroup, PageNav, TimelineItem, group_by_day};

/// Statements on one page.
pub const PAGE_SIZE: usize = 50;

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(timeline))
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    viewer: Viewer,
    days: Vec<DayGroup>,
    total: i64,
    facets: Vec<FacetGroup>,
    active: Vec<ActiveFilter>,
    filter: StatementFilter,
    events_hidden: bool,
    nav: PageNav,
    /// Statements per month for these filters.
    density: Option<crate::charts::Chart>,
    /// The filters as a query string, for the JSON, CSV and Atom twins.
    twins: crate::views::Twins,
}

async fn timeline(
    viewer: Viewer,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let filter = StatementFilter::parse(query.as_deref())?;
    // The filter form sends its empty fields too; the address to copy and share should hold
    // only the filters chosen.
    if filter.after.is_none() && has_empty_values(query.as_deref()) {
        let canonical = crate::views::with_query("/", &filter.query_string());
        return Ok(Redirect::to(&canonical).into_response());
    }
    crate::facets::check_references(&state, &filter).await?;
    let (page, mut statements) = cards::load_page(&state.db, &filter, PAGE_SIZE).await?;
    if let Some(q) = &filter.q {
        cards::highlight(&state.db, &mut statements, q).await?;
    }
    let events = if filter.applies_to_events() {
        events_for_page(&state.db, &filter, &page).await?
    } else {
        Vec::new()
    };
    let (total, facets) = facets::count(&state, &filter).await?;
    let facets: Vec<FacetGroup> = facets
        .into_iter()
        .map(|group| match group.key {
            "actor" | "country" | "topic" => group.shortened(facets::LISTED_OPTIONS),
            _ => group,
        })
        .collect();
    let active = ActiveFilter::list(&filter, &facets);
    let nav = PageNav::new("/", &filter, page.next.as_ref());
    let twins = crate::views::Twins::for_statements(&filter.query_string());
    let density = density_strip(&facets);
    Ok(render(&TimelinePage {
        viewer,
        twins,
        density,
        days: group_by_day(merge(statements, events)),
        total,
        facets,
        active,
        events_hidden: !filter.applies_to_events(),
        filter,
        nav,
    })?
    .into_response())
}

/// Whether a query string has a parameter with no value (`from=&to=`).
fn has_empty_values(query: Option<&str>) -> bool {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes()).any(|(_, v)| v.trim().is_empty())
}

/// The commitment events that fall between this page's statements: after the previous page's
/// last day, up to and including this page's last day, or everything older on the last page.
/// Every event so lands on exactly one page.
async fn events_for_page(
    db: &SqlitePool,
    filter: &StatementFilter,
    page: &Page,
) -> Result<Vec<EventCard>> {
    let mut query = cards::event_query();
    query.push(" where 1 = 1");
    if let Some(after) = &filter.after {
        query
            .push(" and e.sort_day <= ")
            .push_bind(after.sort_day.clone());
    }
    if page.next.is_some()
        && let Some(last_day) = &page.last_day
    {
        query.push(" and e.sort_day > ").push_bind(last_day.clone());
    }
    if !filter.actors.is_empty() {
        // Checked per event (a page's window holds few), not by listing every statement of
        // the actors (a prolific speaker has hundreds of thousands).
        query.push(
            " and (exists (select 1 from statement s join actor a on a.id = s.actor_id
                           where s.id = e.statement_id and a.slug in (",
        );
        push_strings(&mut query, filter.actors.iter().map(|a| a.as_str()));
        query.push(
            ")) or exists (select 1 from commitment_provider_actor p
                           join actor a on a.id = p.actor_id
                           where p.commitment_id = e.commitment_id and a.slug in (",
        );
        push_strings(&mut query, filter.actors.iter().map(|a| a.as_str()));
        query.push(")))");
    }
    if !filter.countries.is_empty() {
        query.push(
            " and e.commitment_id in (select commitment_id from commitment_provider_country
                                      where country in (",
        );
        push_strings(&mut query, filter.countries.iter().map(|c| c.as_str()));
        query.push("))");
    }
    if let Some(from) = filter.from {
        query
            .push(" and e.occurred_on >= ")
            .push_bind(from.to_string());
    }
    if let Some(to) = filter.to {
        query
            .push(" and e.occurred_on <= ")
            .push_bind(to.to_string());
    }
    query.push(" order by e.sort_day desc, e.id desc");
    Ok(cards::load_event_cards(db, query).await?)
}

/// Statements per month, oldest first, from the month facet (which already reflects every
/// other filter).
fn density_strip(facets: &[FacetGroup]) -> Option<crate::charts::Chart> {
    let months = facets.iter().find(|f| f.key == "month")?;
    if months.options.is_empty() {
        return None;
    }
    let mut bars: Vec<crate::charts::Bar> = months
        .options
        .iter()
        .map(|o| crate::charts::Bar {
            label: o.label.clone(),
            value: o.count,
        })
        .collect();
    bars.reverse();
    Some(crate::charts::bar_chart(
        "density",
        "Dated statements per month",
        bars,
    ))
}

fn push_strings<'a>(
    query: &mut sqlx::QueryBuilder<sqlx::Sqlite>,
    values: impl Iterator<Item = &'a str>,
) {
    let mut list = query.separated(", ");
    for value in values {
        list.push_bind(value.to_owned());
    }
}

/// Interleaves statements and events, both newest first; on the same day events come first.
fn merge(statements: Vec<StatementCard>, events: Vec<EventCard>) -> Vec<TimelineItem> {
    let mut items = Vec::with_capacity(statements.len() + events.len());
    let mut statements = statements.into_iter().peekable();
    let mut events = events.into_iter().peekable();
    loop {
        let take_event = match (statements.peek(), events.peek()) {
            (Some(s), Some(e)) => e.sort_day >= s.sort_day,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => break,
        };
        if take_event {
            items.extend(
                events
                    .next()
                    .map(|event| TimelineItem::Event(Box::new(event))),
            );
        } else {
            items.extend(
                statements
                    .next()
                    .map(|card| TimelineItem::Statement(Box::new(card))),
            );
        }
    }
    items
}
