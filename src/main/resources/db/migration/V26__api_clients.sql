-- Machine access to the API (issue 11, part 4; ADR 0028): per municipality, clients that an
-- administrator creates, each with scopes (read or write per resource group of /api/v1), an end
-- date and a secret of which only the SHA-256 hash is kept. The name is the administrator's label
-- for the integration (e.g. "Datawarehouse"); nothing else here is text.
create table api_client (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    name            text not null check (length(name) between 1 and 80),
    scopes          text[] not null check (cardinality(scopes) between 1 and 14 and scopes <@ array[
                        'sleutelfiguren:lezen', 'sleutelfiguren:schrijven',
                        'organisaties:lezen', 'organisaties:schrijven',
                        'contactmomenten:lezen', 'contactmomenten:schrijven',
                        'wederkerigheid:lezen', 'wederkerigheid:schrijven',
                        'afspraken:lezen', 'afspraken:schrijven',
                        'zorgmeldingcijfers:lezen', 'zorgmeldingen:lezen']),
    secret_hash     text not null check (secret_hash ~ '^[0-9a-f]{64}$'),
    created_by      uuid not null,  -- staff account (administrator)
    created_at      timestamptz not null,
    requests_per_minute int not null check (requests_per_minute between 1 and 100000),
    expires_on      date not null,  -- last day on which the client may call the API (Europe/Amsterdam)
    revoked_at      timestamptz,
    revoked_by      uuid,           -- staff account
    last_used_at    timestamptz,    -- to the minute (written at most once a minute per client)
    primary key (municipality_id, id),
    check (expires_on >= (created_at at time zone 'Europe/Amsterdam')::date),
    check ((revoked_at is null) = (revoked_by is null))
);
create index api_client_list_idx on api_client (municipality_id, created_at desc);

alter table api_client enable row level security;
alter table api_client force row level security;
create policy api_client_tenant on api_client
    using (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid)
    with check (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid);
grant select, insert, update on api_client to ${app_role};

-- Audit entries name an API client as the actor of what its requests did (actor_id: the client's id).
alter table audit_event drop constraint audit_event_actor_kind_check;
alter table audit_event add constraint audit_event_actor_kind_check
    check (actor_kind in ('STAFF', 'KEY_FIGURE', 'SYSTEM', 'ANONYMOUS', 'API_CLIENT'));
