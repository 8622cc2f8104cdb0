-- Benchmark data for Sleutelnet. Run by bench/generate.sh as the PostgreSQL superuser of
-- the instance under test (row-level security does not apply to a superuser).
--
-- psql variables: scale (default|national), kf_total (national key figures in total),
-- staff_per_municipality, audit_rows (target size of the whole audit trail), password_from
-- (the demo account whose Argon2 hash the generated staff accounts reuse).
--
-- Idempotent and top-up only: ids are derived from stable names (md5(...)::uuid), every
-- insert is "on conflict do nothing", key figures and the audit trail are filled up to a
-- target. Running national after default adds what is missing. Going back down needs a
-- fresh database (the audit trail is append-only), see generate.sh --reset.
\set ON_ERROR_STOP on
set client_min_messages = notice;
select set_config('bench.scale', :'scale', false),
       set_config('bench.kf_total', :'kf_total', false),
       set_config('bench.staff', :'staff_per_municipality', false),
       set_config('bench.audit_rows', :'audit_rows', false),
       set_config('bench.password_from', :'password_from', false),
       set_config('bench.t0', clock_timestamp()::text, false) \gset

do $$
begin
    if not exists (select 1 from region where id = '00000000-0000-4000-8000-000000000001') then
        raise exception 'The demo region is missing: start the instance once (bench/app.sh start) before generating.';
    end if;
    if not exists (select 1 from account where lower(username) = lower(current_setting('bench.password_from'))) then
        raise exception 'Account % not found: its password hash is reused for the generated staff.',
            current_setting('bench.password_from');
    end if;
end $$;

-- Phase notices with the time since the start.
create or replace function pg_temp.phase(label text) returns void language plpgsql as $$
begin
    raise notice '% (% s)', label,
        round(extract(epoch from clock_timestamp() - current_setting('bench.t0')::timestamptz), 1);
end $$;

------------------------------------------------------------------------------------------
-- The plan: which regions and municipalities exist at this scale, and how many key
-- figures each municipality should hold.
------------------------------------------------------------------------------------------
create temp table plan_region (id uuid primary key, name text not null, ord int not null) on commit preserve rows;
create temp table plan_municipality (
    id        uuid primary key,
    region_id uuid not null,
    name      text not null,
    cbs_code  text not null,
    rank      int  not null,  -- 1 = the biggest city
    kf_target int  not null
) on commit preserve rows;

insert into plan_region values ('00000000-0000-4000-8000-000000000001', 'Regio Gelderland-Zuid (demo)', 0);

-- Default scale: the demo region's three municipalities, 300 key figures each.
insert into plan_municipality
select m.id, m.region_id, m.name, m.cbs_code, row_number() over (order by m.cbs_code), 300
from municipality m
where m.region_id = '00000000-0000-4000-8000-000000000001';

do $$
declare
    stems    text[] := array['Aal','Beek','Bos','Brug','Dal','Donk','Eik','Gaas','Hal','Heem','Hoorn','Kerk',
                             'Lin','Mark','Meer','Molen','Oost','Rijn','Veen','Wes','Wil','Zand'];
    suffixes text[] := array['dam','dijk','drecht','hoven','huizen','kerk','rode','veld','wijk','woude',
                             'broek','horst','sloot','lo','zijl','beek','berg'];
    regions  text[] := array['Noorderkust','Waddenland','Friese Meren','Drentse Zand','Twentse Es',
                             'IJsselvallei','Veluwerand','Eemland','Gooi en Vecht','Kennemerland',
                             'Zaanstreek','Hollands Midden','Rijnmond-West','Haaglanden-Oost','Alblasserwaard',
                             'Zeeuwse Delta','Brabantse Wal','Baronie','Meierij','Peelland',
                             'Kempenland','Noord-Limburg','Heuvelland','Flevomeren'];
    total    int := current_setting('bench.kf_total')::int;
begin
    if current_setting('bench.scale') <> 'national' then
        return;
    end if;
    -- 24 fictitious regions; with the demo region 25.
    insert into plan_region
    select md5('sleutelnet-bench:region:' || r)::uuid, 'Regio ' || regions[r] || ' (bench)', r
    from generate_series(1, 24) r;

    -- 339 fictitious municipalities GM0001..GM0339 (the demo ones are GM9901..GM9903), in
    -- the 24 regions. Ranks by size are scrambled over the codes (97 is coprime with 339)
    -- so that big and small ones are spread over the regions. Maasoever is rank 1 (the
    -- load runs as its coordinator: the worst case), Waalbergen 12, Lingedonk 35 (both keep
    -- at least the 300 of the default scale).
    update plan_municipality set rank = case cbs_code when 'GM9901' then 1 when 'GM9902' then 12 else 35 end;
    with free_ranks as (
        select r, row_number() over (order by r) - 1 as k
        from generate_series(2, 342) r where r not in (12, 35)
    )
    insert into plan_municipality (id, region_id, name, cbs_code, rank, kf_target)
    select md5('sleutelnet-bench:municipality:' || i)::uuid,
           md5('sleutelnet-bench:region:' || (1 + (i - 1) % 24))::uuid,
           stems[1 + (i - 1) % 22] || suffixes[1 + (i - 1) / 22] || ' (bench)',
           'GM' || lpad(i::text, 4, '0'),
           f.r, 0
    from generate_series(1, 339) i
    join free_ranks f on f.k = (i * 97) % 339;

    -- Skew: 25 plus a Zipf-like share (rank^-0.75), scaled so that the total is about
    -- kf_total. Gives about 4,600 for the biggest city, ~250 at rank 50 and ~60 at the tail.
    with w as (select id, power(rank, -0.75) as w from plan_municipality),
         s as (select sum(w) as sw from w)
    update plan_municipality p
    set kf_target = 25 + round((total - 25 * 342) * w.w / s.sw)::int
    from w, s where w.id = p.id;
end $$;

do $$ begin perform pg_temp.phase('plan ready: ' || (select count(*) from plan_municipality) || ' municipalities, '
       || (select sum(kf_target) from plan_municipality) || ' key figures planned'); end $$;

------------------------------------------------------------------------------------------
-- Regions, municipalities, staff accounts.
------------------------------------------------------------------------------------------
begin;
insert into region (id, name) select id, name from plan_region on conflict do nothing;
insert into municipality (id, region_id, name, cbs_code)
select id, region_id, name, cbs_code from plan_municipality on conflict do nothing;

-- First and last names of the generated people (fictitious combinations).
create temp table names as
select array['Samira','Johan','Aylin','Kees','Mariam','Thijs','Nadia','Bram','Yusuf','Els','Dewi','Marco',
             'Hanna','Rachid','Floor','Tim','Fenna','Mehmet','Lieke','Sven','Ilham','Ruud','Zeynep','Joost',
             'Anouk','Said','Marloes','Koen','Esra','Wouter','Priya','Gerrit','Noa','Hamza','Ineke','Luuk',
             'Amira','Pieter','Sara','Daan'] as first,
       -- Family names as 'tussenvoegsel|achternaam'.
       array['van den|Berg','|El Amrani','de|Groot','|Kaya','|Willems','|Bosman','|Mulder','|Hoekstra','|Visser',
             '|Tahiri','|Dekker','|Koster','|Jansen','de|Vries','|Bakker','|Yilmaz','|Smit','|Meijer','de|Boer',
             '|Mertens','|Bouzidi','|Vos','|Peters','|Hendriks','van|Dijk','|Brouwer','|Ozturk','|Sanders','|Kok',
             '|Verbeek','|Bergsma','|Postma','|Hoogenberg','|Lambers','|Maas','|Schouten','|Aydin','|Wolters',
             '|Kuipers','|Rutten'] as last,
       array['Centrum','Oosterhof','De Weerden','Rivierwijk','Hoge Akker','Stationskwartier','Het Broek',
             'Molenwijk','Nieuwe Haven','Zuiderpark','Bloemenbuurt','De Esch','Kerkbuurt','Dijkzicht',
             'Veldhoven-Noord','Sportpark','Industrieterrein','Tuinwijk'] as area;

-- Per municipality: medewerker01..NN@<cbs>.bench. They reuse the demo password hash and,
-- like the demo accounts, skip the second factor (only honoured in demo mode).
insert into account (id, kind, municipality_id, username, display_name, password_hash, roles, mfa_exempt)
select md5('sleutelnet-bench:account:' || p.cbs_code || ':' || k)::uuid, 'STAFF', p.id,
       'medewerker' || lpad(k::text, 2, '0') || '@' || lower(p.cbs_code) || '.bench',
       n.first[1 + (k * 7 + p.rank) % 40] || ' ' || ltrim(replace(n.last[1 + (k * 13 + p.rank * 3) % 40], '|', ' ')),
       (select password_hash from account where lower(username) = lower(current_setting('bench.password_from'))),
       case when k = 1 then array['COORDINATOR']
            when k <= 4 then array['CONCERN_HANDLER']
            when k <= 7 then array['PARTNER']
            when k = 8 then array['RESEARCHER']
            when k = 9 then array['PRIVACY_OFFICER']
            else array['ADMINISTRATOR'] end,
       true
from plan_municipality p, names n, generate_series(1, current_setting('bench.staff')::int) k
on conflict do nothing;

-- One regional analyst per region.
insert into account (id, kind, region_id, username, display_name, password_hash, roles, mfa_exempt)
select md5('sleutelnet-bench:analyst:' || r.id)::uuid, 'STAFF', r.id,
       'analist' || lpad(r.ord::text, 2, '0') || '@regio.bench',
       'Analist ' || r.name,
       (select password_hash from account where lower(username) = lower(current_setting('bench.password_from'))),
       array['ANALYST'], true
from plan_region r
on conflict do nothing;
do $$ begin perform pg_temp.phase('regions, municipalities and staff accounts'); end $$;

------------------------------------------------------------------------------------------
-- Each municipality's own lists (schema V6): the default network kinds (the codes of
-- NetworkReference.DEFAULT_KINDS, FAITH_BASED marked sensitive) and 4 wijken with 2 buurten
-- each, with CBS-shaped codes: WK + the municipality's 4 digits + 2, BU + those + 2. The demo
-- municipalities already have theirs (the application seeds them); existing rows are kept.
------------------------------------------------------------------------------------------
insert into network_kind (municipality_id, code, name_nl, name_en, sensitive, active, position)
select p.id, k.code, k.name_nl, k.name_en, k.sensitive, true, k.position
from plan_municipality p,
     (values ('YOUTH', 'Jongeren', 'Youth', false, 0), ('PARENTS', 'Ouders', 'Parents', false, 10),
             ('WOMEN', 'Vrouwen', 'Women', false, 20), ('SPORTS', 'Sport', 'Sports', false, 30),
             ('EDUCATION', 'Onderwijs', 'Education', false, 40), ('NEIGHBOURHOOD', 'Buurt', 'Neighbourhood', false, 50),
             ('NEWCOMERS', 'Nieuwkomers', 'Newcomers', false, 60),
             ('CULTURAL_ASSOCIATION', 'Culturele vereniging', 'Cultural association', false, 70),
             ('FAITH_BASED', 'Levensbeschouwelijke organisatie', 'Faith-based organisation', true, 80),
             ('BUSINESS', 'Ondernemers', 'Business', false, 90)) as k(code, name_nl, name_en, sensitive, position)
on conflict do nothing;

insert into area (municipality_id, code, name, parent_code)
select p.id, 'WK' || substr(p.cbs_code, 3) || lpad(w::text, 2, '0'), n.area[1 + (p.rank * 3 + w * 5) % 18], null
from plan_municipality p, names n, generate_series(1, 4) w
on conflict do nothing;
insert into area (municipality_id, code, name, parent_code)
select p.id, 'BU' || substr(p.cbs_code, 3) || lpad(w::text, 2, '0') || lpad(b::text, 2, '0'),
       n.area[1 + (p.rank * 3 + w * 5) % 18] || case b when 1 then '-Noord' else '-Zuid' end,
       'WK' || substr(p.cbs_code, 3) || lpad(w::text, 2, '0')
from plan_municipality p, names n, generate_series(1, 4) w, generate_series(1, 2) b
on conflict do nothing;
do $$ begin perform pg_temp.phase('network kinds and areas'); end $$;

------------------------------------------------------------------------------------------
-- Key figures, up to each municipality's target. Rows the application seeded itself
-- (14 per demo municipality) count towards the target.
------------------------------------------------------------------------------------------
create temp table kf_plan as
select p.id as municipality_id, p.cbs_code, i,
       md5('sleutelnet-bench:key_figure:' || p.cbs_code || ':' || i)::uuid as id
from plan_municipality p, generate_series(1, p.kf_target) i;
create index on kf_plan (id);
analyze kf_plan;

create temp table kf_need as
select p.id as municipality_id, p.kf_target - count(k.id) filter (where b.id is null) as bench_n
from plan_municipality p
left join key_figure k on k.municipality_id = p.id
left join kf_plan b on b.id = k.id
group by p.id, p.kf_target;

-- Attributes come from the bytes of the (deterministic) id: reproducible, no random().
-- Status: 60 % active, 10 % candidate, 5 % intake, 15 % paused, 10 % ended (with the end
-- date and reason the schema demands). Active ones have a contact rhythm (30/60/90 days),
-- a last contact in the past 4 months and the municipality's coordinator as contact person.
create temp table kf_new as
select f.municipality_id, f.cbs_code, f.i, f.id, x.b,
       case when get_byte(x.b, 4) < 154 then 'ACTIVE' when get_byte(x.b, 4) < 179 then 'CANDIDATE'
            when get_byte(x.b, 4) < 192 then 'INTAKE' when get_byte(x.b, 4) < 230 then 'PAUSED'
            else 'ENDED' end as status
from kf_plan f
join kf_need k on k.municipality_id = f.municipality_id and f.i <= k.bench_n
cross join lateral (select uuid_send(f.id) as b) x
where not exists (select 1 from key_figure e where e.municipality_id = f.municipality_id and e.id = f.id);

insert into key_figure (municipality_id, id, given_name, name_prefix, family_name, email, phone,
                        preferred_language, preferred_channel, role_types, new_to_municipality, status,
                        contact_person_id, contact_cadence_days, last_contact_on, active_since, ended_on,
                        end_reason, created_at)
select f.municipality_id, f.id,
       n.first[1 + get_byte(f.b, 0) % 40],
       nullif(split_part(n.last[1 + get_byte(f.b, 1) % 40], '|', 1), ''),
       split_part(n.last[1 + get_byte(f.b, 1) % 40], '|', 2),
       lower(replace(n.first[1 + get_byte(f.b, 0) % 40] || '.' || replace(n.last[1 + get_byte(f.b, 1) % 40], '|', ''),
                     ' ', '')) || f.i || '@voorbeeld.bench',
       '+316' || lpad(((get_byte(f.b, 7) * 65536 + get_byte(f.b, 8) * 256 + get_byte(f.b, 9)) % 100000000)::text, 8, '0'),
       (array['nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','nl','en','ar','tr'])
           [1 + get_byte(f.b, 12) % 20],
       (array['PHONE','PHONE','EMAIL','IN_PERSON','MESSAGING'])[1 + get_byte(f.b, 13) % 5],
       case get_byte(f.b, 2) % 6
            when 0 then array['CONNECTOR'] when 1 then array['DOER'] when 2 then array['CONNECTOR','REPRESENTATIVE']
            when 3 then array['CRITICAL_THINKER'] when 4 then array['DOER','REPRESENTATIVE'] else array[]::text[] end,
       get_byte(f.b, 14) % 5 = 0,
       f.status,
       case when f.status = 'ACTIVE' then md5('sleutelnet-bench:account:' || f.cbs_code || ':1')::uuid end,
       case when f.status = 'ACTIVE' then (array[30, 60, 90])[1 + get_byte(f.b, 15) % 3] end,
       case when f.status = 'ACTIVE' then current_date - (get_byte(f.b, 10) % 120) end,
       case when f.status in ('ACTIVE', 'PAUSED', 'ENDED')
            then date '2016-01-01' + (get_byte(f.b, 5) * 256 + get_byte(f.b, 6)) % 3000 end,
       case when f.status = 'ENDED' then date '2024-06-01' + get_byte(f.b, 11) * 2 end,
       case when f.status = 'ENDED' then (array['MOVED','NO_TIME','ROLE_FULFILLED','COOPERATION_ENDED','OTHER'])
           [1 + get_byte(f.b, 11) % 5] end,
       now() - ((get_byte(f.b, 10) * 256 + get_byte(f.b, 11)) % 3650) * interval '1 day'
from kf_new f
cross join names n
on conflict do nothing;

-- Areas: a wijk for everyone, its buurt for about half. Network kinds: one or two, never
-- the sensitive one (that is only ever a consented affiliation).
insert into key_figure_area (municipality_id, key_figure_id, area_code)
select f.municipality_id, f.id, 'WK' || substr(f.cbs_code, 3) || lpad((1 + get_byte(f.b, 3) % 4)::text, 2, '0')
from kf_new f
union all
select f.municipality_id, f.id, 'BU' || substr(f.cbs_code, 3) || lpad((1 + get_byte(f.b, 3) % 4)::text, 2, '0')
       || lpad((1 + get_byte(f.b, 3) / 4 % 2)::text, 2, '0')
from kf_new f where get_byte(f.b, 3) >= 128
on conflict do nothing;
insert into key_figure_network_kind (municipality_id, key_figure_id, kind_code)
select f.municipality_id, f.id, k.codes[1 + get_byte(f.b, 9) % 9]
from kf_new f, (select array['YOUTH','PARENTS','WOMEN','SPORTS','EDUCATION','NEIGHBOURHOOD','NEWCOMERS',
                             'CULTURAL_ASSOCIATION','BUSINESS'] as codes) k
union all
select f.municipality_id, f.id, k.codes[1 + get_byte(f.b, 8) % 9]
from kf_new f, (select array['YOUTH','PARENTS','WOMEN','SPORTS','EDUCATION','NEIGHBOURHOOD','NEWCOMERS',
                             'CULTURAL_ASSOCIATION','BUSINESS'] as codes) k
where get_byte(f.b, 8) % 2 = 0
on conflict do nothing;
do $$ begin perform pg_temp.phase('key figures'); end $$;
commit;

------------------------------------------------------------------------------------------
-- Audit trail up to audit_rows rows in total, continuing the live chains: since ADR 0014 each
-- municipality has a chain of its own (its rows by seq, the first linking to the last row the
-- municipality already has, else to 64 zeros), and the application appends to one under
-- pg_advisory_xact_lock(7243, <Java's hashCode() of the municipality's UUID>). Taking every
-- municipality's lock here means no row of the application can slip in between. Seqs come from
-- the same sequence.
-- The hash is AuditHash.of(): sha256 over
--   prev|seq|epochSecond|microsOfSecond|municipality|actorKind|actor|action|recordType|recordId|outcome
-- with '' for nulls, lower-case hex.
------------------------------------------------------------------------------------------
create temp table audit_staged (
    rn              bigint primary key,
    t               bigint not null,  -- epoch microseconds
    municipality_id uuid,
    actor_kind      text not null,
    actor_id        uuid,
    action          text not null,
    record_type     text,
    record_id       uuid,
    outcome         text not null
) on commit preserve rows;

begin;
do $$
declare
    target   bigint := current_setting('bench.audit_rows')::bigint;
    need     bigint;
    staff    int := current_setting('bench.staff')::int;
    prev     text;
    chain    uuid;
    base     bigint;
    hashes   text[];
    prevs    text[];
    r        record;
    i        int := 0;
    span_end bigint := (extract(epoch from date_trunc('second', now()) - interval '1 hour') * 1000000)::bigint;
    span     bigint := 365::bigint * 86400 * 1000000;
begin
    -- UUID.hashCode(): the low 32 bits of (msb xor lsb) xor ((msb xor lsb) >>> 32), signed
    perform pg_advisory_xact_lock(7243, (((h >> 32) # h)::bit(32))::int)
    from (select ('x' || substr(replace(id::text, '-', ''), 1, 16))::bit(64)::bigint
                 # ('x' || substr(replace(id::text, '-', ''), 17, 16))::bit(64)::bigint as h
          from municipality order by id) m;
    select target - count(*) into need from audit_event;
    if need <= 0 then
        raise notice 'audit trail already holds % or more rows', target;
        return;
    end if;
    perform setseed(0.2026);
    -- Activity per municipality in proportion to its number of key figures; one year of
    -- events by its generated staff, mostly reads of key-figure records.
    insert into audit_staged
    with w as (
        select p.id, p.cbs_code, k.bench_n, greatest(p.kf_target, 1)::numeric as w
        from plan_municipality p join kf_need k on k.municipality_id = p.id
    ), alloc as (
        select id, cbs_code, bench_n, floor(need * w / sum(w) over ())::bigint as n,
               row_number() over (order by w desc) as ord
        from w
    ), alloc2 as ( -- the rounding remainder goes to the biggest municipality
        select id, cbs_code, bench_n, n + case when ord = 1 then need - sum(n) over () else 0 end as n from alloc
    ), ev as (
        select a.id as m, a.cbs_code, a.bench_n,
               span_end - (random() * span)::bigint as t,
               random() as u,
               md5('sleutelnet-bench:account:' || a.cbs_code || ':' || (1 + floor(random() * staff)::int))::uuid as actor,
               md5('sleutelnet-bench:key_figure:' || a.cbs_code || ':'
                   || (1 + floor(random() * greatest(a.bench_n, 1))::int))::uuid as kf
        from alloc2 a, generate_series(1, a.n)
    )
    select row_number() over (order by t, actor), t, m,
           case when u < 0.09 and u >= 0.08 then 'ANONYMOUS' else 'STAFF' end,
           case when u < 0.09 and u >= 0.08 then null else actor end,
           case when u < 0.08 then 'LOGIN' when u < 0.09 then 'LOGIN_FAILED' when u < 0.15 then 'LOGOUT'
                when u < 0.85 then 'READ' when u < 0.91 then 'UPDATE' when u < 0.94 then 'CREATE'
                when u < 0.96 then 'EXPORT' when u < 0.97 then 'ACCESS_DENIED' else 'READ' end,
           case when u < 0.09 then 'account' when u < 0.15 then null when u < 0.94 then 'key_figure'
                when u < 0.97 then null else 'key_figure' end,
           case when u < 0.09 then actor when u < 0.15 then null when u < 0.94 then kf
                when u < 0.97 then null else kf end,
           case when u < 0.08 then 'SUCCESS' when u < 0.09 then 'FAILURE' when u < 0.96 then 'SUCCESS'
                when u < 0.97 then 'DENIED' else 'SUCCESS' end
    from ev;
    perform pg_temp.phase('audit rows staged: ' || need);

    base := nextval('audit_event_seq');
    perform setval('audit_event_seq', base + need - 1);
    hashes := array_fill(null::text, array[need::int]);
    prevs := array_fill(null::text, array[need::int]);
    -- one chain per municipality: its staged rows in seq order, after its last existing row
    for r in select * from audit_staged order by municipality_id, rn loop
        if chain is distinct from r.municipality_id then
            chain := r.municipality_id;
            select hash into prev from audit_event where municipality_id = chain order by seq desc limit 1;
            prev := coalesce(prev, repeat('0', 64));
        end if;
        i := r.rn;
        prevs[i] := prev;
        prev := encode(sha256(convert_to(concat_ws('|', prev, (base + r.rn - 1)::text,
                    (r.t / 1000000)::text, (r.t % 1000000)::text, coalesce(r.municipality_id::text, ''),
                    r.actor_kind, coalesce(r.actor_id::text, ''), r.action, coalesce(r.record_type, ''),
                    coalesce(r.record_id::text, ''), r.outcome), 'UTF8')), 'hex');
        hashes[i] := prev;
    end loop;
    perform pg_temp.phase('audit hash chain computed');

    insert into audit_event (seq, occurred_at, municipality_id, actor_kind, actor_id, action, record_type,
                             record_id, outcome, prev_hash, hash)
    select base + s.rn - 1, timestamptz 'epoch' + s.t * interval '1 microsecond', s.municipality_id,
           s.actor_kind, s.actor_id, s.action, s.record_type, s.record_id, s.outcome, h.prev_hash, h.hash
    from audit_staged s
    join unnest(prevs, hashes) with ordinality as h(prev_hash, hash, rn) on h.rn = s.rn
    order by s.rn;
    perform pg_temp.phase('audit rows inserted');
end $$;
commit;

-- Steady state, as autovacuum would leave it: statistics and visibility maps up to date.
vacuum analyze region, municipality, account, key_figure, area, network_kind, key_figure_area,
    key_figure_network_kind, audit_event;
do $$ begin perform pg_temp.phase('vacuum analyze'); end $$;

\echo
\echo Row counts:
select 'region' as "table", count(*) as rows from region
union all select 'municipality', count(*) from municipality
union all select 'account', count(*) from account
union all select 'key_figure', count(*) from key_figure
union all select 'key_figure_area', count(*) from key_figure_area
union all select 'key_figure_network_kind', count(*) from key_figure_network_kind
union all select 'area', count(*) from area
union all select 'audit_event', count(*) from audit_event;

\echo Key figures per municipality (largest, median, smallest):
with c as (select municipality_id, count(*) n from key_figure group by municipality_id)
select max(n) as largest, percentile_disc(0.5) within group (order by n) as median, min(n) as smallest,
       count(*) as municipalities,
       (select count(*) from key_figure where municipality_id = '00000000-0000-4000-8000-000000000011') as maasoever
from c;

------------------------------------------------------------------------------------------
-- Hooks for what does not exist yet. quality.md asks for, per scale: default 5 years of
-- contact moments; national ~5 million contact moments, ~200,000 concerns and ~1 million
-- survey answers. Contact moments and concerns come from sql/generate-contacts.sql and
-- sql/generate-concerns.sql, which generate.sh runs after this file. When a module adds its table, generate its rows here (set-based, ids from
-- md5('sleutelnet-bench:<kind>:...'), municipality and key figure taken from kf_plan, so
-- that top-up stays idempotent) and add its pages to the ENDPOINTS list in bench/load.sh.
------------------------------------------------------------------------------------------
do $$
declare
    t text;
begin
    foreach t in array array['survey_answer'] loop
        if to_regclass(t) is null then
            raise notice 'no table %: nothing generated for it yet (hook in bench/sql/generate.sql)', t;
        else
            raise notice 'table % exists but the generator does not fill it yet: add it to bench/sql/generate.sql', t;
        end if;
    end loop;
end $$;
