-- From here on every municipality has a hash chain of its own, and events without a municipality
-- (failed logins, the region) one more: appends of different municipalities no longer wait for
-- one lock. The rows written so far keep the single chain they were written in; the split is the
-- last of them (ADR 0014). Migrate with no instance of the previous version still writing.
create table audit_chain_split (
    only_row boolean primary key default true check (only_row),
    seq      bigint not null
);
insert into audit_chain_split (seq) select coalesce(max(seq), 0) from audit_event;
grant select on audit_chain_split to ${app_role};

-- The previous hash of the chain without a municipality (the others use audit_event_municipality_idx).
create index audit_event_without_municipality_idx on audit_event (seq desc) where municipality_id is null;
