-- Import and export of the register (issue 3, part 6).
--
-- An import batch is one uploaded file on its way into the register. While it is STAGED its
-- parsed rows wait in import_row (jsonb, one array of cell texts per row), owned by the
-- uploading account, until it is committed, cancelled or expires (a cleanup deletes it).
-- On commit the rows and the file's column headers are deleted; only the counts remain,
-- as the record that the audit entry IMPORT points to.
create table import_batch (
    municipality_id          uuid not null references municipality (id),
    id                       uuid not null,
    account_id               uuid not null,
    status                   text not null check (status in ('STAGED', 'COMMITTED')),
    file_kind                text not null check (file_kind in ('CSV', 'XLSX')),
    headers                  jsonb not null default '[]',
    mapping                  jsonb,
    row_count                int not null check (row_count >= 0),
    created_count            int,
    merged_count             int,
    invalid_count            int,
    skipped_duplicate_count  int,
    created_at               timestamptz not null default now(),
    expires_at               timestamptz,
    committed_at             timestamptz,
    primary key (municipality_id, id),
    check ((status = 'STAGED') = (expires_at is not null)),
    check ((status = 'COMMITTED') = (committed_at is not null))
);
create index import_batch_expiry_idx on import_batch (municipality_id, expires_at) where status = 'STAGED';
create index import_batch_recent_idx on import_batch (municipality_id, committed_at desc) where status = 'COMMITTED';

create table import_row (
    municipality_id uuid not null,
    batch_id        uuid not null,
    row_number      int not null,
    cells           jsonb not null check (jsonb_typeof(cells) = 'array'),
    primary key (municipality_id, batch_id, row_number),
    foreign key (municipality_id, batch_id) references import_batch (municipality_id, id) on delete cascade
);

-- Every export of the register with its stated reason (a code: the audit trail holds no
-- free text). The audit entry EXPORT names the id of this row.
create table export_log (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    account_id      uuid not null,
    reason          text not null check (reason in ('MAILING_INVITATION', 'ANNUAL_OVERVIEW', 'HANDOVER_TO_COLLEAGUE',
                                                    'DATA_SUBJECT_REQUEST', 'OTHER')),
    format          text not null check (format in ('CSV', 'XLSX')),
    status_filter   text check (status_filter in ('CANDIDATE', 'INTAKE', 'ACTIVE', 'PAUSED', 'ENDED')),
    row_count       int not null check (row_count >= 0),
    exported_at     timestamptz not null default now(),
    primary key (municipality_id, id)
);
create index export_log_recent_idx on export_log (municipality_id, exported_at desc);

do $$
declare t text;
begin
    foreach t in array array['import_batch', 'import_row', 'export_log'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
