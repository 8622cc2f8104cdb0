-- Indexes for issue 3 at national scale (bench/README.md, "after the fixes"). Indexes only.

-- Coordination view, default order by name: per key figure of the page, who was present how
-- often in the period, from the index alone (the by-date index would scan the whole period).
create index contact_moment_participant_by_key_figure_idx
    on contact_moment_participant (municipality_id, key_figure_id, occurred_on, account_id);

-- Start page and register filter "zonder contactpersoon": active and paused key figures by
-- contact person, counted from the index alone.
create index key_figure_open_contact_person_idx
    on key_figure (municipality_id, contact_person_id) where status in ('ACTIVE', 'PAUSED');
