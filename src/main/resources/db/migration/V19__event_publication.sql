-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0,
-- schemas/v2/schema-postgresql.sql), made here rather than by the library
-- (spring.modulith.events.jdbc.schema-initialization.enabled stays false): the application role
-- may not create tables. Not a tenant table: no municipality_id column, no row-level security;
-- listeners read it outside any tenancy and set the tenant from the event (ADR 0019). Events
-- carry ids and codes only, never a name, an address or a text; a completed publication is
-- deleted (spring.modulith.events.completion-mode=delete).
create table event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant select, insert, update, delete on event_publication to ${app_role};
