-- The record: who said what, where it was reported, what was proposed and what became of it.
-- Dates are ISO-8601 text: days as YYYY-MM-DD, timestamps in UTC as YYYY-MM-DDTHH:MM:SSZ.
-- A date known only to the month is stored as its first day with precision 'month'.

create table country (
    code text primary key check (length(code) = 2 and code = upper(code) and code not glob '*[^A-Z]*'),
    name text not null check (length(name) between 1 and 200),
    nato_member integer not null check (nato_member in (0, 1)),
    eu_member integer not null check (eu_member in (0, 1))
) strict;

create table actor (
    id integer primary key,
    slug text not null unique check (length(slug) between 1 and 80 and slug not glob '*[^a-z0-9-]*'),
    name text not null check (length(name) between 1 and 200),
    kind text not null check (kind in ('person', 'institution')),
    role text check (length(role) <= 300),
    country text references country (code),
    affiliation text check (length(affiliation) <= 200),
    version integer not null default 1,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict;

create index actor_country on actor (country);

-- How news text names an actor ("Mr Lavrov", "Russia's foreign minister", "Сергей Лавров").
create table actor_alias (
    actor_id integer not null references actor (id) on delete cascade,
    alias text not null check (length(alias) between 1 and 200),
    primary key (actor_id, alias)
) strict, without rowid;

create table outlet (
    id integer primary key,
    name text not null unique check (length(name) between 1 and 200),
    homepage text check (homepage is null or homepage like 'http://%' or homepage like 'https://%'),
    country text references country (code),
    version integer not null default 1
) strict;

create table article (
    id integer primary key,
    -- Unknown when the source text does not name its publisher.
    outlet_id integer references outlet (id),
    title text not null check (length(title) between 1 and 500),
    url text unique check (url is null or url like 'http://%' or url like 'https://%'),
    published_on text check (published_on is null or date(published_on, '+0 days') is published_on),
    language text not null check (length(language) between 2 and 12),
    original_language text check (length(original_language) between 2 and 12),
    translator text check (length(translator) <= 200),
    body text,
    version integer not null default 1,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict;

create index article_published on article (published_on desc, id desc);
create index article_outlet on article (outlet_id);

create table statement (
    id integer primary key,
    actor_id integer not null references actor (id),
    -- Who the speaker spoke for, where that differs (a press secretary for the President).
    speaks_for_id integer references actor (id),
    text text not null check (length(text) between 1 and 10000),
    kind text not null check (kind in ('direct', 'reported')),
    sourcing text not null check (sourcing in ('on_record', 'spokesperson', 'second_hand', 'anonymous', 'media_report')),
    said_on text,
    date_precision text not null check (date_precision in ('day', 'month', 'unknown')),
    context text check (length(context) <= 1000),
    stance text check (stance in ('supports', 'opposes', 'conditional', 'neutral')),
    state text not null default 'published' check (state in ('published', 'retracted')),
    retraction_reason text,
    retracted_on text check (retracted_on is null or date(retracted_on, '+0 days') is retracted_on),
    -- The timeline's sort key: unknown dates sort after every known one.
    sort_day text not null generated always as (coalesce(said_on, '')) stored,
    -- The words without case, punctuation or typography, to spot the same statement twice.
    duplicate_key text not null default '',
    version integer not null default 1,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    check (
        (date_precision = 'unknown' and said_on is null)
        or (date_precision = 'day' and date(said_on, '+0 days') is said_on)
        or (date_precision = 'month' and date(said_on, '+0 days') is said_on and substr(said_on, 9, 2) = '01')
    ),
    check ((state = 'retracted') = (retraction_reason is not null and retracted_on is not null))
) strict;

create index statement_timeline on statement (state, sort_day desc, id desc);
create index statement_actor on statement (actor_id, state, sort_day desc, id desc);
create index statement_speaks_for on statement (speaks_for_id);
create index statement_duplicate on statement (actor_id, duplicate_key);

-- The countries a statement is about.
create table statement_country (
    statement_id integer not null references statement (id) on delete cascade,
    country text not null references country (code),
    primary key (statement_id, country)
) strict, without rowid;

-- Derived, kept by the triggers below: every country a statement matches in a country filter
-- (the speaker's and those it is about), with the timeline's sort key, so that a country filter
-- reads one index in timeline order just as an actor filter does.
create table statement_country_match (
    country text not null,
    sort_day text not null,
    statement_id integer not null references statement (id) on delete cascade,
    primary key (country, sort_day, statement_id)
) strict, without rowid;

create index statement_country_match_statement on statement_country_match (statement_id);

create trigger statement_country_match_on_insert after insert on statement
begin
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select a.country, new.sort_day, new.id from actor a
    where a.id = new.actor_id and a.country is not null;
end;

create trigger statement_country_match_on_update after update of actor_id, said_on on statement
begin
    delete from statement_country_match where statement_id = new.id;
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select a.country, new.sort_day, new.id from actor a
    where a.id = new.actor_id and a.country is not null;
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select sc.country, new.sort_day, new.id from statement_country sc
    where sc.statement_id = new.id;
end;

create trigger statement_country_match_on_subject_insert after insert on statement_country
begin
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select new.country, s.sort_day, s.id from statement s where s.id = new.statement_id;
end;

create trigger statement_country_match_on_subject_delete after delete on statement_country
begin
    delete from statement_country_match
    where statement_id = old.statement_id and country = old.country
      and not exists (select 1 from statement s join actor a on a.id = s.actor_id
                      where s.id = old.statement_id and a.country = old.country);
end;

create trigger statement_country_match_on_actor_country after update of country on actor
begin
    delete from statement_country_match
    where statement_id in (select id from statement where actor_id = new.id);
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select new.country, s.sort_day, s.id from statement s
    where s.actor_id = new.id and new.country is not null;
    insert or ignore into statement_country_match (country, sort_day, statement_id)
    select sc.country, s.sort_day, s.id from statement_country sc
    join statement s on s.id = sc.statement_id where s.actor_id = new.id;
end;

create table topic (
    slug text primary key check (length(slug) between 1 and 80 and slug not glob '*[^a-z0-9-]*'),
    name text not null check (length(name) between 1 and 200)
) strict, without rowid;

create table statement_topic (
    statement_id integer not null references statement (id) on delete cascade,
    topic text not null references topic (slug),
    primary key (statement_id, topic)
) strict, without rowid;

create index statement_topic_by_topic on statement_topic (topic, statement_id);

-- A statement as it appears in one article; the earliest is its first appearance.
create table appearance (
    id integer primary key,
    statement_id integer not null references statement (id) on delete cascade,
    article_id integer not null references article (id),
    wording text not null check (length(wording) between 1 and 10000),
    -- Whether the wording stands word for word in the article's text; null when not checked.
    verbatim integer check (verbatim in (0, 1)),
    translator text check (length(translator) <= 200),
    unique (statement_id, article_id)
) strict;

create index appearance_article on appearance (article_id);

create table statement_relation (
    id integer primary key,
    from_statement_id integer not null references statement (id) on delete cascade,
    to_statement_id integer not null references statement (id) on delete cascade,
    kind text not null check (kind in ('responds_to', 'contradicts', 'denies', 'confirms', 'walks_back', 'repeats', 'clarifies')),
    -- The editor who asserted it; null for relations loaded with the seed.
    asserted_by text,
    unique (from_statement_id, to_statement_id, kind),
    check (from_statement_id <> to_statement_id)
) strict;

create index statement_relation_to on statement_relation (to_statement_id);

create table commitment (
    id integer primary key,
    title text not null check (length(title) between 1 and 300),
    type text not null check (type in ('troops', 'training', 'intelligence', 'air_defense', 'weapons', 'border_surveillance', 'security_guarantee', 'financial', 'other')),
    beneficiary text not null default 'UA' references country (code),
    quantity text check (length(quantity) <= 300),
    geography text check (length(geography) <= 300),
    conditions text check (length(conditions) <= 1000),
    details text check (length(details) <= 2000),
    due_on text check (due_on is null or date(due_on, '+0 days') is due_on),
    -- How the due date was promised ("within ten days") and the dated statement it counts from.
    due_text text check (length(due_text) <= 300),
    due_statement_id integer references statement (id),
    version integer not null default 1,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict;

create index commitment_type on commitment (type);

create table commitment_provider_country (
    commitment_id integer not null references commitment (id) on delete cascade,
    country text not null references country (code),
    primary key (commitment_id, country)
) strict, without rowid;

create index commitment_provider_country_by_country on commitment_provider_country (country, commitment_id);

create table commitment_provider_actor (
    commitment_id integer not null references commitment (id) on delete cascade,
    actor_id integer not null references actor (id),
    primary key (commitment_id, actor_id)
) strict, without rowid;

create index commitment_provider_actor_by_actor on commitment_provider_actor (actor_id, commitment_id);

create table commitment_dependency (
    commitment_id integer not null references commitment (id) on delete cascade,
    depends_on_id integer not null references commitment (id) on delete cascade,
    primary key (commitment_id, depends_on_id),
    check (commitment_id <> depends_on_id)
) strict, without rowid;

-- Append-only status history; the current status is the latest event.
create table commitment_event (
    id integer primary key,
    commitment_id integer not null references commitment (id) on delete cascade,
    status text not null check (status in ('floated', 'proposed', 'pledged', 'rejected', 'in_force', 'fulfilled', 'withdrawn')),
    occurred_on text,
    date_precision text not null check (date_precision in ('day', 'month', 'unknown')),
    sort_day text not null generated always as (coalesce(occurred_on, '')) stored,
    statement_id integer references statement (id),
    article_id integer references article (id),
    note text check (length(note) <= 1000),
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    check (statement_id is not null or article_id is not null),
    check (
        (date_precision = 'unknown' and occurred_on is null)
        or (date_precision = 'day' and date(occurred_on, '+0 days') is occurred_on)
        or (date_precision = 'month' and date(occurred_on, '+0 days') is occurred_on and substr(occurred_on, 9, 2) = '01')
    )
) strict;

create index commitment_event_commitment on commitment_event (commitment_id, sort_day, id);
create index commitment_event_timeline on commitment_event (sort_day desc, id desc);

create trigger commitment_event_append_only_update before update on commitment_event
begin
    select raise(abort, 'commitment events are append-only');
end;

-- A statement's stance on a commitment: one cell of the actors x commitments matrix.
create table position (
    id integer primary key,
    statement_id integer not null references statement (id) on delete cascade,
    commitment_id integer not null references commitment (id) on delete cascade,
    stance text not null check (stance in ('proposes', 'supports', 'conditional', 'opposes', 'rejects')),
    unique (statement_id, commitment_id)
) strict;

create index position_commitment on position (commitment_id);

-- Seed sets applied to this database, so that a restart never seeds twice.
create table seed_applied (
    name text primary key,
    applied_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict, without rowid;
