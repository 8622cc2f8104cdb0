-- Sign-in links for key figures (issue 11, part 5): a key figure asks for a one-time link by
-- e-mail instead of typing a password. Only the SHA-256 of the link's token is stored, and the
-- SHA-256 of a random value kept in a cookie of the browser that asked (the link works only in
-- that browser). Like account_setup_link not tenant-owned: the link is opened before anyone is
-- signed in, and it names an account, whose row says the municipality (ADR 0026).
create table sign_in_link (
    id            uuid primary key,
    account_id    uuid not null references account (id) on delete cascade,
    token_hash    text not null check (token_hash ~ '^[0-9a-f]{64}$'),
    browser_hash  text not null check (browser_hash ~ '^[0-9a-f]{64}$'),
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    status        text not null check (status in ('OPEN', 'USED', 'REVOKED')),
    used_at       timestamptz,
    check ((status = 'USED') = (used_at is not null)),
    check (expires_at > issued_at)
);
create unique index sign_in_link_token_uq on sign_in_link (token_hash);
create index sign_in_link_open_idx on sign_in_link (account_id) where status = 'OPEN';

grant select, insert, update, delete on sign_in_link to ${app_role};
