-- Regions and municipalities. Reference data: not tenant-owned, so no row-level security.
create table region (
    id         uuid primary key,
    name       text not null unique check (length(name) between 1 and 200),
    created_at timestamptz not null default now()
);

create table municipality (
    id         uuid primary key,
    region_id  uuid not null references region (id),
    name       text not null check (length(name) between 1 and 200),
    cbs_code   text not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    created_at timestamptz not null default now()
);
create index municipality_region_idx on municipality (region_id, name);

grant select, insert, update on region, municipality to ${app_role};
