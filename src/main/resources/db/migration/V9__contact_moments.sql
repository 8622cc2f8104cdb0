-- Contact moments with key figures and their follow-up actions (issue 3, R2 and R3).
-- The note and the follow-up descriptions are narrative text: stored only as ciphertext of
-- privacy.FieldEncryption ("v1:..."). There are no fields about third persons: who was
-- present are staff accounts of the municipality, never residents.
create table contact_moment (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    key_figure_id   uuid not null,
    occurred_on     date not null,
    channel         text not null check (channel in ('PHONE', 'EMAIL', 'IN_PERSON', 'MESSAGING')),
    topics          text[] not null check (cardinality(topics) between 1 and 17 and topics <@ array[
                        'NEIGHBOURHOOD_LIFE', 'YOUTH', 'EDUCATION', 'PARENTING', 'HOUSING', 'WORK_AND_INCOME',
                        'HEALTH_AND_CARE', 'SPORTS_AND_CULTURE', 'DISCRIMINATION', 'TENSIONS_IN_COMMUNITY',
                        'SOCIAL_COHESION', 'ACTIVITY_OR_EVENT', 'SUPPORT_OR_FUNDING', 'TRAINING',
                        'COOPERATION_WITH_MUNICIPALITY', 'SAFETY', 'OTHER']),
    note            text check (note like 'v1:%' and length(note) <= 8000),
    logged_by       uuid not null,   -- staff account that logged it (always also present)
    created_at      timestamptz not null default now(),
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade
);
-- One key figure's contacts, newest first (list, timeline, personal data download).
create index contact_moment_by_key_figure_idx on contact_moment (municipality_id, key_figure_id, occurred_on desc, id);
-- A period of the municipality (coordination view, API filter on van/tot).
create index contact_moment_by_date_idx on contact_moment (municipality_id, occurred_on, key_figure_id);

-- Staff members and partner professionals who were present (account ids, no residents).
-- Key figure and date are copied from the contact moment (which is never edited), so that the
-- coordination view counts people per key figure in a period from this index alone.
create table contact_moment_participant (
    municipality_id   uuid not null,
    contact_moment_id uuid not null,
    account_id        uuid not null,
    key_figure_id     uuid not null,
    occurred_on       date not null,
    primary key (municipality_id, contact_moment_id, account_id),
    foreign key (municipality_id, contact_moment_id) references contact_moment (municipality_id, id) on delete cascade
);
create index contact_moment_participant_by_date_idx
    on contact_moment_participant (municipality_id, occurred_on, key_figure_id, account_id);
-- What a partner may see: the contacts they were present at.
create index contact_moment_participant_by_account_idx
    on contact_moment_participant (municipality_id, account_id, contact_moment_id);

create table follow_up_action (
    municipality_id   uuid not null,
    id                uuid not null,
    contact_moment_id uuid not null,
    key_figure_id     uuid not null,
    description       text not null check (description like 'v1:%' and length(description) <= 2000),
    owner_id          uuid not null,   -- staff account
    due_on            date not null,
    done_on           date,
    done_by           uuid,
    created_at        timestamptz not null default now(),
    primary key (municipality_id, id),
    foreign key (municipality_id, contact_moment_id) references contact_moment (municipality_id, id) on delete cascade,
    check ((done_on is null) = (done_by is null))
);
create index follow_up_action_by_contact_idx on follow_up_action (municipality_id, contact_moment_id);
create index follow_up_action_open_by_owner_idx on follow_up_action (municipality_id, owner_id, due_on)
    where done_on is null;

do $$
declare t text;
begin
    foreach t in array array['contact_moment', 'contact_moment_participant', 'follow_up_action'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
