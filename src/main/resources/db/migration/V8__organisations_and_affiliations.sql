-- Organisations of a municipality (issue 3) and the key figures' affiliations with them.
-- An organisation holds no member list: who is part of it is recorded per key figure as an
-- affiliation. An affiliation that reveals a belief (an organisation of a sensitive network
-- kind) is optional, recorded only with explicit consent, and its content (organisation,
-- function, kind) is one encrypted payload: the plain columns hold only the key figure, the
-- flag and the consent metadata. Withdrawing consent deletes the payload.

create table organisation (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    name            text not null check (length(name) between 1 and 120),
    kind_code       text not null,
    area_code       text,
    website         text check (length(website) <= 200 and website ~ '^https?://[^\s<>"]+$'),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         int not null default 0,
    primary key (municipality_id, id),
    foreign key (municipality_id, kind_code) references network_kind (municipality_id, code),
    foreign key (municipality_id, area_code) references area (municipality_id, code)
);
create unique index organisation_name_idx on organisation (municipality_id, lower(name));
create index organisation_kind_idx on organisation (municipality_id, kind_code);

-- The consent text a key figure agrees to, versioned per municipality; a given consent names its version.
create table consent_text (
    municipality_id uuid not null references municipality (id),
    version         int not null check (version >= 1),
    body_nl         text not null check (length(body_nl) between 1 and 5000),
    body_en         text not null check (length(body_en) between 1 and 5000),
    published_on    date not null default current_date,
    primary key (municipality_id, version)
);

create table affiliation (
    municipality_id      uuid not null,
    id                   uuid not null,
    key_figure_id        uuid not null,
    sensitive            boolean not null,
    -- plain affiliations only
    organisation_id      uuid,
    function_code        text check (function_code in ('BOARD_MEMBER', 'VOLUNTEER', 'MEMBER', 'STAFF', 'FOUNDER', 'OTHER')),
    -- sensitive affiliations only: 'v1:' + AES-GCM of organisation, function and kind; null once withdrawn or ended
    payload              text check (payload like 'v1:%'),
    consent_version      int,
    consent_given_on     date,
    consent_method       text check (consent_method in ('PORTAL', 'IN_WRITING', 'IN_PERSON')),
    consent_withdrawn_at timestamptz,
    created_at           timestamptz not null default now(),
    ended_on             date,
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    foreign key (municipality_id, organisation_id) references organisation (municipality_id, id),
    foreign key (municipality_id, consent_version) references consent_text (municipality_id, version),
    check (sensitive or (organisation_id is not null and payload is null and consent_version is null
                         and consent_given_on is null and consent_method is null and consent_withdrawn_at is null)),
    check (not sensitive or (organisation_id is null and function_code is null and consent_version is not null
                             and consent_given_on is not null and consent_method is not null
                             and (payload is null) = (consent_withdrawn_at is not null or ended_on is not null)))
);
create index affiliation_key_figure_idx on affiliation (municipality_id, key_figure_id, created_at);
create index affiliation_organisation_idx on affiliation (municipality_id, organisation_id) where organisation_id is not null;
create unique index affiliation_once_idx on affiliation (municipality_id, key_figure_id, organisation_id)
    where organisation_id is not null and ended_on is null;

do $$
declare t text;
begin
    foreach t in array array['organisation', 'consent_text', 'affiliation'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
