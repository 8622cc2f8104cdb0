-- Dashboard figures of concerns (issue 4): the concerns received, the feedback sent and the
-- satisfaction answers given in a period, per municipality, as index-only scans (once vacuumed)
-- instead of visiting every concern and message of the municipality. No new data, no change of
-- rights.
create index concern_figures_idx on concern (municipality_id, received_at)
    include (kind, acknowledged_at, first_status_at);
create index concern_message_feedback_idx on concern_message (municipality_id, created_at) include (on_time)
    where on_time is not null;
create index concern_satisfaction_idx on concern (municipality_id, satisfaction_at) include (satisfaction)
    where satisfaction_at is not null;
