-- When the awaited answer of a breached deadline came, and how late in open hours (the wall-clock
-- lateness follows from due_at and answered_at).
alter table support_sla_breach add column answered_at timestamp;
alter table support_sla_breach add column late_business_seconds bigint;

-- The staff queue's whole order (HotRush first, then by the due time of the awaited answer, then
-- by submission), so that its first page is read from the index instead of sorting every open
-- ticket: the earlier index ran hot_rush ascending and stopped at the due time.
drop index support_ticket_queue_ix;
create index support_ticket_queue_ix on support_ticket (hot_rush desc, response_due_at, submitted_at, id);

-- A breach of the first answer stays visible in the ticket's SLA state, whatever its deadline
-- becomes later (HotRush withdrawn, a top-up).
alter table support_ticket add column first_response_breached boolean default false not null;
update support_ticket set first_response_breached = true
    where id in (select ticket_id from support_sla_breach where kind = 'FIRST_RESPONSE');
