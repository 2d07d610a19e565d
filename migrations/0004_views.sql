-- Flat views for reading the database file directly (Datasette, the sqlite3 shell, a
-- spreadsheet's SQL import): one row per statement or commitment, with names instead of ids.

create view statements_flat as
select s.id,
       s.said_on,
       substr(s.said_on, 1, 4) as year,
       substr(s.said_on, 1, 7) as month,
       s.date_precision,
       a.slug as actor,
       a.name as actor_name,
       a.role as actor_role,
       a.country as actor_country,
       c.name as actor_country_name,
       p.name as speaking_for,
       s.kind,
       s.sourcing,
       s.stance,
       s.text,
       s.context,
       (select group_concat(country, ' ') from statement_country where statement_id = s.id) as countries,
       (select group_concat(topic, ' ') from statement_topic where statement_id = s.id) as topics,
       ar.id as article_id,
       ar.title as article_title,
       o.name as outlet,
       ar.url as article_url,
       ar.published_on as article_published_on,
       coalesce(ap.translator, ar.translator) as translator,
       s.state,
       s.retraction_reason
from statement s
join actor a on a.id = s.actor_id
left join country c on c.code = a.country
left join actor p on p.id = s.speaks_for_id
left join appearance ap on ap.id = (
    select first.id from appearance first join article fa on fa.id = first.article_id
    where first.statement_id = s.id
    order by fa.published_on is null, fa.published_on, first.id limit 1)
left join article ar on ar.id = ap.article_id
left join outlet o on o.id = ar.outlet_id;

create view commitments_flat as
select c.id,
       c.title,
       c.type,
       (select group_concat(country, ' ') from commitment_provider_country where commitment_id = c.id) as provider_countries,
       (select group_concat(a.name, '; ') from commitment_provider_actor pa
        join actor a on a.id = pa.actor_id where pa.commitment_id = c.id) as provider_actors,
       c.beneficiary,
       c.quantity,
       c.geography,
       c.conditions,
       c.due_on,
       c.due_text,
       (select status from commitment_event e where e.commitment_id = c.id
        order by e.sort_day desc, e.id desc limit 1) as current_status,
       (select occurred_on from commitment_event e where e.commitment_id = c.id
        order by e.sort_day desc, e.id desc limit 1) as status_since
from commitment c;
