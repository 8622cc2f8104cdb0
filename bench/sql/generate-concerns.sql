-- Concerns (zorgmeldingen, issue 4) for every municipality in the database, in proportion to its
-- key figures: ~200,000 at national scale (≈ 70,000 key figures; Maasoever, the biggest, gets
-- ≈ 13,000), proportionally fewer at default scale. Run by psql as the PostgreSQL superuser
-- (row-level security does not apply) AFTER the key figures exist (bench/generate.sh does).
-- Set-based, deterministic and idempotent: ids come from md5(municipality, number) and every
-- insert is "on conflict do nothing", so a second run adds nothing and a run after more key
-- figures were generated tops up.
--
--   psql -X -v ON_ERROR_STOP=1 -h localhost -p 54391 -U postgres -d postgres \
--        [-v per_key_figure=2.857] [-v years=3] -f bench/sql/generate-concerns.sql
--
-- Shape: received evenly over the last `years` years; 1 in 10 is anonymous advice; the reporter
-- is one of the municipality's key figures; received in the last 45 days: spread over the open
-- states (some received and not yet acknowledged, some waiting for approval, ...), older: 96 %
-- closed, 4 % still in assessment, most of those overdue. Outcomes: no concern 50 %, care route
-- 35 %, handover 15 % (advice: advice given 85 %, no concern 15 %); no concern and handovers were
-- approved by a second handler. 1 to 4 messages and as many steps each (≈ 3.4 on average), a
-- handover row for each handover, a satisfaction answer for 60 % of the closed ones.
-- Narrative: every narrative column holds ONE real ciphertext of the demo key (the contact
-- benchmark's note, "Benchmarknotitie: gesproken over activiteiten in de buurt."), so opening
-- a generated concern (GET /api/v1/zorgmeldingen/{id}) decrypts as in production. Care routes
-- and handovers closed more than 6 months ago have their narrative cleared, as retention leaves
-- them; closed "no concern" and advice older than 6 months are kept (the next retention run
-- would delete them: its dry run on /beheer/bewaartermijnen shows how many).
\set ON_ERROR_STOP on
\if :{?per_key_figure}
\else
  \set per_key_figure 2.857
\endif
\if :{?years}
\else
  \set years 3
\endif
select set_config('bench.per_kf', :'per_key_figure', false), set_config('bench.years', :'years', false),
       set_config('bench.t0', clock_timestamp()::text, false) \gset

create or replace function pg_temp.phase(label text) returns void language plpgsql as $$
begin
    raise notice '% (% s)', label,
        round(extract(epoch from clock_timestamp() - current_setting('bench.t0')::timestamptz), 1);
end $$;

-- Per municipality: its key figures (reporters) and concern handlers (fall back to a made-up id:
-- staff columns carry no foreign key).
create temp table bench_muni as
select m.id as municipality_id,
       (select array_agg(k.id order by k.id) from key_figure k where k.municipality_id = m.id) as reporters,
       coalesce((select array_agg(a.id order by a.id) from account a
                 where a.municipality_id = m.id and a.active and 'CONCERN_HANDLER' = any (a.roles)),
                array[md5('sleutelnet-bench:handler:' || m.id)::uuid]) as handlers
from municipality m;
delete from bench_muni where reporters is null;

create temp table bench_concern as
with plan as (
    select b.*, g.n, md5('sleutelnet-bench:concern:' || b.municipality_id || ':' || g.n)::uuid as id
    from bench_muni b
    cross join lateral generate_series(1, round(cardinality(b.reporters) * current_setting('bench.per_kf')::numeric)::int) g(n)
), shaped as (
    -- 32 pseudo-random bytes per concern.
    select p.*, decode(md5(p.id::text) || md5(p.id::text || ':2'), 'hex') as b,
           ((get_byte(decode(md5(p.id::text), 'hex'), 0) * 256 + get_byte(decode(md5(p.id::text), 'hex'), 1)) * 256
             + get_byte(decode(md5(p.id::text), 'hex'), 2)) % (current_setting('bench.years')::int * 365) as age_days
    from plan p
), typed as (
    select s.*,
           case when get_byte(s.b, 3) % 10 = 0 then 'ADVICE' else 'CONCERN' end as kind,
           now() - make_interval(days => s.age_days, secs => get_byte(s.b, 4) * 300) as received_at,
           case when s.age_days < 45 then
                    case when get_byte(s.b, 5) < 26 then 'RECEIVED' when get_byte(s.b, 5) < 64 then 'ACKNOWLEDGED'
                         when get_byte(s.b, 5) < 153 then 'IN_ASSESSMENT' when get_byte(s.b, 5) < 179 then 'INFORMATION_REQUESTED'
                         when get_byte(s.b, 5) < 204 then 'AWAITING_APPROVAL' when get_byte(s.b, 5) < 217 then 'OUTCOME'
                         else 'CLOSED' end
                when get_byte(s.b, 5) < 10 then 'IN_ASSESSMENT' else 'CLOSED' end as phase
    from shaped s
)
select t.municipality_id, t.id, t.n, t.b, t.age_days, t.kind, t.received_at,
       t.reporters[1 + (get_byte(t.b, 6) * 256 + get_byte(t.b, 7)) % cardinality(t.reporters)] as key_figure_id,
       t.handlers[1 + get_byte(t.b, 8) % cardinality(t.handlers)] as handler_id,
       t.handlers[1 + (get_byte(t.b, 8) + 1) % cardinality(t.handlers)] as second_id,
       case when t.phase = 'OUTCOME' then null else t.phase end as phase,
       case when t.kind = 'ADVICE' then case when get_byte(t.b, 9) < 218 then 'ADVICE_GIVEN' else 'NO_CONCERN' end
            when t.phase = 'AWAITING_APPROVAL' then case when get_byte(t.b, 9) < 180 then 'NO_CONCERN' else 'HANDED_OVER' end
            when get_byte(t.b, 9) < 128 then 'NO_CONCERN' when get_byte(t.b, 9) < 218 then 'CARE_ROUTE'
            else 'HANDED_OVER' end as outcome
from typed t;
-- Advice cannot wait for approval; an outcome state is the outcome itself.
update bench_concern set phase = 'IN_ASSESSMENT' where kind = 'ADVICE' and phase = 'AWAITING_APPROVAL';
update bench_concern set phase = outcome where phase is null;
-- Closed: between 10 and 60 days after receipt, never in the future.
alter table bench_concern add column closed_at timestamptz;
update bench_concern set closed_at = least(received_at + make_interval(days => 10 + get_byte(b, 10) % 50),
                                             now() - interval '1 hour')
where phase = 'CLOSED';
do $$ begin perform pg_temp.phase('planned ' || (select count(*) from bench_concern) || ' concerns'); end $$;

begin;
insert into concern (municipality_id, id, reference, kind, status, key_figure_id, raised_via, feedback_channel,
                     subject_age_band, subject_area_code, facts, interpretation, source_kind, source_named,
                     counter_signs, outcome, outcome_rationale, outcome_by, approved_by, handler_id, received_at,
                     acknowledge_due_on, acknowledged_at, first_status_at, feedback_due_on, closed_at,
                     narrative_cleared_at, satisfaction, satisfaction_at, reopened_count, version)
select c.municipality_id, c.id,
       'ZM-' || extract(year from c.received_at)::int || '-' || (100000 + c.n),
       c.kind, c.phase, c.key_figure_id,
       case when get_byte(c.b, 11) % 4 = 0 then 'HANDLER' else 'PORTAL' end,
       (array['EMAIL_AND_PORTAL', 'EMAIL_AND_PORTAL', 'PORTAL_ONLY', 'CONTACT_PERSON'])[1 + get_byte(c.b, 12) % 4],
       case when c.kind = 'CONCERN' then (array['UNDER_12', 'AGE_12_17', 'AGE_12_17', 'AGE_18_23', 'AGE_18_23',
            'AGE_24_39', 'AGE_40_PLUS', 'UNKNOWN'])[1 + get_byte(c.b, 13) % 8] end,
       null,
       case when cleared then null else n.text end,
       case when cleared or get_byte(c.b, 14) % 2 = 0 then null else n.text end,
       case when c.kind = 'ADVICE' then null
            else (array['OWN_OBSERVATION', 'OWN_OBSERVATION', 'TOLD_BY_SOMEONE', 'OTHER'])[1 + get_byte(c.b, 15) % 4] end,
       null,
       case when cleared or get_byte(c.b, 14) % 3 <> 0 then null else n.text end,
       case when has_outcome then c.outcome end,
       case when has_outcome and not cleared then n.text end,
       case when has_outcome then c.handler_id end,
       case when has_outcome and c.outcome in ('NO_CONCERN', 'HANDED_OVER') and c.phase <> 'AWAITING_APPROVAL'
            and c.second_id <> c.handler_id then c.second_id end,
       case when c.phase <> 'RECEIVED' then c.handler_id end,
       c.received_at,
       (c.received_at at time zone 'Europe/Amsterdam')::date + 2,
       case when c.phase <> 'RECEIVED' then c.received_at + make_interval(hours => 4 + get_byte(c.b, 16) % 60) end,
       case when c.phase not in ('RECEIVED', 'ACKNOWLEDGED')
            then c.received_at + make_interval(days => 3 + get_byte(c.b, 17) % 12) end,
       case when c.phase = 'RECEIVED' then (c.received_at at time zone 'Europe/Amsterdam')::date + 2
            when c.phase in ('CLOSED', 'INFORMATION_REQUESTED') then null
            -- Old open concerns: mostly overdue by up to three weeks.
            when c.age_days >= 45 then current_date - 5 + get_byte(c.b, 18) % 25 - 16
            else current_date + get_byte(c.b, 18) % 12 - 2 end,
       c.closed_at,
       case when cleared then c.closed_at + interval '183 days' end,
       case when c.phase = 'CLOSED' and get_byte(c.b, 19) < 154 then
            (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'PARTLY', 'PARTLY',
                   'PARTLY', 'NOT_SATISFIED'])[1 + get_byte(c.b, 20) % 10] end,
       case when c.phase = 'CLOSED' and get_byte(c.b, 19) < 154 then c.closed_at + interval '2 days' end,
       0, 5
from (select c.*, c.phase in ('CLOSED', 'NO_CONCERN', 'CARE_ROUTE', 'HANDED_OVER', 'ADVICE_GIVEN', 'AWAITING_APPROVAL')
                 as has_outcome,
             c.phase = 'CLOSED' and c.kind = 'CONCERN' and c.outcome in ('CARE_ROUTE', 'HANDED_OVER')
                 and c.closed_at < now() - interval '183 days' as cleared
      from bench_concern c) c,
     (select 'v1:JcU53acOVWZI/GZ5JvZr40A4XYo6lqpqw12L2amjTs8bdwzy1I4DOUamuSsfr6lXZxiHrUEk9/RaKjNiIgiviO2DT2yz68ERBjpzse5nMuzsR/EQk8E='
             as text) n
on conflict do nothing;
do $$ begin perform pg_temp.phase('concerns inserted'); end $$;

-- The running numbers go on after the generated ones.
insert into concern_counter (municipality_id, last_number)
select municipality_id, 100000 + max(n) from bench_concern group by municipality_id
on conflict (municipality_id) do update set last_number = greatest(concern_counter.last_number, excluded.last_number);

insert into concern_handover (municipality_id, concern_id, receiver, legal_basis, handed_over_on, external_reference)
select c.municipality_id, c.id, (array['TRIAGE_TEAM', 'TRIAGE_TEAM', 'SAFETY_HOUSE', 'POLICE'])[1 + get_byte(c.b, 21) % 4],
       (array['PUBLIC_TASK', 'PUBLIC_TASK', 'SAFETY_HOUSE_COVENANT', 'LEGAL_OBLIGATION'])[1 + get_byte(c.b, 22) % 4],
       (coalesce(c.closed_at, now()) at time zone 'Europe/Amsterdam')::date - 1,
       case when get_byte(c.b, 23) % 2 = 0 then 'WP-' || c.n end
from bench_concern c
where c.outcome = 'HANDED_OVER' and c.kind = 'CONCERN' and c.phase in ('CLOSED', 'HANDED_OVER', 'AWAITING_APPROVAL')
on conflict do nothing;
do $$ begin perform pg_temp.phase('handovers'); end $$;

-- Messages and steps: received (1), acknowledged (2), a status (3), closed (4) as far as the
-- concern got; feedback answers its deadline, on time 9 times in 10.
create temp table bench_step as
select c.municipality_id, c.id as concern_id, c.b, c.handler_id, g.i,
       md5('sleutelnet-bench:concern-step:' || c.id || ':' || g.i)::uuid as id,
       case g.i when 1 then 'RECEIVED' when 2 then 'ACKNOWLEDGED' when 3 then
                case when c.phase in ('INFORMATION_REQUESTED') then 'INFORMATION_REQUESTED' else 'IN_ASSESSMENT' end
                else 'CLOSED' end as status,
       least(c.received_at + make_interval(days => (g.i - 1) * (2 + get_byte(c.b, 24) % 6)),
             coalesce(c.closed_at, now() - interval '1 minute')) as at
from bench_concern c
cross join lateral generate_series(1, case c.phase when 'RECEIVED' then 1 when 'ACKNOWLEDGED' then 2
                                               when 'CLOSED' then 4 else 3 end) g(i);

insert into concern_message (municipality_id, id, concern_id, kind, shown_status, standard_text, personal_text,
                             from_reporter, created_by, created_at, due_on, on_time, read_at)
select s.municipality_id, s.id, s.concern_id,
       case when s.status = 'INFORMATION_REQUESTED' then 'QUESTION' else 'STATUS' end,
       s.status, 'Standaardtekst voor de melder (benchmark).',
       case when s.i = 3 and get_byte(s.b, 25) % 3 = 0 then
            'v1:JcU53acOVWZI/GZ5JvZr40A4XYo6lqpqw12L2amjTs8bdwzy1I4DOUamuSsfr6lXZxiHrUEk9/RaKjNiIgiviO2DT2yz68ERBjpzse5nMuzsR/EQk8E='
       end,
       false, case when s.i > 1 then s.handler_id end, s.at,
       case when s.i > 1 then (s.at at time zone 'Europe/Amsterdam')::date + case when get_byte(s.b, 26 + s.i) % 10 = 0 then -1 else 1 end end,
       case when s.i > 1 then get_byte(s.b, 26 + s.i) % 10 <> 0 end,
       case when get_byte(s.b, 30) % 4 <> 0 then s.at + interval '1 day' end
from bench_step s
on conflict do nothing;

insert into concern_event (municipality_id, id, concern_id, action, from_status, to_status, actor_id, occurred_at, note)
select s.municipality_id, md5('sleutelnet-bench:concern-event:' || s.concern_id || ':' || s.i)::uuid, s.concern_id,
       case when s.i = 1 then 'RAISED' else s.status end,
       case s.i when 1 then null when 2 then 'RECEIVED' when 3 then 'ACKNOWLEDGED' else 'IN_ASSESSMENT' end,
       s.status, s.handler_id, s.at, null
from bench_step s
on conflict do nothing;
commit;
do $$ begin perform pg_temp.phase('messages and steps'); end $$;

vacuum analyze concern;
vacuum analyze concern_message;
vacuum analyze concern_event;
vacuum analyze concern_handover;
do $$ begin perform pg_temp.phase('analyzed: ' || (select count(*) from concern) || ' concerns ('
       || (select count(*) from concern where status <> 'CLOSED') || ' open, '
       || (select count(*) from concern where feedback_due_on < current_date) || ' overdue), '
       || (select count(*) from concern_message) || ' messages, '
       || (select count(*) from concern_event) || ' steps, '
       || (select count(*) from concern_handover) || ' handovers in total; Maasoever '
       || (select count(*) from concern where municipality_id = '00000000-0000-4000-8000-000000000011')); end $$;
