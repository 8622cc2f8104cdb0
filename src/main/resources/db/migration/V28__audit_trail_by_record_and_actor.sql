-- The privacy officer's filter "everything about this id" (the record acted on, or the actor),
-- newest first, without reading the municipality's whole trail.
create index audit_event_record_idx on audit_event (municipality_id, record_id, seq desc) where record_id is not null;
create index audit_event_actor_idx on audit_event (municipality_id, actor_id, seq desc) where actor_id is not null;
