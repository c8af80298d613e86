-- Set when an administrator resets someone's password: that account must choose a new one before
-- it is issued a token again.
alter table account add column must_change_password boolean default false not null;
