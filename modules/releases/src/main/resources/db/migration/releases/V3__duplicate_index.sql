-- Marking a duplicate looks up the reports already pointing at it, under row locks: keep it an
-- index lookup.
create index releases_bug_duplicate_ix on releases_bug (duplicate_of, status);
