-- Which statements changed, in order, so that the server's in-memory facet counts can catch up
-- with any write (through the application or straight to the file). The server prunes the
-- rows it has read.
create table statement_change (
    seq integer primary key autoincrement,
    statement_id integer not null
) strict;

create trigger statement_change_on_insert after insert on statement
begin
    insert into statement_change (statement_id) values (new.id);
end;

create trigger statement_change_on_update
after update of actor_id, said_on, kind, stance, sourcing, state on statement
begin
    insert into statement_change (statement_id) values (new.id);
end;

create trigger statement_change_on_delete after delete on statement
begin
    insert into statement_change (statement_id) values (old.id);
end;

create trigger statement_change_on_match_insert after insert on statement_country_match
begin
    insert into statement_change (statement_id) values (new.statement_id);
end;

create trigger statement_change_on_match_delete after delete on statement_country_match
begin
    insert into statement_change (statement_id) values (old.statement_id);
end;

create trigger statement_change_on_topic_insert after insert on statement_topic
begin
    insert into statement_change (statement_id) values (new.statement_id);
end;

create trigger statement_change_on_topic_delete after delete on statement_topic
begin
    insert into statement_change (statement_id) values (old.statement_id);
end;
