-- The key figure's portal (issue 3, part 5): invitations to the portal, requests to correct
-- data and requests to erase it. Narrative text (a correction's explanation) is encrypted
-- by the application; everything else is a code, a date or an id.

-- A key figure has at most one portal account (also under a double-submitted invitation).
create unique index account_key_figure_uq on account (municipality_id, key_figure_id) where key_figure_id is not null;

-- Only the SHA-256 hash of an invitation token is stored; the token itself is only in the mail.
create table portal_invitation (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    key_figure_id   uuid not null,
    token_hash      text not null check (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by      uuid not null,  -- staff account
    invited_at      timestamptz not null,
    expires_at      timestamptz not null,
    status          text not null check (status in ('OPEN', 'USED', 'REVOKED')),
    used_at         timestamptz,
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    check ((status = 'USED') = (used_at is not null)),
    check (expires_at > invited_at)
);
create unique index portal_invitation_token_uq on portal_invitation (municipality_id, token_hash);
create index portal_invitation_key_figure_idx on portal_invitation (municipality_id, key_figure_id, invited_at desc);
create index portal_invitation_open_idx on portal_invitation (municipality_id, expires_at) where status = 'OPEN';

-- GDPR art. 16: the key figure asks to correct fields of the register (codes) with a short
-- explanation (encrypted); the coordinator handles it.
create table correction_request (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    key_figure_id   uuid not null,
    fields          text[] not null check (cardinality(fields) between 1 and 12 and fields <@ array[
                        'NAME', 'EMAIL', 'PHONE', 'LANGUAGE', 'CHANNEL', 'AREAS', 'NETWORK_KINDS', 'ROLE_TYPES',
                        'STATUS', 'CONTACT_PERSON', 'OTHER']),
    explanation     text check (explanation like 'v1:%'),
    received_at     timestamptz not null,
    due_on          date not null,
    status          text not null check (status in ('OPEN', 'HANDLED')),
    outcome         text check (outcome in ('CORRECTED', 'PARTLY_CORRECTED', 'ALREADY_CORRECT', 'NOT_CORRECTED')),
    handled_at      timestamptz,
    handled_by      uuid,           -- staff account
    version         int not null default 0,
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    check ((status = 'HANDLED') = (outcome is not null and handled_at is not null))
);
create index correction_request_status_idx on correction_request (municipality_id, status, received_at);
create index correction_request_key_figure_idx on correction_request (municipality_id, key_figure_id, received_at desc);

-- GDPR art. 17: a request to erase, tracked by the privacy officer (deadline one month).
-- Carrying out the erasure across modules is a follow-up; this is the request and its handling.
create table data_subject_request (
    municipality_id uuid not null references municipality (id),
    id              uuid not null,
    key_figure_id   uuid not null,
    kind            text not null default 'ERASURE' check (kind in ('ERASURE')),
    reason          text check (reason in ('NO_LONGER_ACTIVE', 'CONSENT_WITHDRAWN', 'NO_LONGER_NEEDED', 'OTHER')),
    received_at     timestamptz not null,
    due_on          date not null,
    status          text not null check (status in ('RECEIVED', 'IN_PROGRESS', 'HANDLED', 'REFUSED')),
    refusal_reason  text check (refusal_reason in ('LEGAL_OBLIGATION', 'PUBLIC_TASK', 'LEGAL_CLAIMS', 'IDENTITY_UNCONFIRMED')),
    status_changed_at timestamptz,
    handled_by      uuid,           -- staff account
    version         int not null default 0,
    primary key (municipality_id, id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade,
    check ((status = 'REFUSED') = (refusal_reason is not null))
);
create index data_subject_request_status_idx on data_subject_request (municipality_id, status, due_on);
create index data_subject_request_key_figure_idx on data_subject_request (municipality_id, key_figure_id, received_at desc);

do $$
declare t text;
begin
    foreach t in array array['portal_invitation', 'correction_request', 'data_subject_request'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
