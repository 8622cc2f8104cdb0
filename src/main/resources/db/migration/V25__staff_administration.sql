-- Managing the staff of a municipality (issue 11, part 2): when an account last signed in, an
-- optional last day (partner professionals, temporary staff), a version against two administrators
-- overwriting each other, and who granted a role that reads content.
alter table account
    add column last_signed_in_at timestamptz,
    add column valid_until       date,      -- last day the account may sign in (Europe/Amsterdam)
    add column version           int not null default 0;

create index account_staff_list_idx on account (municipality_id, kind, lower(display_name), id);

-- One row per grant of a role that reads content. Revoking the role closes the row; granting it
-- again adds a new one, so the history stays. granted_by is null for roles given at creation
-- (set-up, demo data); ids only, no names.
create table role_grant (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    account_id      uuid not null references account (id),
    role            text not null check (role in ('COORDINATOR', 'CONCERN_HANDLER', 'PRIVACY_OFFICER')),
    granted_by      uuid,           -- staff account
    granted_at      timestamptz not null,
    revoked_by      uuid,           -- staff account
    revoked_at      timestamptz,
    primary key (municipality_id, id),
    check (revoked_at is null or revoked_at >= granted_at)
);
create unique index role_grant_open_uq on role_grant (municipality_id, account_id, role) where revoked_at is null;
create index role_grant_account_idx on role_grant (municipality_id, account_id, granted_at desc);

alter table role_grant enable row level security;
alter table role_grant force row level security;
create policy role_grant_tenant on role_grant
    using (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid)
    with check (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid);
grant select, insert, update, delete on role_grant to ${app_role};
