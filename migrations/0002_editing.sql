-- Editors, their sessions, failed logins (for slowing down guessing) and the audit log.

create table user (
    id integer primary key,
    username text not null unique collate nocase
        check (length(username) between 1 and 64 and username not glob '*[^A-Za-z0-9._-]*'),
    -- argon2id, in PHC string form.
    password_hash text not null check (password_hash like '$argon2id$%'),
    role text not null check (role in ('editor', 'admin')),
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict;

-- Only a hash of the session token is kept, so a copy of the database opens no sessions.
create table session (
    token_hash text primary key,
    user_id integer not null references user (id) on delete cascade,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_seen_at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict, without rowid;

create index session_user on session (user_id);

create table login_failure (
    id integer primary key,
    username text not null collate nocase,
    client text not null,
    at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) strict;

create index login_failure_username on login_failure (username, at);
create index login_failure_client on login_failure (client, at);

-- Every change to the record: who, when, what, and the record before and after (JSON).
create table revision (
    id integer primary key,
    user_id integer references user (id),
    -- The editor's name at the time, kept with the record so that an exported history
    -- still says who made each change.
    username text,
    at text not null default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    record_type text not null check (record_type in ('article', 'outlet', 'actor', 'statement', 'commitment')),
    record_id integer not null,
    action text not null check (action in ('create', 'update', 'status', 'retract', 'delete')),
    before text check (before is null or json_valid(before)),
    after text check (after is null or json_valid(after)),
    check (before is not null or after is not null)
) strict;

create index revision_record on revision (record_type, record_id, id);
create index revision_user on revision (user_id, id);

create trigger revision_append_only_update before update on revision
begin
    select raise(abort, 'revisions are append-only');
end;

create trigger revision_append_only_delete before delete on revision
begin
    select raise(abort, 'revisions are append-only');
end;
