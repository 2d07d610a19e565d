//! The statement form: who said what, where, when, how it is known, and how it relates to
//! other statements and to commitments.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use sqlx::{SqliteConnection, SqlitePool};

use crate::audit::RecordType;
use crate::auth::{SessionUser, Viewer};
use crate::editing::{Checker, Choice, Conflict, Editable, FormContext, is_foreign_key_violation};
use crate::error::Result;
use crate::forms::{FieldErrors, FormData};
use crate::quotes::{duplicate_key, is_verbatim};
use crate::values::{
    CountryCode, DatePrecision, Day, PositionStance, RelationKind, Slug, Sourcing, Stance,
    StatementKind,
};

/// The statement form.
pub struct Statement;

/// A statement's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct StatementFields {
    article_id: String,
    actor_id: String,
    speaks_for_id: String,
    kind: String,
    sourcing: String,
    text: String,
    said_on: String,
    date_precision: String,
    context: String,
    stance: String,
    countries: Vec<String>,
    topics: Vec<String>,
    relation_kind: String,
    relation_to: String,
    position_commitment: String,
    position_stance: String,
    remove_relations: Vec<String>,
    remove_positions: Vec<String>,
    version: i64,
}

/// A checked statement.
pub struct StatementInput {
    /// The article of the first appearance; only when creating.
    article_id: Option<i64>,
    actor_id: i64,
    speaks_for_id: Option<i64>,
    kind: StatementKind,
    sourcing: Sourcing,
    text: String,
    said_on: Option<Day>,
    precision: DatePrecision,
    context: Option<String>,
    stance: Option<Stance>,
    countries: Vec<CountryCode>,
    topics: Vec<Slug>,
    new_relation: Option<(RelationKind, i64)>,
    new_position: Option<(i64, PositionStance)>,
    remove_relations: Vec<i64>,
    remove_positions: Vec<i64>,
    allow_duplicate: bool,
}

/// A relation or position already recorded, with a box to remove it.
struct Existing {
    id: i64,
    label: String,
    removed: bool,
}

/// An earlier statement by the same speaker with the same words.
struct DuplicateOffer {
    id: i64,
    text: String,
    article_id: String,
}

#[derive(Template)]
#[template(path = "statement_form.html")]
struct StatementFormPage {
    viewer: Viewer,
    heading: String,
    action: String,
    is_new: bool,
    fields: StatementFields,
    errors: FieldErrors,
    conflict: Conflict,
    duplicate: Option<DuplicateOffer>,
    articles: Vec<Choice>,
    actors: Vec<Choice>,
    principals: Vec<Choice>,
    kinds: Vec<Choice>,
    sourcings: Vec<Choice>,
    precisions: Vec<Choice>,
    stances: Vec<Choice>,
    countries: Vec<Choice>,
    topics: Vec<Choice>,
    relation_kinds: Vec<Choice>,
    commitments: Vec<Choice>,
    position_stances: Vec<Choice>,
    relations: Vec<Existing>,
    positions: Vec<Existing>,
}

fn ids(values: &[String]) -> Vec<i64> {
    values
        .iter()
        .filter_map(|v| v.trim().parse().ok())
        .collect()
}

impl Statement {
    async fn page(
        db: &SqlitePool,
        context: FormContext<StatementFields>,
        duplicate: Option<DuplicateOffer>,
    ) -> Result<StatementFormPage> {
        let fields = &context.fields;
        let articles: Vec<(i64, String)> = sqlx::query_as(
            "select id, title from article
             order by published_on is null, published_on desc, id desc limit 500",
        )
        .fetch_all(db)
        .await?;
        let actors: Vec<(i64, String)> = sqlx::query_as(
            "select id, name || coalesce(' (' || role || ')', '') from actor order by name",
        )
        .fetch_all(db)
        .await?;
        let countries = crate::editing::country_options(db).await?;
        let topics: Vec<(String, String)> =
            sqlx::query_as("select slug, name from topic order by name")
                .fetch_all(db)
                .await?;
        let commitments: Vec<(i64, String)> =
            sqlx::query_as("select id, title from commitment order by title")
                .fetch_all(db)
                .await?;
        let (relations, positions) = match context.id {
            Some(id) => {
                let relations: Vec<(i64, RelationKind, i64, String)> = sqlx::query_as(
                    "select r.id, r.kind, r.to_statement_id, a.name from statement_relation r
                     join statement o on o.id = r.to_statement_id join actor a on a.id = o.actor_id
                     where r.from_statement_id = ? order by r.id",
                )
                .bind(id)
                .fetch_all(db)
                .await?;
                let positions: Vec<(i64, PositionStance, String)> = sqlx::query_as(
                    "select p.id, p.stance, c.title from position p
                     join commitment c on c.id = p.commitment_id where p.statement_id = ?
                     order by p.id",
                )
                .bind(id)
                .fetch_all(db)
                .await?;
                let removed_relations = ids(&fields.remove_relations);
                let removed_positions = ids(&fields.remove_positions);
                (
                    relations
                        .into_iter()
                        .map(|(rid, kind, to, speaker)| Existing {
                            id: rid,
                            label: format!("{} statement {to} by {speaker}", kind.label()),
                            removed: removed_relations.contains(&rid),
                        })
                        .collect(),
                    positions
                        .into_iter()
                        .map(|(pid, stance, title)| Existing {
                            id: pid,
                            label: format!("{}: {title}", stance.label()),
                            removed: removed_positions.contains(&pid),
                        })
                        .collect(),
                )
            }
            None => (Vec::new(), Vec::new()),
        };
        let to_choices =
            |rows: Vec<(i64, String)>| rows.into_iter().map(|(id, t)| (id.to_string(), t));
        Ok(StatementFormPage {
            heading: context.heading("statement"),
            action: context.action("statements"),
            is_new: context.id.is_none(),
            articles: Choice::list(
                to_choices(articles),
                std::slice::from_ref(&fields.article_id),
                Some("Choose the article…"),
            ),
            actors: Choice::list(
                to_choices(actors.clone()),
                std::slice::from_ref(&fields.actor_id),
                Some("Choose the speaker…"),
            ),
            principals: Choice::list(
                to_choices(actors),
                std::slice::from_ref(&fields.speaks_for_id),
                Some("Themselves"),
            ),
            kinds: Choice::list(
                StatementKind::options(),
                std::slice::from_ref(&fields.kind),
                Some("Choose…"),
            ),
            sourcings: Choice::list(
                Sourcing::options(),
                std::slice::from_ref(&fields.sourcing),
                Some("Choose…"),
            ),
            precisions: Choice::list(
                DatePrecision::options(),
                &[if fields.date_precision.is_empty() {
                    "day".to_owned()
                } else {
                    fields.date_precision.clone()
                }],
                None,
            ),
            stances: Choice::list(
                Stance::options(),
                std::slice::from_ref(&fields.stance),
                Some("Not stated"),
            ),
            countries: Choice::list(countries, &fields.countries, None),
            topics: Choice::list(topics, &fields.topics, None),
            relation_kinds: Choice::list(
                RelationKind::options(),
                std::slice::from_ref(&fields.relation_kind),
                Some("No new relation"),
            ),
            commitments: Choice::list(
                to_choices(commitments),
                std::slice::from_ref(&fields.position_commitment),
                Some("No new position"),
            ),
            position_stances: Choice::list(
                PositionStance::options(),
                std::slice::from_ref(&fields.position_stance),
                Some("Choose…"),
            ),
            relations,
            positions,
            duplicate,
            viewer: context.viewer,
            fields: context.fields,
            errors: context.errors,
            conflict: context.conflict,
        })
    }
}

/// Whether a direct quote stands word for word in the article's stored text; `None` when there
/// is no text to check against or the statement is reported speech.
async fn verbatim_in(
    conn: &mut SqliteConnection,
    article_id: i64,
    kind: StatementKind,
    wording: &str,
) -> Result<Option<bool>, sqlx::Error> {
    if kind != StatementKind::Direct {
        return Ok(None);
    }
    let body: Option<Option<String>> = sqlx::query_scalar("select body from article where id = ?")
        .bind(article_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(body.flatten().map(|body| is_verbatim(wording, &body)))
}

/// Checks again every direct quote that appears in an article, after its text changed.
pub async fn recheck_article(
    conn: &mut SqliteConnection,
    article_id: i64,
) -> Result<(), sqlx::Error> {
    let body: Option<String> = sqlx::query_scalar("select body from article where id = ?")
        .bind(article_id)
        .fetch_one(&mut *conn)
        .await?;
    let appearances: Vec<(i64, String)> = sqlx::query_as(
        "select ap.id, ap.wording from appearance ap join statement s on s.id = ap.statement_id
         where ap.article_id = ? and s.kind = 'direct'",
    )
    .bind(article_id)
    .fetch_all(&mut *conn)
    .await?;
    for (id, wording) in appearances {
        let verbatim = body.as_deref().map(|body| is_verbatim(&wording, body));
        sqlx::query("update appearance set verbatim = ? where id = ?")
            .bind(verbatim)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Adds a statement's appearance in an article, checking the wording against its text.
pub async fn add_appearance(
    conn: &mut SqliteConnection,
    statement_id: i64,
    article_id: i64,
    kind: StatementKind,
    wording: &str,
) -> Result<(), sqlx::Error> {
    let verbatim = verbatim_in(conn, article_id, kind, wording).await?;
    sqlx::query(
        "insert into appearance (statement_id, article_id, wording, verbatim, translator)
         values (?, ?, ?, ?, (select translator from article where id = ?))",
    )
    .bind(statement_id)
    .bind(article_id)
    .bind(wording)
    .bind(verbatim)
    .bind(article_id)
    .execute(conn)
    .await?;
    Ok(())
}

async fn store_links(
    conn: &mut SqliteConnection,
    user: &SessionUser,
    id: i64,
    input: &StatementInput,
    existing: bool,
) -> Result<(), sqlx::Error> {
    // A new statement has nothing to replace (each statement costs the writer time).
    if existing {
        sqlx::query("delete from statement_country where statement_id = ?")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("delete from statement_topic where statement_id = ?")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    for country in &input.countries {
        sqlx::query("insert into statement_country (statement_id, country) values (?, ?)")
            .bind(id)
            .bind(country.as_str())
            .execute(&mut *conn)
            .await?;
    }
    for topic in &input.topics {
        sqlx::query("insert into statement_topic (statement_id, topic) values (?, ?)")
            .bind(id)
            .bind(topic.as_str())
            .execute(&mut *conn)
            .await?;
    }
    for relation in &input.remove_relations {
        sqlx::query("delete from statement_relation where id = ? and from_statement_id = ?")
            .bind(relation)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    for position in &input.remove_positions {
        sqlx::query("delete from position where id = ? and statement_id = ?")
            .bind(position)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    if let Some((kind, to)) = input.new_relation {
        sqlx::query(
            "insert into statement_relation (from_statement_id, to_statement_id, kind, asserted_by)
             values (?, ?, ?, ?) on conflict do nothing",
        )
        .bind(id)
        .bind(to)
        .bind(kind.as_str())
        .bind(&user.username)
        .execute(&mut *conn)
        .await?;
    }
    if let Some((commitment, stance)) = input.new_position {
        sqlx::query(
            "insert into position (statement_id, commitment_id, stance) values (?, ?, ?)
             on conflict (statement_id, commitment_id) do update set stance = excluded.stance",
        )
        .bind(id)
        .bind(commitment)
        .bind(stance.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Editable for Statement {
    const RECORD: RecordType = RecordType::Statement;
    const COLLECTION: &'static str = "statements";
    type Fields = StatementFields;
    type Input = StatementInput;

    fn fields(form: &FormData) -> StatementFields {
        StatementFields {
            article_id: form.get("article_id").to_owned(),
            actor_id: form.get("actor_id").to_owned(),
            speaks_for_id: form.get("speaks_for_id").to_owned(),
            kind: form.get("kind").to_owned(),
            sourcing: form.get("sourcing").to_owned(),
            text: form.get("text").to_owned(),
            said_on: form.get("said_on").to_owned(),
            date_precision: form.get("date_precision").to_owned(),
            context: form.get("context").to_owned(),
            stance: form.get("stance").to_owned(),
            countries: form.all("countries"),
            topics: form.all("topics"),
            relation_kind: form.get("relation_kind").to_owned(),
            relation_to: form.get("relation_to").to_owned(),
            position_commitment: form.get("position_commitment").to_owned(),
            position_stance: form.get("position_stance").to_owned(),
            remove_relations: form.all("remove_relation"),
            remove_positions: form.all("remove_position"),
            version: form.get("version").parse().unwrap_or(0),
        }
    }

    fn check(form: &FormData) -> Result<StatementInput, FieldErrors> {
        let mut check = Checker::new(form);
        let article_id = if form.has("article_id") {
            let id = check.id("article_id", "Article");
            if id.is_none() && check.errors.get("article_id").is_none() {
                check
                    .errors
                    .add("article_id", "Choose the article it appeared in.");
            }
            id
        } else {
            None
        };
        let actor_id = check.id("actor_id", "Speaker");
        if actor_id.is_none() && check.errors.get("actor_id").is_none() {
            check.errors.add("actor_id", "Choose who said it.");
        }
        let speaks_for_id = check.id("speaks_for_id", "Speaking for");
        let kind = check.choice("kind", "Kind", StatementKind::parse);
        let sourcing = check.choice("sourcing", "Sourcing", Sourcing::parse);
        let text = check.required("text", "Text", 10_000);
        let (said_on, precision) = check.fuzzy_date("said_on", "date_precision");
        let context = check.optional("context", "Context", 1000);
        let stance = check.optional_choice("stance", "Stance", Stance::parse);
        let countries = check.countries("countries");
        let mut topics = Vec::new();
        for topic in form.all("topics") {
            match Slug::parse(topic.trim()) {
                Ok(slug) => topics.push(slug),
                Err(why) => check.errors.add("topics", why),
            }
        }
        let relation_kind = check.optional_choice("relation_kind", "Relation", RelationKind::parse);
        let relation_to = check.id("relation_to", "Related statement");
        let new_relation = match (relation_kind, relation_to) {
            (Some(kind), Some(to)) => Some((kind, to)),
            (None, None) => None,
            (Some(_), None) => {
                check
                    .errors
                    .add("relation_to", "Give the number of the related statement.");
                None
            }
            (None, Some(_)) => {
                check
                    .errors
                    .add("relation_kind", "Choose how the statements are related.");
                None
            }
        };
        let position_commitment = check.id("position_commitment", "Commitment");
        let position_stance =
            check.optional_choice("position_stance", "Position", PositionStance::parse);
        let new_position = match (position_commitment, position_stance) {
            (Some(c), Some(s)) => Some((c, s)),
            (None, None) => None,
            (Some(_), None) => {
                check
                    .errors
                    .add("position_stance", "Choose the position taken.");
                None
            }
            (None, Some(_)) => {
                check
                    .errors
                    .add("position_commitment", "Choose the commitment.");
                None
            }
        };
        let remove_relations = ids(&form.all("remove_relation"));
        let remove_positions = ids(&form.all("remove_position"));
        let allow_duplicate = form.has("allow_duplicate");
        match (actor_id, kind, sourcing) {
            (Some(actor_id), Some(kind), Some(sourcing)) => check.finish(StatementInput {
                article_id,
                actor_id,
                speaks_for_id,
                kind,
                sourcing,
                text,
                said_on,
                precision,
                context,
                stance,
                countries,
                topics,
                new_relation,
                new_position,
                remove_relations,
                remove_positions,
                allow_duplicate,
            }),
            _ => Err(check.errors),
        }
    }

    async fn check_references(db: &SqlitePool, input: &StatementInput) -> Result<FieldErrors> {
        let mut errors = FieldErrors::default();
        let exists = |table: &'static str, id: i64| async move {
            let sql = match table {
                "article" => "select exists (select 1 from article where id = ?)",
                "actor" => "select exists (select 1 from actor where id = ?)",
                "commitment" => "select exists (select 1 from commitment where id = ?)",
                _ => "select exists (select 1 from statement where id = ?)",
            };
            sqlx::query_scalar::<_, bool>(sql)
                .bind(id)
                .fetch_one(db)
                .await
        };
        if let Some(id) = input.article_id
            && !exists("article", id).await?
        {
            errors.add("article_id", "That article does not exist.");
        }
        if !exists("actor", input.actor_id).await? {
            errors.add("actor_id", "That speaker does not exist.");
        }
        if let Some(id) = input.speaks_for_id
            && !exists("actor", id).await?
        {
            errors.add("speaks_for_id", "That actor does not exist.");
        }
        if let Some((_, to)) = input.new_relation
            && !exists("statement", to).await?
        {
            errors.add("relation_to", format!("There is no statement {to}."));
        }
        if let Some((commitment, _)) = input.new_position
            && !exists("commitment", commitment).await?
        {
            errors.add("position_commitment", "That commitment does not exist.");
        }
        Ok(errors)
    }

    async fn before_create(
        db: &SqlitePool,
        user: &SessionUser,
        form: &FormData,
        input: &StatementInput,
    ) -> Result<Option<Response>> {
        if input.allow_duplicate {
            return Ok(None);
        }
        let earlier: Option<(i64, String)> = sqlx::query_as(
            "select id, text from statement where actor_id = ? and duplicate_key = ?
             order by id limit 1",
        )
        .bind(input.actor_id)
        .bind(duplicate_key(&input.text))
        .fetch_optional(db)
        .await?;
        let Some((id, text)) = earlier else {
            return Ok(None);
        };
        let context = FormContext {
            viewer: Viewer {
                user: Some(user.clone()),
            },
            id: None,
            fields: Self::fields(form),
            errors: FieldErrors::default(),
            conflict: Vec::new(),
        };
        let offer = DuplicateOffer {
            id,
            text,
            article_id: input.article_id.map(|a| a.to_string()).unwrap_or_default(),
        };
        let page = Self::page(db, context, Some(offer)).await?;
        Ok(Some(
            (StatusCode::CONFLICT, Html(page.render()?)).into_response(),
        ))
    }

    async fn load(db: &SqlitePool, id: i64) -> Result<Option<StatementFields>> {
        type Row = (
            i64,
            Option<i64>,
            StatementKind,
            Sourcing,
            String,
            Option<String>,
            DatePrecision,
            Option<String>,
            Option<Stance>,
            i64,
        );
        let row: Option<Row> = sqlx::query_as(
            "select actor_id, speaks_for_id, kind, sourcing, text, said_on, date_precision,
                    context, stance, version
             from statement where id = ?",
        )
        .bind(id)
        .fetch_optional(db)
        .await?;
        let Some((
            actor,
            principal,
            kind,
            sourcing,
            text,
            said_on,
            precision,
            context,
            stance,
            version,
        )) = row
        else {
            return Ok(None);
        };
        let countries: Vec<String> = sqlx::query_scalar(
            "select lower(country) from statement_country where statement_id = ?",
        )
        .bind(id)
        .fetch_all(db)
        .await?;
        let topics: Vec<String> =
            sqlx::query_scalar("select topic from statement_topic where statement_id = ?")
                .bind(id)
                .fetch_all(db)
                .await?;
        Ok(Some(StatementFields {
            actor_id: actor.to_string(),
            speaks_for_id: principal.map(|p| p.to_string()).unwrap_or_default(),
            kind: kind.as_str().to_owned(),
            sourcing: sourcing.as_str().to_owned(),
            text,
            said_on: said_on.unwrap_or_default(),
            date_precision: precision.as_str().to_owned(),
            context: context.unwrap_or_default(),
            stance: stance.map(|s| s.as_str().to_owned()).unwrap_or_default(),
            countries,
            topics,
            version,
            ..StatementFields::default()
        }))
    }

    async fn insert(
        conn: &mut SqliteConnection,
        user: &SessionUser,
        input: &StatementInput,
    ) -> Result<i64, sqlx::Error> {
        let id: i64 = sqlx::query_scalar(
            "insert into statement (actor_id, speaks_for_id, text, kind, sourcing, said_on,
                                    date_precision, context, stance, duplicate_key)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
        )
        .bind(input.actor_id)
        .bind(input.speaks_for_id)
        .bind(&input.text)
        .bind(input.kind.as_str())
        .bind(input.sourcing.as_str())
        .bind(input.said_on.map(|d| d.to_string()))
        .bind(input.precision.as_str())
        .bind(&input.context)
        .bind(input.stance.map(Stance::as_str))
        .bind(duplicate_key(&input.text))
        .fetch_one(&mut *conn)
        .await?;
        if let Some(article_id) = input.article_id {
            add_appearance(conn, id, article_id, input.kind, &input.text).await?;
        }
        store_links(conn, user, id, input, false).await?;
        Ok(id)
    }

    async fn update(
        conn: &mut SqliteConnection,
        user: &SessionUser,
        id: i64,
        version: i64,
        input: &StatementInput,
    ) -> Result<bool, sqlx::Error> {
        let result = sqlx::query(
            "update statement set actor_id = ?, speaks_for_id = ?, text = ?, kind = ?,
                    sourcing = ?, said_on = ?, date_precision = ?, context = ?, stance = ?,
                    duplicate_key = ?, version = version + 1,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where id = ? and version = ?",
        )
        .bind(input.actor_id)
        .bind(input.speaks_for_id)
        .bind(&input.text)
        .bind(input.kind.as_str())
        .bind(input.sourcing.as_str())
        .bind(input.said_on.map(|d| d.to_string()))
        .bind(input.precision.as_str())
        .bind(&input.context)
        .bind(input.stance.map(Stance::as_str))
        .bind(duplicate_key(&input.text))
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await?;
        if result.rows_affected() != 1 {
            return Ok(false);
        }
        if input.new_relation.is_some_and(|(_, to)| to == id) {
            return Err(sqlx::Error::Protocol(
                "a statement cannot relate to itself".into(),
            ));
        }
        store_links(conn, user, id, input, true).await?;
        Ok(true)
    }

    fn refusal(error: &sqlx::Error) -> Option<FieldErrors> {
        let mut errors = FieldErrors::default();
        if is_foreign_key_violation(error) {
            errors.add(
                "actor_id",
                "A record this statement points to was removed meanwhile; check the choices.",
            );
        } else if matches!(error, sqlx::Error::Database(e) if e.is_check_violation())
            || matches!(error, sqlx::Error::Protocol(_))
        {
            errors.add("relation_to", "A statement cannot relate to itself.");
        } else {
            return None;
        }
        Some(errors)
    }

    async fn form_page(db: &SqlitePool, context: FormContext<StatementFields>) -> Result<String> {
        Ok(Self::page(db, context, None).await?.render()?)
    }

    async fn location(_db: &SqlitePool, id: i64) -> Result<String> {
        Ok(format!("/statements/{id}"))
    }
}
