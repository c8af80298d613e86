-- Usernames are unique regardless of case. username_key holds lower(username), written by the
-- application and read by every lookup; a plain column with a unique constraint is the form of a
-- unique index on lower(username) that H2 and PostgreSQL both accept. An installation holding two
-- usernames that differ only in case fails here: rename one of them first.
alter table account add column username_key varchar(64);
update account set username_key = lower(username);
alter table account alter column username_key set not null;
alter table account add constraint account_username_key_uk unique (username_key);
