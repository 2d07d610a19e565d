//! Adding and correcting actors, with the names news text uses for them.

use askama::Template;
use sqlx::{SqliteConnection, SqlitePool};

use crate::audit::RecordType;
use crate::auth::{SessionUser, Viewer};
use crate::editing::{Checker, Choice, Conflict, Editable, FormContext, lines, refusal_messages};
use crate::error::Result;
use crate::forms::{FieldErrors, FormData};
use crate::values::{ActorKind, CountryCode, Slug};

/// The actor form.
pub struct Actor;

/// An actor's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct ActorFields {
    slug: String,
    name: String,
    kind: String,
    role: String,
    country: String,
    affiliation: String,
    aliases: String,
    version: i64,
}

/// A checked actor.
pub struct ActorInput {
    slug: Slug,
    name: String,
    kind: ActorKind,
    role: Option<String>,
    country: Option<CountryCode>,
    affiliation: Option<String>,
    aliases: Vec<String>,
}

#[derive(Template)]
#[template(path = "actor_form.html")]
struct ActorFormPage {
    viewer: Viewer,
    heading: String,
    action: String,
    fields: ActorFields,
    errors: FieldErrors,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    conflict: Conflict,
}

async fn replace_aliases(
    conn: &mut SqliteConnection,
    id: i64,
    aliases: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("delete from actor_alias where actor_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for alias in aliases {
        sqlx::query("insert into actor_alias (actor_id, alias) values (?, ?)")
            .bind(id)
            .bind(alias)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

impl Editable for Actor {
    const RECORD: RecordType = RecordType::Actor;
    const COLLECTION: &'static str = "actors";
    type Fields = ActorFields;
    type Input = ActorInput;

    fn fields(form: &FormData) -> ActorFields {
        ActorFields {
            slug: form.get("slug").to_owned(),
            name: form.get("name").to_owned(),
            kind: form.get("kind").to_owned(),
            role: form.get("role").to_owned(),
            country: form.get("country").to_owned(),
            affiliation: form.get("affiliation").to_owned(),
            aliases: form.get("aliases").to_owned(),
            version: form.get("version").parse().unwrap_or(0),
        }
    }

    fn check(form: &FormData) -> Result<ActorInput, FieldErrors> {
        let mut check = Checker::new(form);
        let slug = check.slug("slug", "Identifier");
        let name = check.required("name", "Name", 200);
        let kind = check.choice("kind", "Kind", ActorKind::parse);
        let role = check.optional("role", "Role", 300);
        let country = check.countries("country").into_iter().next();
        let affiliation = check.optional("affiliation", "Affiliation", 200);
        let aliases_text = check
            .optional("aliases", "Other names", 5000)
            .unwrap_or_default();
        let aliases = lines(&aliases_text);
        if aliases.iter().any(|a| a.chars().count() > 200) {
            check
                .errors
                .add("aliases", "Each name is at most 200 characters.");
        }
        match (slug, kind) {
            (Some(slug), Some(kind)) => check.finish(ActorInput {
                slug,
                name,
                kind,
                role,
                country,
                affiliation,
                aliases,
            }),
            _ => Err(check.errors),
        }
    }

    async fn load(db: &SqlitePool, id: i64) -> Result<Option<ActorFields>> {
        type Row = (
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
        );
        let row: Option<Row> = sqlx::query_as(
            "select slug, name, kind, role, country, affiliation, version from actor where id = ?",
        )
        .bind(id)
        .fetch_optional(db)
        .await?;
        let Some((slug, name, kind, role, country, affiliation, version)) = row else {
            return Ok(None);
        };
        let aliases: Vec<String> =
            sqlx::query_scalar("select alias from actor_alias where actor_id = ? order by alias")
                .bind(id)
                .fetch_all(db)
                .await?;
        Ok(Some(ActorFields {
            slug,
            name,
            kind,
            role: role.unwrap_or_default(),
            country: country.unwrap_or_default().to_ascii_lowercase(),
            affiliation: affiliation.unwrap_or_default(),
            aliases: aliases.join("\n"),
            version,
        }))
    }

    async fn insert(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        input: &ActorInput,
    ) -> Result<i64, sqlx::Error> {
        let id: i64 = sqlx::query_scalar(
            "insert into actor (slug, name, kind, role, country, affiliation)
             values (?, ?, ?, ?, ?, ?) returning id",
        )
        .bind(input.slug.as_str())
        .bind(&input.name)
        .bind(input.kind.as_str())
        .bind(&input.role)
        .bind(input.country.as_ref().map(CountryCode::as_str))
        .bind(&input.affiliation)
        .fetch_one(&mut *conn)
        .await?;
        replace_aliases(conn, id, &input.aliases).await?;
        Ok(id)
    }

    async fn update(
        conn: &mut SqliteConnection,
        _user: &SessionUser,
        id: i64,
        version: i64,
        input: &ActorInput,
    ) -> Result<bool, sqlx::Error> {
        let result = sqlx::query(
            "update actor set slug = ?, name = ?, kind = ?, role = ?, country = ?, affiliation = ?,
                    version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             where id = ? and version = ?",
        )
        .bind(input.slug.as_str())
        .bind(&input.name)
        .bind(input.kind.as_str())
        .bind(&input.role)
        .bind(input.country.as_ref().map(CountryCode::as_str))
        .bind(&input.affiliation)
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await?;
        if result.rows_affected() != 1 {
            return Ok(false);
        }
        replace_aliases(conn, id, &input.aliases).await?;
        Ok(true)
    }

    fn refusal(error: &sqlx::Error) -> Option<FieldErrors> {
        refusal_messages(
            error,
            ("slug", "Another actor already has this identifier."),
            ("country", "Unknown country."),
        )
    }

    async fn form_page(db: &SqlitePool, context: FormContext<ActorFields>) -> Result<String> {
        let countries = crate::editing::country_options(db).await?;
        let page = ActorFormPage {
            heading: context.heading("actor"),
            action: context.action("actors"),
            kinds: Choice::list(
                ActorKind::options(),
                std::slice::from_ref(&context.fields.kind),
                Some("Choose…"),
            ),
            countries: Choice::list(
                countries,
                &[context.fields.country.to_ascii_lowercase()],
                Some("None or not known"),
            ),
            viewer: context.viewer,
            fields: context.fields,
            errors: context.errors,
            conflict: context.conflict,
        };
        Ok(page.render()?)
    }

    async fn location(db: &SqlitePool, id: i64) -> Result<String> {
        let slug: String = sqlx::query_scalar("select slug from actor where id = ?")
            .bind(id)
            .fetch_one(db)
            .await?;
        Ok(format!("/actors/{slug}"))
    }
}
