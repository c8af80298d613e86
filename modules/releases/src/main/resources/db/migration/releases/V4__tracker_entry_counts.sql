-- Each product's number of bug reports and ideas and their highest id, kept in the transaction that
-- adds one: a duplicate-suggestion lookup reads this one row to know whether its index is current,
-- instead of counting the product's rows on every request.
create table releases_entry_count (
    product_id bigint      not null,
    kind       varchar(10) not null,
    entries    bigint      not null,
    max_id     bigint      not null,
    primary key (product_id, kind)
);

insert into releases_entry_count (product_id, kind, entries, max_id)
    select product_id, 'BUG', count(*), max(id) from releases_bug group by product_id;

insert into releases_entry_count (product_id, kind, entries, max_id)
    select product_id, 'IDEA', count(*), max(id) from releases_idea group by product_id;
