-- Checks the audit hash chains set-based, the same way AuditChain.verify() does row by row:
-- every row's prev_hash is the hash of the row before it (by seq; genesis = 64 zeros) — up to
-- the split of ADR 0014 in the one chain of all rows, after it in its municipality's own chain
-- (events without a municipality form one more) —, and
-- every hash is sha256 over AuditHash's canonical string. Prints the rows checked and the
-- first broken seq (empty when intact). Usage: psql ... -f bench/sql/verify-chain.sql
select count(*) as checked,
       min(seq) filter (where prev_hash <> expected_prev or hash <> expected_hash) as first_broken_seq
from (
    select seq, prev_hash, hash,
           coalesce(case when seq <= (select seq from audit_chain_split) then lag(hash) over (order by seq)
                         else lag(hash) over (partition by municipality_id order by seq) end,
                    repeat('0', 64)) as expected_prev,
           encode(sha256(convert_to(concat_ws('|', prev_hash, seq::text,
               floor(extract(epoch from occurred_at))::bigint::text,
               (extract(microseconds from occurred_at)::bigint % 1000000)::text,
               coalesce(municipality_id::text, ''), actor_kind, coalesce(actor_id::text, ''), action,
               coalesce(record_type, ''), coalesce(record_id::text, ''), outcome), 'UTF8')), 'hex') as expected_hash
    from audit_event
) c;
