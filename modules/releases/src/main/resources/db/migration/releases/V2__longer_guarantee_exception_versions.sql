-- A security patch published for versions out of guarantee keeps their names, comma-separated: room
-- for the 200 versions a patch may name, of up to 40 characters each. Identical on H2 and PostgreSQL.
alter table releases_patch alter column exception_versions set data type varchar(8200);
