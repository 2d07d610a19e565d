//! The statement card and the commitment-event card: what every list shows of a statement or a
//! status change, loaded for a whole page in a fixed number of queries.

use std::collections::HashMap;

use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::filter::{Page, StatementFilter};

use crate::values::{
    ActorKind, CommitmentStatus, CommitmentType, CountryCode, DatePrecision, Day, EditorialState,
    FuzzyDate, Sourcing, Stance, StatementKind,
};

/// A country as lists link to it.
#[derive(Debug, Clone)]
pub struct CountryRef {
    /// Lower-case code, as in `/countries/fr`.
    pub code: String,
    pub name: String,
}

/// A speaker as the card shows them.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub slug: String,
    pub kind: ActorKind,
    pub name: String,
    pub role: Option<String>,
    pub country: Option<CountryRef>,
}

/// Who a statement was made on behalf of.
#[derive(Debug, Clone)]
pub struct ActorLink {
    pub slug: String,
    pub name: String,
}

/// Where a statement first appeared.
#[derive(Debug, Clone)]
pub struct Source {
    pub article_id: i64,
    pub title: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_on: Option<Day>,
    pub translator: Option<String>,
}

impl Source {
    /// "19 August 2025", or a plain admission that the date is not recorded.
    pub fn published_display(&self) -> String {
        self.published_on
            .map(Day::long)
            .unwrap_or_else(|| "publication date not recorded".to_owned())
    }
}

/// Everything a statement card shows.
#[derive(Debug, Clone)]
pub struct StatementCard {
    pub id: i64,
    pub text: String,
    pub kind: StatementKind,
    pub sourcing: Sourcing,
    pub date: FuzzyDate,
    pub context: Option<String>,
    pub stance: Option<Stance>,
    pub state: EditorialState,
    pub retraction_reason: Option<String>,
    pub retracted_on: Option<String>,
    pub speaker: Speaker,
    pub speaks_for: Option<ActorLink>,
    pub source: Option<Source>,
    /// The countries the statement is about (the speaker's own is shown with the speaker).
    pub countries: Vec<CountryRef>,
    /// The timeline's sort key, empty when the date is unknown.
    pub sort_day: String,
    /// The words in parts, those matching a search marked `true`.
    pub text_parts: Vec<(String, bool)>,
}

impl StatementCard {
    /// Whether the card shows the actor's own words.
    pub fn is_direct(&self) -> bool {
        self.kind == StatementKind::Direct
    }

    /// Whether the statement has been retracted.
    pub fn is_retracted(&self) -> bool {
        self.state == EditorialState::Retracted
    }
}

/// A card's columns as the card query returns them: one JSON array per statement, in the
/// order of [`CARD_COLUMNS`].
#[derive(serde::Deserialize)]
struct CardRow(
    i64,
    String,
    StatementKind,
    Sourcing,
    Option<String>,
    DatePrecision,
    Option<String>,
    Option<Stance>,
    EditorialState,
    Option<String>,
    Option<String>,
    String,
    // The speaker: slug, kind, name, role, country code and name.
    String,
    ActorKind,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    // On behalf of: slug and name.
    Option<String>,
    Option<String>,
    // The first source: article id, title, url, publication day, translator, outlet.
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    // The countries the statement is about: [code, name] pairs by name.
    Vec<(String, String)>,
);

/// What [`load_statement_cards`] reads of each statement, as a JSON array.
const CARD_COLUMNS: &str = "json_array(s.id, s.text, s.kind, s.sourcing, s.said_on,
        s.date_precision, s.context, s.stance, s.state, s.retraction_reason, s.retracted_on,
        s.sort_day,
        a.slug, a.kind, a.name, a.role, a.country, c.name,
        f.slug, f.name,
        ar.id, ar.title, ar.url, ar.published_on, coalesce(ap.translator, ar.translator), o.name,
        json((select json_group_array(json_array(sc.country, about.name) order by about.name)
              from statement_country sc join country about on about.code = sc.country
              where sc.statement_id = s.id)))";

/// A country as lists link to it, from its stored code and name.
pub fn country_ref(code: Option<String>, name: Option<String>) -> Option<CountryRef> {
    Some(CountryRef {
        code: CountryCode::parse(&code?).ok()?.url_form(),
        name: name?,
    })
}

impl From<CardRow> for StatementCard {
    fn from(row: CardRow) -> Self {
        let CardRow(
            id,
            text,
            kind,
            sourcing,
            said_on,
            date_precision,
            context,
            stance,
            state,
            retraction_reason,
            retracted_on,
            sort_day,
            actor_slug,
            actor_kind,
            actor_name,
            actor_role,
            actor_country,
            actor_country_name,
            for_slug,
            for_name,
            article_id,
            article_title,
            article_url,
            article_published_on,
            translator,
            outlet_name,
            countries,
        ) = row;
        let source = match (article_id, article_title) {
            (Some(article_id), Some(title)) => Some(Source {
                article_id,
                title,
                url: article_url,
                outlet: outlet_name,
                published_on: article_published_on
                    .as_deref()
                    .and_then(|d| Day::parse(d).ok()),
                translator,
            }),
            _ => None,
        };
        Self {
            id,
            text_parts: vec![(text.clone(), false)],
            text,
            kind,
            sourcing,
            date: FuzzyDate::from_stored(said_on.as_deref(), date_precision),
            context,
            stance,
            state,
            retraction_reason,
            retracted_on,
            speaker: Speaker {
                slug: actor_slug,
                kind: actor_kind,
                name: actor_name,
                role: actor_role,
                country: country_ref(actor_country, actor_country_name),
            },
            speaks_for: for_slug
                .zip(for_name)
                .map(|(slug, name)| ActorLink { slug, name }),
            source,
            countries: countries
                .into_iter()
                .filter_map(|(code, name)| country_ref(Some(code), Some(name)))
                .collect(),
            sort_day,
        }
    }
}

/// Marks the words of each card that match a search.
pub async fn highlight(
    db: &SqlitePool,
    cards: &mut [StatementCard],
    query: &str,
) -> Result<(), sqlx::Error> {
    let Some(expression) = crate::search::fts_query(query) else {
        return Ok(());
    };
    let ids: Vec<i64> = cards.iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return Ok(());
    }
    let mut sql = QueryBuilder::<Sqlite>::new(
        "select rowid, highlight(statement_search, 0, char(57344), char(57345))
         from statement_search where statement_search match ",
    );
    sql.push_bind(expression).push(" and rowid in (");
    push_ids(&mut sql, &ids);
    sql.push(")");
    let rows: Vec<(i64, String)> = sql.build_query_as().fetch_all(db).await?;
    for (id, marked) in rows {
        if let Some(card) = cards.iter_mut().find(|c| c.id == id) {
            card.text_parts = crate::search::highlighted_parts(&marked);
        }
    }
    Ok(())
}

/// Loads the cards of the given statements, in the order given.
///
/// The whole page comes back as one row holding a JSON array: each row a query returns
/// crosses from the database's thread to the request's, and at fifty cards and their
/// countries that hand-over cost more than the query itself.
pub async fn load_statement_cards(
    db: &SqlitePool,
    ids: &[i64],
) -> Result<Vec<StatementCard>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = QueryBuilder::<Sqlite>::new(format!(
        "select json_group_array({CARD_COLUMNS}) from statement s {CARD_JOINS} where s.id in ("
    ));
    push_ids(&mut query, ids);
    query.push(")");
    let mut by_id: HashMap<i64, StatementCard> = read_cards(db, query)
        .await?
        .into_iter()
        .map(|card| (card.id, card))
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// The page of statements matching `filter` after its cursor, with their cards, in one query.
pub async fn load_page(
    db: &SqlitePool,
    filter: &StatementFilter,
    size: usize,
) -> Result<(Page, Vec<StatementCard>), sqlx::Error> {
    let mut query = QueryBuilder::<Sqlite>::new("with page (id, sort_day) as (");
    crate::filter::push_page_query(&mut query, filter, size);
    query.push(format!(
        ") select json_group_array({CARD_COLUMNS})
           from page join statement s on s.id = page.id {CARD_JOINS}"
    ));
    let mut cards = read_cards(db, query).await?;
    // Timeline order, as the page query reads it.
    cards.sort_unstable_by(|a, b| (&b.sort_day, b.id).cmp(&(&a.sort_day, a.id)));
    let page = Page::of_positions(
        cards.iter().map(|c| (c.id, c.sort_day.clone())).collect(),
        size,
    );
    cards.truncate(size);
    Ok((page, cards))
}

/// The joins [`CARD_COLUMNS`] reads from, after `statement s`.
const CARD_JOINS: &str = "join actor a on a.id = s.actor_id
     left join country c on c.code = a.country
     left join actor f on f.id = s.speaks_for_id
     left join appearance ap on ap.id = (
         select first.id from appearance first join article fa on fa.id = first.article_id
         where first.statement_id = s.id
         order by fa.published_on is null, fa.published_on, first.id
         limit 1)
     left join article ar on ar.id = ap.article_id
     left join outlet o on o.id = ar.outlet_id";

/// Runs a card query: one row holding every card as a JSON array.
async fn read_cards(
    db: &SqlitePool,
    mut query: QueryBuilder<Sqlite>,
) -> Result<Vec<StatementCard>, sqlx::Error> {
    let json: String = query.build_query_scalar().fetch_one(db).await?;
    let rows: Vec<CardRow> =
        serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(rows.into_iter().map(StatementCard::from).collect())
}

/// A status change of a commitment, as the timeline and histories show it.
#[derive(Debug, Clone)]
pub struct EventCard {
    pub id: i64,
    pub commitment_id: i64,
    pub commitment_title: String,
    pub commitment_type: CommitmentType,
    pub status: CommitmentStatus,
    pub date: FuzzyDate,
    pub note: Option<String>,
    /// The statement that shows the change, with its speaker's name.
    pub statement: Option<(i64, String)>,
    pub article: Option<(i64, String)>,
    pub providers: Vec<CountryRef>,
    pub sort_day: String,
    /// When the change was recorded.
    pub created_at: String,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    commitment_id: i64,
    commitment_title: String,
    commitment_type: CommitmentType,
    status: CommitmentStatus,
    occurred_on: Option<String>,
    date_precision: DatePrecision,
    note: Option<String>,
    statement_id: Option<i64>,
    statement_speaker: Option<String>,
    article_id: Option<i64>,
    article_title: Option<String>,
    sort_day: String,
    created_at: String,
}

/// The columns [`load_event_cards`] reads, for queries that choose events their own way.
const EVENT_COLUMNS: &str = "select e.id, e.commitment_id, cm.title as commitment_title,
        cm.type as commitment_type, e.status, e.occurred_on, e.date_precision, e.note,
        e.statement_id, speaker.name as statement_speaker, e.article_id,
        ar.title as article_title, e.sort_day, e.created_at
     from commitment_event e
     join commitment cm on cm.id = e.commitment_id
     left join statement evidence on evidence.id = e.statement_id
     left join actor speaker on speaker.id = evidence.actor_id
     left join article ar on ar.id = e.article_id";

/// Starts a query for event cards; the caller adds `where …` and `order by …`.
pub fn event_query() -> QueryBuilder<Sqlite> {
    QueryBuilder::new(EVENT_COLUMNS)
}

/// Runs a query started with [`event_query`] and completes the cards with their providers.
pub async fn load_event_cards(
    db: &SqlitePool,
    mut query: QueryBuilder<Sqlite>,
) -> Result<Vec<EventCard>, sqlx::Error> {
    let rows: Vec<EventRow> = query.build_query_as().fetch_all(db).await?;
    let mut cards: Vec<EventCard> = rows
        .into_iter()
        .map(|row| EventCard {
            id: row.id,
            commitment_id: row.commitment_id,
            commitment_title: row.commitment_title,
            commitment_type: row.commitment_type,
            status: row.status,
            date: FuzzyDate::from_stored(row.occurred_on.as_deref(), row.date_precision),
            note: row.note,
            statement: row.statement_id.zip(row.statement_speaker),
            article: row.article_id.zip(row.article_title),
            providers: Vec::new(),
            sort_day: row.sort_day,
            created_at: row.created_at,
        })
        .collect();
    let commitment_ids: Vec<i64> = cards.iter().map(|c| c.commitment_id).collect();
    let providers = load_provider_countries(db, &commitment_ids).await?;
    for card in &mut cards {
        card.providers = providers
            .get(&card.commitment_id)
            .cloned()
            .unwrap_or_default();
    }
    Ok(cards)
}

/// The provider countries of each given commitment.
pub async fn load_provider_countries(
    db: &SqlitePool,
    commitment_ids: &[i64],
) -> Result<HashMap<i64, Vec<CountryRef>>, sqlx::Error> {
    let mut providers: HashMap<i64, Vec<CountryRef>> = HashMap::new();
    if commitment_ids.is_empty() {
        return Ok(providers);
    }
    let mut query = QueryBuilder::<Sqlite>::new(
        "select p.commitment_id, p.country, c.name from commitment_provider_country p
         join country c on c.code = p.country where p.commitment_id in (",
    );
    push_ids(&mut query, commitment_ids);
    query.push(") order by c.name");
    let rows: Vec<(i64, String, String)> = query.build_query_as().fetch_all(db).await?;
    for (commitment_id, code, name) in rows {
        if let Some(country) = country_ref(Some(code), Some(name)) {
            providers.entry(commitment_id).or_default().push(country);
        }
    }
    Ok(providers)
}

/// Pushes a comma-separated list of bound ids.
pub fn push_ids(query: &mut QueryBuilder<Sqlite>, ids: &[i64]) {
    let mut list = query.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
}
