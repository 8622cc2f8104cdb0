-- The register of key figures (issue 3). Replaces the first sketch of key_figure: only demo
-- rows existed, and they are seeded again. Names in Dutch parts, contact details
-- normalised, role types per the study, lifecycle, contact arrangement.
drop table key_figure;

create table key_figure (
    municipality_id      uuid not null references municipality (id),
    id                   uuid not null,
    given_name           text not null check (length(given_name) between 1 and 100),
    name_prefix          text check (length(name_prefix) between 1 and 30),
    family_name          text not null check (length(family_name) between 1 and 100),
    display_name         text generated always as (given_name || coalesce(' ' || name_prefix, '') || ' ' || family_name) stored,
    sort_name            text generated always as (lower(family_name || ', ' || given_name || coalesce(' ' || name_prefix, ''))) stored,
    email                text check (email = lower(email) and length(email) <= 254),
    phone                text check (phone ~ '^\+[1-9][0-9]{7,14}$'),
    preferred_language   text not null default 'nl' check (preferred_language ~ '^[a-z]{2}$'),
    preferred_channel    text not null default 'PHONE' check (preferred_channel in ('PHONE', 'EMAIL', 'IN_PERSON', 'MESSAGING')),
    role_types           text[] not null default '{}' check (role_types <@ array['CONNECTOR', 'REPRESENTATIVE', 'DOER', 'CRITICAL_THINKER']),
    new_to_municipality  boolean not null default false,
    status               text not null check (status in ('CANDIDATE', 'INTAKE', 'ACTIVE', 'PAUSED', 'ENDED')),
    introduced_by        uuid,           -- staff account that introduced a candidate
    contact_person_id    uuid,           -- staff account: the fixed contact person
    backup_contact_id    uuid,           -- staff account: the backup
    contact_cadence_days int check (contact_cadence_days between 7 and 366),
    last_contact_on      date,
    next_contact_due     date generated always as (last_contact_on + contact_cadence_days) stored,
    active_since         date,
    ended_on             date,
    end_reason           text check (end_reason in ('MOVED', 'NO_TIME', 'ROLE_FULFILLED', 'COOPERATION_ENDED', 'DECEASED', 'OTHER')),
    exit_conversation_on date,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              int not null default 0,
    primary key (municipality_id, id),
    check ((status = 'ENDED') = (ended_on is not null and end_reason is not null))
);
create index key_figure_sort_idx on key_figure (municipality_id, sort_name, id);
create index key_figure_status_idx on key_figure (municipality_id, status, sort_name);
create index key_figure_contact_person_idx on key_figure (municipality_id, contact_person_id);
create index key_figure_due_idx on key_figure (municipality_id, next_contact_due) where status = 'ACTIVE';

-- Wijken and buurten with their CBS codes (WK + 6 digits, BU + 8 digits).
create table area (
    municipality_id uuid not null references municipality (id),
    code            text not null check (code ~ '^(WK[0-9]{6}|BU[0-9]{8})$'),
    name            text not null check (length(name) between 1 and 100),
    parent_code     text,
    primary key (municipality_id, code)
);

create table key_figure_area (
    municipality_id uuid not null,
    key_figure_id   uuid not null,
    area_code       text not null,
    primary key (municipality_id, key_figure_id, area_code),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    foreign key (municipality_id, area_code) references area (municipality_id, code)
);
create index key_figure_area_by_area_idx on key_figure_area (municipality_id, area_code, key_figure_id);

-- The kinds of networks key figures reach, in neutral functional terms; a list per
-- municipality. A sensitive kind reveals a belief: it is never linked here but only as a
-- consented, encrypted affiliation.
create table network_kind (
    municipality_id uuid not null references municipality (id),
    code            text not null check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name_nl         text not null check (length(name_nl) between 1 and 80),
    name_en         text not null check (length(name_en) between 1 and 80),
    sensitive       boolean not null default false,
    active          boolean not null default true,
    position        int not null default 0,
    primary key (municipality_id, code)
);

create table key_figure_network_kind (
    municipality_id uuid not null,
    key_figure_id   uuid not null,
    kind_code       text not null,
    primary key (municipality_id, key_figure_id, kind_code),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    foreign key (municipality_id, kind_code) references network_kind (municipality_id, code)
);
create index key_figure_network_kind_by_kind_idx on key_figure_network_kind (municipality_id, kind_code, key_figure_id);

-- Partner professionals see only the key figures shared with them.
create table key_figure_share (
    municipality_id uuid not null,
    key_figure_id   uuid not null,
    account_id      uuid not null references account (id),
    shared_at       timestamptz not null default now(),
    primary key (municipality_id, key_figure_id, account_id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade
);
create index key_figure_share_by_account_idx on key_figure_share (municipality_id, account_id, key_figure_id);

do $$
declare t text;
begin
    foreach t in array array['key_figure', 'area', 'key_figure_area', 'network_kind', 'key_figure_network_kind',
                             'key_figure_share'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
