-- ADR 0021: only network writes the key-figure tables, and other modules read the register
-- through network's API. The contact module's work lists and coordination view sort and page
-- key figures together with its own contact moments in one statement, so it reads this view,
-- which network owns: the columns it may rely on, and nothing about areas, kinds or contact
-- details. security_invoker: row-level security of key_figure applies to the reading role,
-- exactly as for a read of the table; the planner inlines the view and uses key_figure's indexes.
create view key_figure_contact with (security_invoker = true) as
select municipality_id, id, display_name, sort_name, status, contact_cadence_days, last_contact_on,
       next_contact_due, contact_person_id, backup_contact_id
from key_figure;

grant select on key_figure_contact to ${app_role};
