-- Five years of contact moments for every key figure in the database (issue 3, contact module).
-- Run by psql as the PostgreSQL superuser (row-level security does not apply) AFTER the key
-- figures exist (bench/generate.sh). Set-based, deterministic and idempotent: ids come from
-- md5(key figure id, sequence number) and every insert is "on conflict do nothing", so a
-- second run adds nothing and a run after more key figures were generated tops up.
--
--   psql -X -v ON_ERROR_STOP=1 -h localhost -p 54390 -U postgres -d postgres \
--        [-v every_days=25] [-v years=5] -f bench/sql/generate-contacts.sql
--
-- Volume: an active key figure gets one contact about every `every_days` days (±5) since it
-- became active (at most `years` back); a paused or ended one until it stopped (some time
-- within the last year, derived from its id); candidates and intakes one or two recent ones;
-- the first active key figure of each municipality (by id) one about every 5 days.
-- Default scale (≈ 900 key figures) gives ≈ 55,000 contact moments, national (≈ 70,000) ≈ 4–5
-- million. One in five has a note: a constant ciphertext of the demo key produced by the app's
-- FieldEncryption ("Benchmarknotitie: gesproken over activiteiten in de buurt."), so the demo
-- run can decrypt it. One in ten gets a follow-up action; those due more than 30 days ago are done.
\set ON_ERROR_STOP on
\if :{?every_days}
\else
  \set every_days 25
\endif
\if :{?years}
\else
  \set years 5
\endif
select set_config('bench.every_days', :'every_days', false), set_config('bench.years', :'years', false),
       set_config('bench.t0', clock_timestamp()::text, false) \gset

create or replace function pg_temp.phase(label text) returns void language plpgsql as $$
begin
    raise notice '% (% s)', label,
        round(extract(epoch from clock_timestamp() - current_setting('bench.t0')::timestamptz), 1);
end $$;

-- Who takes part: the municipality's coordinators and partner professionals (falls back to the
-- key figure's contact person, or a stable made-up account id: participants carry no foreign key).
create temp table bench_staff as
select municipality_id, array_agg(id order by id) as ids
from account
where kind = 'STAFF' and municipality_id is not null and active
  and (roles && array['COORDINATOR', 'PARTNER'])
group by municipality_id;
create unique index on bench_staff (municipality_id);

-- The plan per key figure: first and last day of its contacts and how many there are.
create temp table bench_plan as
with k as (
    select k.municipality_id, k.id, k.status, k.contact_person_id,
           decode(md5(k.id::text), 'hex') as b,
           greatest(current_date - (current_setting('bench.years')::int * 365),
                    coalesce(k.active_since, current_date - (current_setting('bench.years')::int * 365))) as first_day
    from key_figure k
)
select k.municipality_id, k.id, k.contact_person_id, k.b,
       -- one active key figure per municipality with a long history (about 365 contacts in five
       -- years), for the key-figure page at its worst (bench/load.sh: page-long)
       case when k.status = 'ACTIVE' and row_number() over (partition by k.municipality_id, k.status order by k.id) = 1
            then 5 else current_setting('bench.every_days')::int end as every_days,
       k.first_day + get_byte(k.b, 0) % 20 as start_day,
       case when k.status = 'ACTIVE' then current_date
            when k.status in ('PAUSED', 'ENDED') then current_date - (30 + (get_byte(k.b, 1) * 256 + get_byte(k.b, 2)) % 335)
            else current_date - get_byte(k.b, 3) % 60 end as stop_day,
       k.status
from k;

create temp table bench_contact as
select p.municipality_id, p.id as key_figure_id, g.n,
       md5('sleutelnet-bench:contact:' || p.id || ':' || g.n)::uuid as id,
       least(p.stop_day, p.start_day + g.n * p.every_days
             + (get_byte(p.b, 4 + g.n % 12) % 11) - 5) as occurred_on,
       p.b, p.contact_person_id
from bench_plan p
cross join lateral generate_series(0,
        case when p.status in ('CANDIDATE', 'INTAKE') then get_byte(p.b, 5) % 2
             else greatest(0, (p.stop_day - p.start_day) / p.every_days) end) g(n)
where p.start_day <= p.stop_day or p.status in ('CANDIDATE', 'INTAKE');
do $$ begin perform pg_temp.phase('planned ' || (select count(*) from bench_contact) || ' contact moments'); end $$;

begin;
insert into contact_moment (municipality_id, id, key_figure_id, occurred_on, channel, topics, note, logged_by,
                            created_at)
select c.municipality_id, c.id, c.key_figure_id, c.occurred_on,
       (array['PHONE', 'EMAIL', 'IN_PERSON', 'MESSAGING'])[1 + (get_byte(c.b, 6) + c.n) % 4],
       case when c.n % 3 = 0
            then array[(array['NEIGHBOURHOOD_LIFE', 'YOUTH', 'EDUCATION', 'PARENTING', 'HOUSING', 'WORK_AND_INCOME',
                              'HEALTH_AND_CARE', 'SPORTS_AND_CULTURE', 'DISCRIMINATION', 'TENSIONS_IN_COMMUNITY',
                              'SOCIAL_COHESION', 'ACTIVITY_OR_EVENT', 'SUPPORT_OR_FUNDING', 'TRAINING',
                              'COOPERATION_WITH_MUNICIPALITY', 'SAFETY', 'OTHER'])[1 + (get_byte(c.b, 7) + c.n) % 17]]
            else array[(array['NEIGHBOURHOOD_LIFE', 'YOUTH', 'SPORTS_AND_CULTURE', 'SOCIAL_COHESION',
                              'ACTIVITY_OR_EVENT'])[1 + (get_byte(c.b, 8) + c.n) % 5],
                       'COOPERATION_WITH_MUNICIPALITY'] end,
       case when (get_byte(c.b, 9) + c.n) % 5 = 0
            then 'v1:JcU53acOVWZI/GZ5JvZr40A4XYo6lqpqw12L2amjTs8bdwzy1I4DOUamuSsfr6lXZxiHrUEk9/RaKjNiIgiviO2DT2yz68ERBjpzse5nMuzsR/EQk8E='
       end,
       coalesce(s.ids[1 + (get_byte(c.b, 10) + c.n / 8) % cardinality(s.ids)], c.contact_person_id,
                md5('sleutelnet-bench:staff:' || c.municipality_id)::uuid),
       c.occurred_on + time '10:00'
from bench_contact c
left join bench_staff s on s.municipality_id = c.municipality_id
on conflict do nothing;
do $$ begin perform pg_temp.phase('contact moments'); end $$;

-- Present: who logged it, and at every fourth contact a second person of the municipality.
insert into contact_moment_participant (municipality_id, contact_moment_id, account_id, key_figure_id, occurred_on)
select cm.municipality_id, cm.id, cm.logged_by, cm.key_figure_id, cm.occurred_on
from bench_contact c
join contact_moment cm on cm.municipality_id = c.municipality_id and cm.id = c.id
on conflict do nothing;
insert into contact_moment_participant (municipality_id, contact_moment_id, account_id, key_figure_id, occurred_on)
select c.municipality_id, c.id, s.ids[1 + (get_byte(c.b, 11) + c.n) % cardinality(s.ids)], cm.key_figure_id,
       cm.occurred_on
from bench_contact c
join bench_staff s on s.municipality_id = c.municipality_id
join contact_moment cm on cm.municipality_id = c.municipality_id and cm.id = c.id
where c.n % 4 = 1 and cardinality(s.ids) > 1
on conflict do nothing;
do $$ begin perform pg_temp.phase('participants'); end $$;

insert into follow_up_action (municipality_id, id, contact_moment_id, key_figure_id, description, owner_id, due_on,
                              done_on, done_by)
select cm.municipality_id, md5('sleutelnet-bench:follow-up:' || cm.id)::uuid, cm.id, cm.key_figure_id,
       'v1:XA80dFxfvg/1hN9TNBtWCFCrY8vnN1OlTWBmbqkmglLzLjWHu0gb3V/BrscEIGdedMg=',
       cm.logged_by, cm.occurred_on + 14,
       case when cm.occurred_on + 14 < current_date - 30 then cm.occurred_on + 12 end,
       case when cm.occurred_on + 14 < current_date - 30 then cm.logged_by end
from bench_contact c
join contact_moment cm on cm.municipality_id = c.municipality_id and cm.id = c.id
where (get_byte(c.b, 12) + c.n) % 10 = 0
on conflict do nothing;
do $$ begin perform pg_temp.phase('follow-up actions'); end $$;

-- The register's rhythm: the last contact moves next_contact_due (a generated column).
update key_figure k set last_contact_on = l.last_on
from (select municipality_id, key_figure_id, max(occurred_on) as last_on
      from contact_moment group by municipality_id, key_figure_id) l
where k.municipality_id = l.municipality_id and k.id = l.key_figure_id
  and (k.last_contact_on is null or k.last_contact_on < l.last_on);
commit;
do $$ begin perform pg_temp.phase('last contact of the key figures'); end $$;

vacuum analyze contact_moment;
vacuum analyze contact_moment_participant;
vacuum analyze follow_up_action;
vacuum analyze key_figure;
do $$ begin perform pg_temp.phase('analyzed: ' || (select count(*) from contact_moment) || ' contact moments, '
       || (select count(*) from contact_moment_participant) || ' participants, '
       || (select count(*) from follow_up_action) || ' follow-up actions in total'); end $$;
