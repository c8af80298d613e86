-- Points spent and given back for something outside a ticket (an installation order) name it by a reference, so a
-- spend for one reference happens once and its return goes back to the lots it came from. Identical on H2 and
-- PostgreSQL.
alter table support_point_entry add column reference varchar(80);
create index support_point_entry_reference_ix on support_point_entry (customer_id, reference);
