-- Accounts for staff and key figures. Looked up across tenants at login (by user name),
-- so the table has no row-level security; every other query filters on municipality_id.
create table account (
    id              uuid primary key,
    kind            text not null check (kind in ('STAFF', 'KEY_FIGURE')),
    municipality_id uuid references municipality (id),
    region_id       uuid references region (id),
    username        text not null check (length(username) between 3 and 254),
    display_name    text not null check (length(display_name) between 1 and 200),
    password_hash   text not null,
    roles           text[] not null check (cardinality(roles) > 0 and roles <@ array[
                        'ADMINISTRATOR', 'COORDINATOR', 'CONCERN_HANDLER', 'PARTNER',
                        'ANALYST', 'RESEARCHER', 'PRIVACY_OFFICER', 'KEY_FIGURE']),
    key_figure_id   uuid,
    totp_secret     text,             -- encrypted with the field-encryption key
    totp_enabled    boolean not null default false,
    totp_last_step  bigint,           -- last accepted time step, against replay
    mfa_exempt      boolean not null default false,
    active          boolean not null default true,
    created_at      timestamptz not null default now(),
    -- a staff member belongs to one municipality, a regional analyst to one region
    check ((municipality_id is null) <> (region_id is null)),
    check ((kind = 'KEY_FIGURE') = (key_figure_id is not null))
);
create unique index account_username_uq on account (lower(username));
create index account_municipality_idx on account (municipality_id, lower(display_name));

create table recovery_code (
    account_id uuid not null references account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- Failed logins per typed user name (hashed), also for names without an account,
-- so that lockout does not reveal whether an account exists.
create table login_throttle (
    username_hash   text primary key,
    failures        int not null,
    first_failed_at timestamptz not null,
    locked_until    timestamptz
);

grant select, insert, update, delete on account, recovery_code, login_throttle to ${app_role};
