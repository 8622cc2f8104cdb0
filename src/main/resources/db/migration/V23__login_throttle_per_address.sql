-- Failed sign-ins per source address (ADR 0003, update 2026-12-02), next to those per user name
-- in login_throttle. The address is stored hashed, like the user name there.
create table login_throttle_address (
    address_hash    text primary key,
    failures        int not null,
    first_failed_at timestamptz not null,
    locked_until    timestamptz
);

grant select, insert, update, delete on login_throttle_address to ${app_role};
