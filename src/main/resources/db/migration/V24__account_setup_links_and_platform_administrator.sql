-- First start in production (issue 11, part 1): single-use links with which a person sets the
-- password of an account made for them and goes on to enrol the second factor; and the
-- installation-wide platform administrator, who belongs to no municipality and no region.

-- An account made for someone has no password until its set-up link is used; without one it
-- cannot sign in with a password (ThrottledAuthenticationProvider treats it as unknown).
alter table account alter column password_hash drop not null;

-- The role list and the "municipality or region" rule were unnamed checks of V2: drop them by
-- what they say, then add them again under a name, with the new role.
do $$
declare c record;
begin
    for c in select conname, pg_get_constraintdef(oid) as def from pg_constraint
             where conrelid = 'account'::regclass and contype = 'c' loop
        if c.def like '%roles%' or c.def like '%municipality_id IS NULL%' then
            execute format('alter table account drop constraint %I', c.conname);
        end if;
    end loop;
end $$;

alter table account add constraint account_roles_check check (cardinality(roles) > 0 and roles <@ array[
    'ADMINISTRATOR', 'COORDINATOR', 'CONCERN_HANDLER', 'PARTNER', 'ANALYST', 'RESEARCHER', 'PRIVACY_OFFICER',
    'KEY_FIGURE', 'PLATFORM_ADMINISTRATOR']);

-- A staff member belongs to one municipality, a regional analyst or researcher to one region; a
-- platform administrator to neither, and holds no other role (so no content role rides along).
alter table account add constraint account_belongs_check check (
    case when 'PLATFORM_ADMINISTRATOR' = any (roles)
         then kind = 'STAFF' and roles = array['PLATFORM_ADMINISTRATOR']::text[]
              and municipality_id is null and region_id is null
         else (municipality_id is null) <> (region_id is null) end);

-- Only the SHA-256 of a link's token is stored; the token itself is shown once (or mailed).
-- Like account, not tenant-owned: the link is opened before anyone is signed in, and it names
-- an account, whose row says the municipality (ADR 0026).
create table account_setup_link (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    token_hash  text not null check (token_hash ~ '^[0-9a-f]{64}$'),
    issued_by   uuid,           -- staff account; null when the operator's set-up step issued it
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    status      text not null check (status in ('OPEN', 'USED', 'REVOKED')),
    used_at     timestamptz,
    check ((status = 'USED') = (used_at is not null)),
    check (expires_at > issued_at)
);
create unique index account_setup_link_token_uq on account_setup_link (token_hash);
create index account_setup_link_open_idx on account_setup_link (account_id) where status = 'OPEN';

grant select, insert, update on account_setup_link to ${app_role};
