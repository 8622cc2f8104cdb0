-- Key figures: the first tenant-owned table. The municipality is part of the key and
-- row-level security filters on the tenant set per connection checkout.
create table key_figure (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    display_name    text not null check (length(display_name) between 1 and 200),
    role_type       text not null check (role_type in ('YOUTH_WORK', 'SPORTS', 'CULTURE', 'PARENTS',
                        'NEIGHBOURHOOD', 'EDUCATION', 'WELFARE', 'ENTREPRENEUR', 'OTHER')),
    area_name       text check (length(area_name) <= 200),
    email           text check (length(email) <= 254),
    phone           text check (length(phone) <= 32),
    status          text not null check (status in ('PROSPECT', 'ACTIVE', 'PAUSED', 'ENDED')),
    active_since    date,
    created_at      timestamptz not null default now(),
    primary key (municipality_id, id)
);
create index key_figure_name_idx on key_figure (municipality_id, lower(display_name), id);

alter table key_figure enable row level security;
alter table key_figure force row level security;
create policy key_figure_tenant on key_figure
    using (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid)
    with check (municipality_id = nullif(current_setting('sleutelnet.municipality_id', true), '')::uuid);

grant select, insert, update, delete on key_figure to ${app_role};
