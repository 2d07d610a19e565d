-- Full-text search over what a statement says, its context, who said it (name and every alias)
-- and the titles of the articles it appeared in. The rowid is the statement's id; triggers
-- keep it in step with every table it draws on.

create virtual table statement_search using fts5(
    text,
    context,
    speaker,
    article,
    tokenize = 'unicode61 remove_diacritics 2'
);

insert into statement_search (rowid, text, context, speaker, article)
select s.id, s.text, coalesce(s.context, ''),
       (select a.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                           where actor_id = a.id), '')
        from actor a where a.id = s.actor_id),
       coalesce((select group_concat(ar.title, ' ') from appearance ap
                 join article ar on ar.id = ap.article_id where ap.statement_id = s.id), '')
from statement s;

create trigger statement_search_insert after insert on statement
begin
    insert into statement_search (rowid, text, context, speaker, article)
    values (new.id, new.text, coalesce(new.context, ''),
            (select a.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                                where actor_id = a.id), '')
             from actor a where a.id = new.actor_id),
            '');
end;

create trigger statement_search_update after update of text, context, actor_id on statement
begin
    update statement_search
    set text = new.text,
        context = coalesce(new.context, ''),
        speaker = (select a.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                                      where actor_id = a.id), '')
                   from actor a where a.id = new.actor_id)
    where rowid = new.id;
end;

create trigger statement_search_delete after delete on statement
begin
    delete from statement_search where rowid = old.id;
end;

create trigger statement_search_appearance_insert after insert on appearance
begin
    update statement_search
    set article = coalesce((select group_concat(ar.title, ' ') from appearance ap
                            join article ar on ar.id = ap.article_id
                            where ap.statement_id = new.statement_id), '')
    where rowid = new.statement_id;
end;

create trigger statement_search_appearance_delete after delete on appearance
begin
    update statement_search
    set article = coalesce((select group_concat(ar.title, ' ') from appearance ap
                            join article ar on ar.id = ap.article_id
                            where ap.statement_id = old.statement_id), '')
    where rowid = old.statement_id;
end;

create trigger statement_search_article_title after update of title on article
begin
    update statement_search
    set article = coalesce((select group_concat(ar.title, ' ') from appearance ap
                            join article ar on ar.id = ap.article_id
                            where ap.statement_id = statement_search.rowid), '')
    where rowid in (select statement_id from appearance where article_id = new.id);
end;

create trigger statement_search_actor_name after update of name on actor
begin
    update statement_search
    set speaker = new.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                                where actor_id = new.id), '')
    where rowid in (select id from statement where actor_id = new.id);
end;

create trigger statement_search_alias_insert after insert on actor_alias
begin
    update statement_search
    set speaker = (select a.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                                      where actor_id = a.id), '')
                   from actor a where a.id = new.actor_id)
    where rowid in (select id from statement where actor_id = new.actor_id);
end;

create trigger statement_search_alias_delete after delete on actor_alias
begin
    update statement_search
    set speaker = (select a.name || ' ' || coalesce((select group_concat(alias, ' ') from actor_alias
                                                      where actor_id = a.id), '')
                   from actor a where a.id = old.actor_id)
    where rowid in (select id from statement where actor_id = old.actor_id);
end;
