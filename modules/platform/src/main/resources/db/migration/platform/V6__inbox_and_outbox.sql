-- Notices for people (a customer, one staff member, or everyone of a staff role), written by the rule that calls
-- for them, in the transaction of the change; never changed afterwards.
create sequence platform_notice_seq start with 50 increment by 50;
create table platform_notice (
    id          bigint        not null primary key,
    customer_id bigint,
    username    varchar(64),
    role        varchar(40),
    kind        varchar(60)   not null,
    subject     varchar(100)  not null,
    message     varchar(1000) not null,
    created_at  timestamp     not null,
    constraint platform_notice_one_recipient check (
        (case when customer_id is null then 0 else 1 end)
        + (case when username is null then 0 else 1 end)
        + (case when role is null then 0 else 1 end) = 1)
);
create index platform_notice_customer_ix on platform_notice (customer_id, created_at);
create index platform_notice_username_ix on platform_notice (username, created_at);
create index platform_notice_role_ix on platform_notice (role, created_at);

-- The outbox: every domain event that matters outside, written in the transaction of the change it records.
-- aggregate_seq numbers one aggregate's events 1, 2, 3...; the unique key makes two writers of the same
-- aggregate's next event collide rather than both succeed.
create sequence platform_event_seq start with 50 increment by 50;
create table platform_event (
    id             bigint         not null primary key,
    type           varchar(60)    not null,
    aggregate_type varchar(40)    not null,
    aggregate_id   bigint         not null,
    aggregate_seq  bigint         not null,
    customer_id    bigint,
    occurred_at    timestamp      not null,
    payload        varchar(20000) not null,
    constraint platform_event_aggregate_uk unique (aggregate_type, aggregate_id, aggregate_seq)
);
create index platform_event_customer_ix on platform_event (customer_id, id);
create index platform_event_occurred_ix on platform_event (occurred_at);
