-- Role agreements (R5) and the reciprocity ledger (R4), issue 3.

-- The municipality's agreement text per language; every save is a new version, old ones stay.
create table agreement_template (
    municipality_id            uuid not null references municipality (id),
    language                   text not null check (language in ('nl', 'en')),
    version                    int not null check (version >= 1),
    id                         uuid not null,
    municipality_expectations  text not null check (length(municipality_expectations) between 1 and 4000),
    key_figure_expectations    text not null check (length(key_figure_expectations) between 1 and 4000),
    information_purpose        text not null check (length(information_purpose) between 1 and 4000),
    information_access         text not null check (length(information_access) between 1 and 4000),
    information_retention      text not null check (length(information_retention) between 1 and 4000),
    information_rights         text not null check (length(information_rights) between 1 and 4000),
    partner_clause             text not null check (length(partner_clause) between 1 and 2000),
    created_by                 uuid not null,
    created_at                 timestamptz not null default now(),
    primary key (municipality_id, language, version),
    unique (municipality_id, id)
);

-- One row per version of a key figure's agreement. The texts are copied in, so a later
-- template change never alters what a key figure read; a trigger keeps versions immutable.
create table agreement (
    municipality_id            uuid not null,
    id                         uuid not null,
    key_figure_id              uuid not null,
    version                    int not null check (version >= 1),
    language                   text not null check (language in ('nl', 'en')),
    template_version           int not null check (template_version >= 0),
    role_types                 text[] not null check (cardinality(role_types) >= 1 and role_types <@ array['CONNECTOR', 'REPRESENTATIVE', 'DOER', 'CRITICAL_THINKER']),
    municipality_expectations  text not null check (length(municipality_expectations) between 1 and 4000),
    key_figure_expectations    text not null check (length(key_figure_expectations) between 1 and 4000),
    information_purpose        text not null check (length(information_purpose) between 1 and 4000),
    information_access         text not null check (length(information_access) between 1 and 4000),
    information_retention      text not null check (length(information_retention) between 1 and 4000),
    information_rights         text not null check (length(information_rights) between 1 and 4000),
    partner_clause             text not null check (length(partner_clause) between 1 and 2000),
    cadence_days               int not null check (cadence_days between 7 and 366),
    contact_person_id          uuid not null,
    backup_contact_id          uuid not null,
    review_on                  date not null,
    created_by                 uuid not null,
    created_at                 timestamptz not null default now(),
    accepted_at                timestamptz,     -- only ever by the key figure, in the portal
    primary key (municipality_id, id),
    unique (municipality_id, key_figure_id, version),
    check (contact_person_id <> backup_contact_id),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade
);
create index agreement_review_idx on agreement (municipality_id, review_on);
create index agreement_waiting_idx on agreement (municipality_id, created_at) where accepted_at is null;

create function agreement_immutable() returns trigger language plpgsql as $$
begin
    if (new.municipality_id, new.id, new.key_figure_id, new.version, new.language, new.template_version,
        new.role_types, new.municipality_expectations, new.key_figure_expectations, new.information_purpose,
        new.information_access, new.information_retention, new.information_rights, new.partner_clause,
        new.cadence_days, new.contact_person_id, new.backup_contact_id, new.review_on, new.created_by,
        new.created_at)
       is distinct from
       (old.municipality_id, old.id, old.key_figure_id, old.version, old.language, old.template_version,
        old.role_types, old.municipality_expectations, old.key_figure_expectations, old.information_purpose,
        old.information_access, old.information_retention, old.information_rights, old.partner_clause,
        old.cadence_days, old.contact_person_id, old.backup_contact_id, old.review_on, old.created_by,
        old.created_at)
       or (old.accepted_at is not null and new.accepted_at is distinct from old.accepted_at) then
        raise exception 'an agreement version cannot be changed, only accepted once';
    end if;
    return new;
end $$;
create trigger agreement_immutable before update on agreement
    for each row execute function agreement_immutable();

-- What the key figure asked and what the municipality offered or did. Explanation and
-- outcome are narrative: encrypted at rest (privacy.FieldEncryption).
create table reciprocity_item (
    municipality_id     uuid not null,
    id                  uuid not null,
    key_figure_id       uuid not null,
    direction           text not null check (direction in ('KEY_FIGURE_ASKED', 'MUNICIPALITY_OFFERED')),
    kind                text not null check (kind in ('ACTIVITY_SUPPORT', 'TRAINING', 'INVITATION', 'REFERRAL', 'SMALL_GRANT', 'INFORMATION', 'OTHER')),
    title               text not null check (length(title) between 1 and 120),
    explanation         text check (explanation like 'v1:%'),
    amount              numeric(7, 2) check (amount > 0 and amount <= 10000),
    status              text not null check (status in ('REQUESTED', 'OFFERED', 'IN_PROGRESS', 'DONE', 'DECLINED')),
    outcome             text check (outcome like 'v1:%'),
    opened_on           date not null,
    closed_on           date,
    from_portal         boolean not null default false,
    created_by          uuid not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             int not null default 0,
    primary key (municipality_id, id),
    check (amount is null or kind = 'SMALL_GRANT'),
    check ((status in ('DONE', 'DECLINED')) = (closed_on is not null)),
    foreign key (municipality_id, key_figure_id) references key_figure (municipality_id, id) on delete cascade
);
create index reciprocity_item_key_figure_idx on reciprocity_item (municipality_id, key_figure_id, opened_on desc);
create index reciprocity_item_new_idx on reciprocity_item (municipality_id, created_at) where from_portal and status = 'REQUESTED';

do $$
declare t text;
begin
    foreach t in array array['agreement_template', 'agreement', 'reciprocity_item'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid) with check (municipality_id = nullif(current_setting(''sleutelnet.municipality_id'', true), '''')::uuid)', t || '_tenant', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end $$;
