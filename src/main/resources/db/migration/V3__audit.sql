-- Append-only, hash-chained audit trail. Only codes and ids: no free text can be stored.
create sequence audit_event_seq;

create table audit_event (
    seq             bigint primary key,
    occurred_at     timestamptz not null,
    municipality_id uuid,
    actor_kind      text not null check (actor_kind in ('STAFF', 'KEY_FIGURE', 'SYSTEM', 'ANONYMOUS')),
    actor_id        uuid,
    action          text not null check (action ~ '^[A-Z][A-Z_]{1,49}$'),
    record_type     text check (record_type ~ '^[a-z][a-z_]{1,49}$'),
    record_id       uuid,
    outcome         text not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    prev_hash       text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash            text not null check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_event_municipality_idx on audit_event (municipality_id, seq desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

grant select, insert on audit_event to ${app_role};
grant usage on sequence audit_event_seq to ${app_role};
