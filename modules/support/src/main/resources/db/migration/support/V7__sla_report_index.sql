-- SLA reports read the tickets submitted in a range: this index finds them without scanning the table (the other
-- indexes on submitted_at lead with the customer or the status).
create index support_ticket_submitted_ix on support_ticket (submitted_at);
