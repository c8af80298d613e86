-- The feed's order: a position given to each event once it has committed, by the publisher alone (one numbering
-- transaction at a time, serialized by the single row of platform_event_feed). A reader that has seen position N
-- never later finds a new event below N, however late the transaction that wrote it committed.
alter table platform_event add column feed_position bigint;
create unique index platform_event_feed_position_uk on platform_event (feed_position);
create table platform_event_feed (
    id            integer not null primary key,
    last_position bigint  not null
);
insert into platform_event_feed (id, last_position) values (1, 0);
