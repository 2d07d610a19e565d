//! The first data: the seed article and only what it says, with the public facts it needs
//! (memberships, roles, the dates of the meetings it refers to). Applied once, in one
//! transaction, to a database that holds no records.

use sqlx::{Sqlite, SqlitePool, Transaction};

/// The seed article as published, translation credit included.
pub const ARTICLE_TEXT: &str = include_str!("seed/000_7514e43473c9aeb4.txt");

const SEED_NAME: &str = "000_7514e43473c9aeb4";
const ARTICLE_TITLE: &str = "NATO military leaders discuss Ukraine's Post-conflict security";
const TRANSLATOR: &str = "Iurie Tataru";

/// (code, name, NATO member, EU member): every NATO and EU member, Ukraine and Russia.
pub const COUNTRIES: &[(&str, &str, bool, bool)] = &[
    ("AL", "Albania", true, false),
    ("AT", "Austria", false, true),
    ("BE", "Belgium", true, true),
    ("BG", "Bulgaria", true, true),
    ("CA", "Canada", true, false),
    ("HR", "Croatia", true, true),
    ("CY", "Cyprus", false, true),
    ("CZ", "Czechia", true, true),
    ("DK", "Denmark", true, true),
    ("EE", "Estonia", true, true),
    ("FI", "Finland", true, true),
    ("FR", "France", true, true),
    ("DE", "Germany", true, true),
    ("GR", "Greece", true, true),
    ("HU", "Hungary", true, true),
    ("IS", "Iceland", true, false),
    ("IE", "Ireland", false, true),
    ("IT", "Italy", true, true),
    ("LV", "Latvia", true, true),
    ("LT", "Lithuania", true, true),
    ("LU", "Luxembourg", true, true),
    ("MT", "Malta", false, true),
    ("ME", "Montenegro", true, false),
    ("NL", "Netherlands", true, true),
    ("MK", "North Macedonia", true, false),
    ("NO", "Norway", true, false),
    ("PL", "Poland", true, true),
    ("PT", "Portugal", true, true),
    ("RO", "Romania", true, true),
    ("RU", "Russia", false, false),
    ("SK", "Slovakia", true, true),
    ("SI", "Slovenia", true, true),
    ("ES", "Spain", true, true),
    ("SE", "Sweden", true, true),
    ("TR", "Türkiye", true, false),
    ("UA", "Ukraine", false, false),
    ("GB", "United Kingdom", true, false),
    ("US", "United States", true, false),
];

struct Actor {
    slug: &'static str,
    name: &'static str,
    kind: &'static str,
    role: &'static str,
    country: &'static str,
    affiliation: &'static str,
    aliases: &'static [&'static str],
}

const ACTORS: &[Actor] = &[
    Actor {
        slug: "trump",
        name: "Donald Trump",
        kind: "person",
        role: "President of the United States",
        country: "US",
        affiliation: "White House",
        aliases: &[
            "Trump",
            "Mr Trump",
            "President Trump",
            "Donald Trump",
            "Дональд Трамп",
        ],
    },
    Actor {
        slug: "putin",
        name: "Vladimir Putin",
        kind: "person",
        role: "President of Russia",
        country: "RU",
        affiliation: "Kremlin",
        aliases: &["Putin", "Mr Putin", "Vladimir Putin", "Владимир Путин"],
    },
    Actor {
        slug: "zelensky",
        name: "Volodymyr Zelensky",
        kind: "person",
        role: "President of Ukraine",
        country: "UA",
        affiliation: "Office of the President of Ukraine",
        aliases: &[
            "Zelensky",
            "Mr Zelensky",
            "Zelenskyy",
            "Zelenskiy",
            "Volodymyr Zelenskyy",
            "Володимир Зеленський",
        ],
    },
    Actor {
        slug: "lavrov",
        name: "Sergey Lavrov",
        kind: "person",
        role: "Foreign Minister of Russia",
        country: "RU",
        affiliation: "Russian Ministry of Foreign Affairs",
        aliases: &[
            "Lavrov",
            "Mr Lavrov",
            "Sergei Lavrov",
            "Russian Foreign Minister Sergey Lavrov",
            "Russia's foreign minister",
            "Сергей Лавров",
        ],
    },
    Actor {
        slug: "leavitt",
        name: "Karoline Leavitt",
        kind: "person",
        role: "White House press secretary",
        country: "US",
        affiliation: "White House",
        aliases: &["Leavitt", "Ms Leavitt", "the White House press secretary"],
    },
    Actor {
        slug: "grynkewich",
        name: "Alexus Grynkewich",
        kind: "person",
        role: "General; NATO's Supreme Allied Commander Europe",
        country: "US",
        affiliation: "NATO",
        aliases: &[
            "Grynkewich",
            "Gen. Grynkewich",
            "General Alexus Grynkewich",
            "US General Alexus Grynkewich",
        ],
    },
    Actor {
        slug: "kremlin",
        name: "The Kremlin",
        kind: "institution",
        role: "Office of the President of Russia",
        country: "RU",
        affiliation: "Kremlin",
        aliases: &["Kremlin", "the Kremlin", "Moscow"],
    },
    Actor {
        slug: "white-house",
        name: "The White House",
        kind: "institution",
        role: "Office of the President of the United States",
        country: "US",
        affiliation: "White House",
        aliases: &["White House", "the White House"],
    },
    Actor {
        slug: "kyiv",
        name: "Ukrainian leadership",
        kind: "institution",
        role: "Ukraine's government, as news text calls it \"Kyiv\"",
        country: "UA",
        affiliation: "Government of Ukraine",
        aliases: &["Kyiv", "Ukrainian government"],
    },
];

const TOPICS: &[(&str, &str)] = &[
    ("security-guarantees", "Security guarantees"),
    ("article-5", "Article 5"),
    ("foreign-troops", "Foreign troops"),
    ("negotiations", "Peace negotiations"),
];

/// A seeded statement. Every `text` is a passage of the seed article, character for character.
struct Statement {
    actor: &'static str,
    speaks_for: Option<&'static str>,
    text: &'static str,
    kind: &'static str,
    sourcing: &'static str,
    said_on: Option<&'static str>,
    precision: &'static str,
    context: Option<&'static str>,
    stance: Option<&'static str>,
    countries: &'static [&'static str],
    topics: &'static [&'static str],
}

const LEAVITT: usize = 0;
const LAVROV: usize = 1;
const TRUMP_PROMISE: usize = 2;
const KREMLIN_AGAINST_TROOPS: usize = 4;
const KREMLIN_NOT_WITHOUT_RUSSIA: usize = 5;
const ZELENSKY_TEN_DAYS: usize = 6;

const STATEMENTS: &[Statement] = &[
    Statement {
        actor: "leavitt",
        speaks_for: Some("trump"),
        text: "The President has stated categorically that American missions will not be on the ground in Ukraine, but we can certainly help with coordination and perhaps provide other security guarantees to our European allies",
        kind: "direct",
        sourcing: "spokesperson",
        said_on: Some("2025-08-19"),
        precision: "day",
        context: None,
        stance: Some("supports"),
        countries: &["US", "UA"],
        topics: &["security-guarantees", "foreign-troops"],
    },
    Statement {
        actor: "lavrov",
        speaks_for: None,
        text: "We cannot agree that collective security issues are now being proposed to be resolved without the Russian Federation. This will not work. Russia is not overstating its interests, but we will defend our legitimate interests firmly and resolutely. Seriously discussing security issues without the Russian Federation is a utopia, a road to nowhere",
        kind: "direct",
        sourcing: "on_record",
        said_on: Some("2025-08-20"),
        precision: "day",
        context: None,
        stance: Some("opposes"),
        countries: &["RU", "UA"],
        topics: &["security-guarantees", "negotiations"],
    },
    Statement {
        actor: "trump",
        speaks_for: None,
        text: "Mr Trump promised to support Ukraine with post-conflict security guarantees equivalent to NATO's Article 5, but without \"boots on the ground\"",
        kind: "reported",
        sourcing: "second_hand",
        said_on: Some("2025-08-01"),
        precision: "month",
        context: Some(
            "After meeting with Mr Putin, Mr Zelensky, and European leaders; according to the White House",
        ),
        stance: Some("supports"),
        countries: &["US", "UA"],
        topics: &["security-guarantees", "article-5", "foreign-troops"],
    },
    Statement {
        actor: "trump",
        speaks_for: None,
        text: "Mr Trump has advocated for a quick end to the war",
        kind: "reported",
        sourcing: "media_report",
        said_on: None,
        precision: "unknown",
        context: None,
        stance: None,
        countries: &["UA"],
        topics: &["negotiations"],
    },
    Statement {
        actor: "kremlin",
        speaks_for: None,
        text: "The Kremlin is firmly opposed to the deployment of NATO troops",
        kind: "reported",
        sourcing: "media_report",
        said_on: None,
        precision: "unknown",
        context: None,
        stance: Some("opposes"),
        countries: &["UA"],
        topics: &["foreign-troops"],
    },
    Statement {
        actor: "kremlin",
        speaks_for: None,
        text: "The Kremlin states that it supports reliable security guarantees for Ukraine, but such discussions are impossible without Russia",
        kind: "reported",
        sourcing: "on_record",
        said_on: None,
        precision: "unknown",
        context: None,
        stance: Some("conditional"),
        countries: &["UA"],
        topics: &["security-guarantees", "negotiations"],
    },
    Statement {
        actor: "zelensky",
        speaks_for: None,
        text: "Mr Zelensky announced that security guarantees for Kyiv could be established within ten days",
        kind: "reported",
        sourcing: "on_record",
        said_on: Some("2025-08-18"),
        precision: "day",
        context: Some("After his meeting with Mr Trump and European leaders"),
        stance: Some("supports"),
        countries: &["UA"],
        topics: &["security-guarantees"],
    },
    Statement {
        actor: "kyiv",
        speaks_for: None,
        text: "Kyiv fears a deal favourable to Russia",
        kind: "reported",
        sourcing: "media_report",
        said_on: None,
        precision: "unknown",
        context: None,
        stance: None,
        countries: &["RU"],
        topics: &["negotiations"],
    },
    Statement {
        actor: "grynkewich",
        speaks_for: None,
        text: "US General Alexus Grynkewich, also responsible for NATO operations in Europe, briefed defence chiefs on a meeting between Mr Trump and Mr Putin in Alaska",
        kind: "reported",
        sourcing: "media_report",
        said_on: Some("2025-08-20"),
        precision: "day",
        context: Some("Online meeting of NATO military leaders from the US and Europe"),
        stance: None,
        countries: &["RU", "UA"],
        topics: &["negotiations"],
    },
];

/// Relations between seeded statements: (from, to, kind).
const RELATIONS: &[(usize, usize, &str)] = &[(LAVROV, TRUMP_PROMISE, "responds_to")];

/// Evidence for a status event: a seeded statement, or the seed article itself.
#[derive(Clone, Copy)]
enum Evidence {
    Statement(usize),
    Article,
}

struct Commitment {
    title: &'static str,
    kind: &'static str,
    provider_countries: &'static [&'static str],
    provider_actors: &'static [&'static str],
    quantity: Option<&'static str>,
    geography: Option<&'static str>,
    conditions: Option<&'static str>,
    details: &'static str,
    /// (days after the dated statement, how it was said, that statement)
    due: Option<(i64, &'static str, usize)>,
    /// (status, date, precision, evidence, note)
    events: &'static [(
        &'static str,
        Option<&'static str>,
        &'static str,
        Evidence,
        &'static str,
    )],
    /// (statement, stance)
    positions: &'static [(usize, &'static str)],
}

const BLOOMBERG_NOTE: &str = "A Bloomberg report, as cited by the article";

const COMMITMENTS: &[Commitment] = &[
    Commitment {
        title: "US security guarantees equivalent to NATO's Article 5",
        kind: "security_guarantee",
        provider_countries: &["US"],
        provider_actors: &["trump"],
        quantity: None,
        geography: None,
        conditions: Some(
            "Without \"boots on the ground\": no American missions on the ground in Ukraine",
        ),
        details: "Post-conflict security guarantees for Ukraine equivalent to NATO's Article 5, promised by Mr Trump according to the White House.",
        due: Some((
            10,
            "within ten days, as Mr Zelensky announced",
            ZELENSKY_TEN_DAYS,
        )),
        events: &[(
            "pledged",
            Some("2025-08-01"),
            "month",
            Evidence::Statement(TRUMP_PROMISE),
            "Promised by Mr Trump, according to the White House",
        )],
        positions: &[
            (TRUMP_PROMISE, "proposes"),
            (LEAVITT, "supports"),
            (ZELENSKY_TEN_DAYS, "supports"),
            (KREMLIN_NOT_WITHOUT_RUSSIA, "conditional"),
            (LAVROV, "opposes"),
        ],
    },
    Commitment {
        title: "US help with coordination",
        kind: "other",
        provider_countries: &["US"],
        provider_actors: &[],
        quantity: None,
        geography: None,
        conditions: Some("American missions will not be on the ground in Ukraine"),
        details: "Help with coordination, offered by the White House press secretary.",
        due: None,
        events: &[(
            "floated",
            Some("2025-08-19"),
            "day",
            Evidence::Statement(LEAVITT),
            "\"We can certainly help with coordination\"",
        )],
        positions: &[(LEAVITT, "proposes")],
    },
    Commitment {
        title: "US intelligence sharing",
        kind: "intelligence",
        provider_countries: &["US"],
        provider_actors: &[],
        quantity: None,
        geography: None,
        conditions: None,
        details: "Intelligence sharing by the US, as part of the plan described by a Bloomberg report.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            BLOOMBERG_NOTE,
        )],
        positions: &[],
    },
    Commitment {
        title: "US border surveillance",
        kind: "border_surveillance",
        provider_countries: &["US"],
        provider_actors: &[],
        quantity: None,
        geography: None,
        conditions: None,
        details: "Border surveillance by the US, as part of the plan described by a Bloomberg report.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            BLOOMBERG_NOTE,
        )],
        positions: &[],
    },
    Commitment {
        title: "US weapons",
        kind: "weapons",
        provider_countries: &["US"],
        provider_actors: &[],
        quantity: None,
        geography: None,
        conditions: None,
        details: "Weapons from the US, as part of the plan described by a Bloomberg report.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            BLOOMBERG_NOTE,
        )],
        positions: &[],
    },
    Commitment {
        title: "US anti-aircraft systems",
        kind: "air_defense",
        provider_countries: &["US"],
        provider_actors: &[],
        quantity: None,
        geography: None,
        conditions: None,
        details: "Potentially anti-aircraft systems from the US, as part of the plan described by a Bloomberg report.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            BLOOMBERG_NOTE,
        )],
        positions: &[],
    },
    Commitment {
        title: "UK and French troops to train and supplement Ukrainian forces",
        kind: "troops",
        provider_countries: &["GB", "FR"],
        provider_actors: &[],
        quantity: Some("several hundred troops"),
        geography: Some("far from the front"),
        conditions: None,
        details: "A multinational group, including the UK and France, to train and supplement Ukrainian forces, according to a Bloomberg report.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            BLOOMBERG_NOTE,
        )],
        positions: &[(KREMLIN_AGAINST_TROOPS, "rejects")],
    },
    Commitment {
        title: "Troops from up to ten European states after the war",
        kind: "troops",
        provider_countries: &["GB", "FR"],
        provider_actors: &[],
        quantity: Some("troops from ten European states"),
        geography: Some("far from the front lines"),
        conditions: Some("after the war ends"),
        details: "Ten European states could potentially send troops to Ukraine after the war ends, with London and Paris among the first.",
        due: None,
        events: &[(
            "floated",
            None,
            "unknown",
            Evidence::Article,
            "Reported by the article without attribution",
        )],
        positions: &[(KREMLIN_AGAINST_TROOPS, "rejects")],
    },
];

/// Seeds a database that has never been seeded and holds no records. Returns whether it did.
pub async fn seed_if_new(pool: &SqlitePool) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let seeded: bool = sqlx::query_scalar("select exists (select 1 from seed_applied)")
        .fetch_one(&mut *tx)
        .await?;
    let has_records: bool = sqlx::query_scalar(
        "select exists (select 1 from actor) or exists (select 1 from article)
            or exists (select 1 from statement) or exists (select 1 from commitment)",
    )
    .fetch_one(&mut *tx)
    .await?;
    if seeded || has_records {
        return Ok(false);
    }
    insert_seed(&mut tx).await?;
    sqlx::query("insert into seed_applied (name) values (?)")
        .bind(SEED_NAME)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!("seeded the database from article {SEED_NAME}");
    Ok(true)
}

/// Inserts the countries only; imported and synthetic databases need them too.
pub async fn insert_countries(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    for (code, name, nato, eu) in COUNTRIES {
        sqlx::query(
            "insert into country (code, name, nato_member, eu_member) values (?, ?, ?, ?)
             on conflict (code) do nothing",
        )
        .bind(code)
        .bind(name)
        .bind(nato)
        .bind(eu)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn insert_seed(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    insert_countries(tx).await?;
    for (slug, name) in TOPICS {
        sqlx::query("insert into topic (slug, name) values (?, ?)")
            .bind(slug)
            .bind(name)
            .execute(&mut **tx)
            .await?;
    }
    for actor in ACTORS {
        let id: i64 = sqlx::query_scalar(
            "insert into actor (slug, name, kind, role, country, affiliation)
             values (?, ?, ?, ?, ?, ?) returning id",
        )
        .bind(actor.slug)
        .bind(actor.name)
        .bind(actor.kind)
        .bind(actor.role)
        .bind(actor.country)
        .bind(actor.affiliation)
        .fetch_one(&mut **tx)
        .await?;
        for alias in actor.aliases {
            sqlx::query("insert into actor_alias (actor_id, alias) values (?, ?)")
                .bind(id)
                .bind(alias)
                .execute(&mut **tx)
                .await?;
        }
    }

    let article_id: i64 = sqlx::query_scalar(
        "insert into article (title, language, translator, body) values (?, 'en', ?, ?)
         returning id",
    )
    .bind(ARTICLE_TITLE)
    .bind(TRANSLATOR)
    .bind(ARTICLE_TEXT)
    .fetch_one(&mut **tx)
    .await?;

    let mut statement_ids = Vec::with_capacity(STATEMENTS.len());
    for statement in STATEMENTS {
        let id = insert_statement(tx, statement, article_id).await?;
        statement_ids.push(id);
    }
    for (from, to, kind) in RELATIONS {
        sqlx::query(
            "insert into statement_relation (from_statement_id, to_statement_id, kind)
             values (?, ?, ?)",
        )
        .bind(statement_ids[*from])
        .bind(statement_ids[*to])
        .bind(kind)
        .execute(&mut **tx)
        .await?;
    }
    for commitment in COMMITMENTS {
        insert_commitment(tx, commitment, &statement_ids, article_id).await?;
    }
    Ok(())
}

async fn insert_statement(
    tx: &mut Transaction<'_, Sqlite>,
    statement: &Statement,
    article_id: i64,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "insert into statement (actor_id, speaks_for_id, text, kind, sourcing, said_on,
                                date_precision, context, stance, duplicate_key)
         values ((select id from actor where slug = ?), (select id from actor where slug = ?),
                 ?, ?, ?, ?, ?, ?, ?, ?)
         returning id",
    )
    .bind(statement.actor)
    .bind(statement.speaks_for)
    .bind(statement.text)
    .bind(statement.kind)
    .bind(statement.sourcing)
    .bind(statement.said_on)
    .bind(statement.precision)
    .bind(statement.context)
    .bind(statement.stance)
    .bind(crate::quotes::duplicate_key(statement.text))
    .fetch_one(&mut **tx)
    .await?;
    for country in statement.countries {
        sqlx::query("insert into statement_country (statement_id, country) values (?, ?)")
            .bind(id)
            .bind(country)
            .execute(&mut **tx)
            .await?;
    }
    for topic in statement.topics {
        sqlx::query("insert into statement_topic (statement_id, topic) values (?, ?)")
            .bind(id)
            .bind(topic)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "insert into appearance (statement_id, article_id, wording, verbatim, translator)
         values (?, ?, ?, 1, ?)",
    )
    .bind(id)
    .bind(article_id)
    .bind(statement.text)
    .bind(TRANSLATOR)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

async fn insert_commitment(
    tx: &mut Transaction<'_, Sqlite>,
    commitment: &Commitment,
    statement_ids: &[i64],
    article_id: i64,
) -> Result<(), sqlx::Error> {
    let (due_on, due_text, due_statement) = match commitment.due {
        Some((days, text, statement)) => {
            let said_on = STATEMENTS[statement]
                .said_on
                .and_then(|day| crate::values::Day::parse(day).ok())
                .expect("a due date counts from a dated statement");
            (
                Some(said_on.plus_days(days).to_string()),
                Some(text),
                Some(statement_ids[statement]),
            )
        }
        None => (None, None, None),
    };
    let id: i64 = sqlx::query_scalar(
        "insert into commitment (title, type, quantity, geography, conditions, details,
                                 due_on, due_text, due_statement_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
    )
    .bind(commitment.title)
    .bind(commitment.kind)
    .bind(commitment.quantity)
    .bind(commitment.geography)
    .bind(commitment.conditions)
    .bind(commitment.details)
    .bind(due_on)
    .bind(due_text)
    .bind(due_statement)
    .fetch_one(&mut **tx)
    .await?;
    for country in commitment.provider_countries {
        sqlx::query(
            "insert into commitment_provider_country (commitment_id, country) values (?, ?)",
        )
        .bind(id)
        .bind(country)
        .execute(&mut **tx)
        .await?;
    }
    for actor in commitment.provider_actors {
        sqlx::query(
            "insert into commitment_provider_actor (commitment_id, actor_id)
             values (?, (select id from actor where slug = ?))",
        )
        .bind(id)
        .bind(actor)
        .execute(&mut **tx)
        .await?;
    }
    for (status, on, precision, evidence, note) in commitment.events {
        let (statement_id, event_article) = match evidence {
            Evidence::Statement(index) => (Some(statement_ids[*index]), None),
            Evidence::Article => (None, Some(article_id)),
        };
        sqlx::query(
            "insert into commitment_event (commitment_id, status, occurred_on, date_precision,
                                           statement_id, article_id, note)
             values (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(status)
        .bind(on)
        .bind(precision)
        .bind(statement_id)
        .bind(event_article)
        .bind(note)
        .execute(&mut **tx)
        .await?;
    }
    for (statement, stance) in commitment.positions {
        sqlx::query("insert into position (statement_id, commitment_id, stance) values (?, ?, ?)")
            .bind(statement_ids[*statement])
            .bind(id)
            .bind(stance)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article with the comma that English style puts inside closing quotation marks
    /// taken out, so that a passage can end where the quotation ends.
    pub fn article_without_inner_commas() -> String {
        ARTICLE_TEXT.replace(",\"", "\"")
    }

    #[test]
    fn every_seeded_statement_is_a_passage_of_the_article() {
        let article = article_without_inner_commas();
        for statement in STATEMENTS {
            assert!(
                article.contains(statement.text),
                "not in the article: {}",
                statement.text
            );
        }
    }

    #[test]
    fn direct_quotes_stand_between_quotation_marks_in_the_article() {
        for statement in STATEMENTS.iter().filter(|s| s.kind == "direct") {
            assert!(
                ARTICLE_TEXT.contains(&format!("\"{},\"", statement.text)),
                "not a whole quotation: {}",
                statement.text
            );
        }
    }

    #[test]
    fn the_countries_include_every_nato_and_eu_member() {
        assert_eq!(COUNTRIES.iter().filter(|c| c.2).count(), 32);
        assert_eq!(COUNTRIES.iter().filter(|c| c.3).count(), 27);
    }
}
