-- A counter per municipality that every change to its concerns or their messages raises, in the
-- same transaction (a municipality without a row has had no change since this migration). The dashboard keeps a municipality's figures until the counter moves, so a
-- view of unchanged figures reads one row instead of the twelve months of concerns (ADR 0030).
create table concern_change (
    municipality_id uuid primary key references municipality (id),
    changes         bigint not null
);
alter table concern_change enable row level security;
alter table concern_change force row level security;
create policy concern_change_tenant on concern_change
    using (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid)
    with check (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid);
grant select, insert, update on concern_change to ${app_role};

-- Once per statement, whatever the number of rows: an import or a retention run changes many.
create function concern_changed() returns trigger language plpgsql as $$
begin
    insert into concern_change (municipality_id, changes)
    select municipality_id, 1 from changed group by municipality_id
    on conflict (municipality_id) do update set changes = concern_change.changes + 1;
    return null;
end;
$$;

create trigger concern_inserted after insert on concern
    referencing new table as changed for each statement execute function concern_changed();
create trigger concern_updated after update on concern
    referencing new table as changed for each statement execute function concern_changed();
create trigger concern_deleted after delete on concern
    referencing old table as changed for each statement execute function concern_changed();
create trigger concern_message_inserted after insert on concern_message
    referencing new table as changed for each statement execute function concern_changed();
create trigger concern_message_updated after update on concern_message
    referencing new table as changed for each statement execute function concern_changed();
create trigger concern_message_deleted after delete on concern_message
    referencing old table as changed for each statement execute function concern_changed();
