-- Sign-in through a municipality's own OpenID Connect provider (ADR 0029).

-- At most one provider per municipality. The client secret is stored encrypted with the
-- field-encryption key, or left null when the operator supplies it in the settings.
create table identity_provider (
    municipality_id        uuid primary key references municipality (id),
    issuer                 text not null check (length(issuer) between 8 and 500 and issuer ~ '^https?://'),
    client_id              text not null check (length(client_id) between 1 and 200),
    client_secret          text,
    -- Whether the provider's own second factor replaces Sleutelnet's TOTP, and which amr/acr
    -- values prove it. Off by default: Sleutelnet still asks for its code.
    provider_mfa_counts    boolean not null default false,
    mfa_values             text[] not null default '{}' check (cardinality(mfa_values) <= 10),
    -- Link an existing account of this municipality by its e-mail address at its first sign-in.
    match_by_email         boolean not null default false,
    password_login         boolean not null default true,
    group_claim            text check (group_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    updated_at             timestamptz not null default now()
);

-- Optional mapping of a value of the group claim to a Sleutelnet role, kept in Sleutelnet.
create table identity_provider_group_role (
    municipality_id uuid not null references identity_provider (municipality_id) on delete cascade,
    group_value     text not null check (length(group_value) between 1 and 200),
    role            text not null check (role in ('COORDINATOR', 'CONCERN_HANDLER', 'PARTNER', 'RESEARCHER',
                                                  'PRIVACY_OFFICER')),
    primary key (municipality_id, group_value, role)
);

-- Which subject at which issuer is which account: the stable match (iss + sub), never the e-mail.
create table account_oidc_subject (
    municipality_id uuid not null references municipality (id),
    issuer          text not null check (length(issuer) <= 500),
    subject         text not null check (length(subject) between 1 and 255),
    account_id      uuid not null references account (id),
    linked_at       timestamptz not null default now(),
    primary key (municipality_id, issuer, subject),
    unique (municipality_id, issuer, account_id)
);

do $$
declare t text;
begin
    foreach t in array array['identity_provider', 'identity_provider_group_role', 'account_oidc_subject'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
