-- What happened to a key figure in the register (issue 3): codes only, never free text. Feeds
-- the key figure's timeline and the "since when" of the candidate list.
create table key_figure_event (
    municipality_id uuid not null,
    id              uuid not null,
    key_figure_id   uuid not null,
    occurred_at     timestamptz not null default now(),
    kind            text not null check (kind in ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'SHARED', 'UNSHARED')),
    from_status     text check (from_status in ('CANDIDATE', 'INTAKE', 'ACTIVE', 'PAUSED', 'ENDED')),
    to_status       text check (to_status in ('CANDIDATE', 'INTAKE', 'ACTIVE', 'PAUSED', 'ENDED')),
    end_reason      text check (end_reason in ('MOVED', 'NO_TIME', 'ROLE_FULFILLED', 'COOPERATION_ENDED', 'DECEASED', 'OTHER')),
    actor_id        uuid,           -- staff account that made the change (no foreign key: accounts may go)
    subject_id      uuid,           -- for SHARED/UNSHARED: the partner account
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    check ((kind = 'STATUS_CHANGED') = (to_status is not null))
);
create index key_figure_event_by_key_figure_idx on key_figure_event (municipality_id, key_figure_id, occurred_at desc);

do $$
declare t text;
begin
    foreach t in array array['key_figure_event'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
