-- Concerns (zorgmeldingen) with the feedback loop to whoever raised them (R6), issue 4.
-- The person concerned is never named: the concern's own reference is the pseudonym, with an
-- age band and an area at most. Narrative columns hold AES-GCM ciphertext only ('v1:…').

-- Per municipality a running number for the readable reference (ZM-<year>-<number>); a counter
-- row, not max()+1, so numbers are never reused after retention deletes the newest concern.
create table concern_counter (
    municipality_id uuid not null references municipality (id),
    last_number     int not null check (last_number >= 0),
    primary key (municipality_id)
);

create table concern (
    municipality_id      uuid not null references municipality (id),
    id                   uuid not null,
    reference            text not null check (reference ~ '^ZM-[0-9]{4}-[0-9]{4,7}$'),
    kind                 text not null check (kind in ('CONCERN', 'ADVICE')),
    status               text not null check (status in ('RECEIVED', 'ACKNOWLEDGED', 'IN_ASSESSMENT',
                             'INFORMATION_REQUESTED', 'AWAITING_APPROVAL', 'NO_CONCERN', 'CARE_ROUTE',
                             'HANDED_OVER', 'ADVICE_GIVEN', 'CLOSED')),
    -- The key figure who raised it; kept when the key figure is erased only as "unknown reporter".
    key_figure_id        uuid,
    raised_via           text not null check (raised_via in ('PORTAL', 'HANDLER')),
    feedback_channel     text not null check (feedback_channel in ('EMAIL_AND_PORTAL', 'PORTAL_ONLY', 'CONTACT_PERSON')),
    subject_age_band     text check (subject_age_band in ('UNDER_12', 'AGE_12_17', 'AGE_18_23', 'AGE_24_39', 'AGE_40_PLUS', 'UNKNOWN')),
    subject_area_code    text,
    facts                text check (facts like 'v1:%'),
    interpretation       text check (interpretation like 'v1:%'),
    source_kind          text check (source_kind in ('OWN_OBSERVATION', 'TOLD_BY_SOMEONE', 'OTHER')),
    source_named         text check (source_named like 'v1:%'),
    counter_signs        text check (counter_signs like 'v1:%'),
    outcome              text check (outcome in ('NO_CONCERN', 'CARE_ROUTE', 'HANDED_OVER', 'ADVICE_GIVEN')),
    outcome_rationale    text check (outcome_rationale like 'v1:%'),
    outcome_by           uuid,
    approved_by          uuid,
    handler_id           uuid,
    received_at          timestamptz not null,
    acknowledge_due_on   date not null,
    acknowledged_at      timestamptz,
    first_status_at      timestamptz,
    feedback_due_on      date,
    closed_at            timestamptz,
    narrative_cleared_at timestamptz,
    satisfaction         text check (satisfaction in ('SATISFIED', 'PARTLY', 'NOT_SATISFIED')),
    satisfaction_at      timestamptz,
    reopened_count       int not null default 0 check (reopened_count >= 0),
    version              int not null default 0,
    primary key (municipality_id, id),
    unique (municipality_id, reference),
    -- Anonymous advice carries no reference to a person at all.
    check (kind = 'CONCERN' or (subject_age_band is null and subject_area_code is null)),
    check (kind = 'CONCERN' or outcome is null or outcome in ('ADVICE_GIVEN', 'NO_CONCERN')),
    check (kind = 'ADVICE' or outcome is distinct from 'ADVICE_GIVEN'),
    check (facts is not null or narrative_cleared_at is not null),
    check ((status = 'CLOSED') = (closed_at is not null)),
    check (outcome is null or outcome_rationale is not null or narrative_cleared_at is not null),
    check (approved_by is null or approved_by <> outcome_by),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id)
        on delete set null (key_figure_id),
    foreign key (municipality_id, subject_area_code) references area (municipality_id, code)
        on delete set null (subject_area_code)
);
-- The handler's work list: open concerns by the date the reporter must hear from us.
create index concern_feedback_due_idx on concern (municipality_id, feedback_due_on) where feedback_due_on is not null;
create index concern_open_idx on concern (municipality_id, status, received_at desc) where status <> 'CLOSED';
create index concern_received_idx on concern (municipality_id, received_at desc);
create index concern_key_figure_idx on concern (municipality_id, key_figure_id, received_at desc);
create index concern_closed_idx on concern (municipality_id, closed_at) where closed_at is not null;

-- What happened to a concern, for the handlers: state changes with who and when.
create table concern_event (
    municipality_id uuid not null,
    id              uuid not null,
    concern_id      uuid not null,
    action          text not null check (action ~ '^[A-Z][A-Z_]{1,39}$'),
    from_status     text,
    to_status       text not null,
    actor_id        uuid,
    occurred_at     timestamptz not null,
    note            text check (note like 'v1:%'),
    primary key (municipality_id, id),
    foreign key (municipality_id, concern_id) references concern (municipality_id, id) on delete cascade
);
create index concern_event_concern_idx on concern_event (municipality_id, concern_id, occurred_at);

-- Messages between handler and reporter: status feedback (standard text + optional personal
-- line), questions, answers and reopen requests. The reporter sees these and nothing else.
create table concern_message (
    municipality_id uuid not null,
    id              uuid not null,
    concern_id      uuid not null,
    kind            text not null check (kind in ('STATUS', 'QUESTION', 'ANSWER', 'REOPEN_REQUEST')),
    shown_status    text not null,
    standard_text   text check (length(standard_text) <= 2000),
    personal_text   text check (personal_text like 'v1:%'),
    from_reporter   boolean not null,
    created_by      uuid,
    created_at      timestamptz not null,
    due_on          date,
    on_time         boolean,
    read_at         timestamptz,
    primary key (municipality_id, id),
    check (from_reporter = (kind in ('ANSWER', 'REOPEN_REQUEST'))),
    check (on_time is null or due_on is not null),
    foreign key (municipality_id, concern_id) references concern (municipality_id, id) on delete cascade
);
create index concern_message_concern_idx on concern_message (municipality_id, concern_id, created_at);
create index concern_message_unread_idx on concern_message (municipality_id, concern_id) where read_at is null and not from_reporter;

-- A handover stores only metadata: Sleutelnet is not the case system.
create table concern_handover (
    municipality_id    uuid not null,
    concern_id         uuid not null,
    receiver           text not null check (receiver in ('TRIAGE_TEAM', 'SAFETY_HOUSE', 'POLICE')),
    legal_basis        text not null check (legal_basis in ('PUBLIC_TASK', 'LEGAL_OBLIGATION', 'VITAL_INTEREST', 'SAFETY_HOUSE_COVENANT')),
    handed_over_on     date not null,
    external_reference text check (external_reference ~ '^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$'),
    primary key (municipality_id, concern_id),
    foreign key (municipality_id, concern_id) references concern (municipality_id, id) on delete cascade
);

-- The municipality's own wording of the status texts the reporter reads; absent rows fall back
-- to the product's standard texts.
create table concern_status_text (
    municipality_id uuid not null references municipality (id),
    text_key        text not null check (text_key ~ '^[A-Z][A-Z_]{1,39}$'),
    language        text not null check (language in ('nl', 'en')),
    body            text not null check (length(body) between 1 and 2000),
    updated_by      uuid not null,
    updated_at      timestamptz not null,
    primary key (municipality_id, text_key, language)
);

-- What retention deleted: metadata only, never content or a reference to the reporter.
create table concern_deletion_log (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    concern_id      uuid not null,
    reference       text not null,
    kind            text not null,
    outcome         text,
    rule            text not null check (rule in ('CLOSED_NO_CONCERN', 'CLOSED_ADVICE', 'NARRATIVE', 'HANDOVER_METADATA')),
    received_on     date not null,
    closed_on       date,
    deleted_at      timestamptz not null,
    primary key (municipality_id, id)
);
create index concern_deletion_log_idx on concern_deletion_log (municipality_id, deleted_at desc);

do $$
declare t text;
begin
    foreach t in array array['concern_counter', 'concern', 'concern_event', 'concern_message', 'concern_handover',
                             'concern_status_text', 'concern_deletion_log'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
-- The deletion log is append-only for the application.
revoke update, delete on concern_deletion_log from ${app_role};
