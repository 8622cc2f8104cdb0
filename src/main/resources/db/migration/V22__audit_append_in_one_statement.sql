-- An append to an audit chain (ADR 0014) in one statement: the chain's lock, its last hash and the
-- insert run in the database, so the lock is held for one round trip and the commit instead of
-- three round trips and the commit (issue 14: under load the lock waits were most of an audited
-- request's time). The hash is the application's (AuditHash): SHA-256 over the previous hash, the
-- sequence number and the rest of the row as the application wrote it out (tail).
create function audit_append(chain_key integer, municipality uuid, occurred timestamptz, actor_kind text,
                             actor uuid, action text, record_type text, record uuid, outcome text, tail text)
returns bigint
language plpgsql volatile
as $$
declare
    previous text;
    next_seq bigint;
begin
    perform pg_advisory_xact_lock(7243, chain_key);
    -- A statement of its own after the lock (in a volatile function each one takes a new
    -- snapshot): it sees the row the previous holder of the lock committed.
    if municipality is null then
        select e.hash into previous from audit_event e where e.municipality_id is null order by e.seq desc limit 1;
    else
        select e.hash into previous from audit_event e where e.municipality_id = municipality order by e.seq desc limit 1;
    end if;
    previous := coalesce(previous, repeat('0', 64));
    next_seq := nextval('audit_event_seq');
    insert into audit_event (seq, occurred_at, municipality_id, actor_kind, actor_id, action, record_type, record_id,
                             outcome, prev_hash, hash)
    values (next_seq, occurred, municipality, actor_kind, actor, action, record_type, record, outcome, previous,
            encode(sha256(convert_to(previous || '|' || next_seq || '|' || tail, 'UTF8')), 'hex'));
    return next_seq;
end
$$;

revoke all on function audit_append(integer, uuid, timestamptz, text, uuid, text, text, uuid, text, text) from public;
grant execute on function audit_append(integer, uuid, timestamptz, text, uuid, text, text, uuid, text, text) to ${app_role};
