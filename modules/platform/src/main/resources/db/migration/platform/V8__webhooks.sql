-- Webhook endpoints registered by admins. event_types: the types wanted, space-separated. The previous secret
-- still signs (alongside the current one) until previous_secret_until, after a rotation. An endpoint receives the
-- events published after it was registered: those past from_position.
create sequence platform_webhook_seq start with 50 increment by 50;
create table platform_webhook (
    id                    bigint        not null primary key,
    url                   varchar(2000) not null,
    description           varchar(500)  not null,
    event_types           varchar(2000) not null,
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_secret_until timestamp,
    enabled               boolean       not null,
    disabled_reason       varchar(200),
    failing_since         timestamp,
    from_position         bigint        not null,
    created_at            timestamp     not null,
    version               bigint        not null
);

-- How far the fan-out has turned published events into deliveries: one row, locked by the fan-out transaction.
create table platform_webhook_fanout (
    id            integer not null primary key,
    last_position bigint  not null
);
insert into platform_webhook_fanout (id, last_position) values (1, 0);

-- One event to one endpoint: created when the event is published, attempted until delivered or out of retries.
-- claim/claimed_until: the node delivering it now, and until when; after that any node may take it again.
create sequence platform_webhook_delivery_seq start with 50 increment by 50;
create table platform_webhook_delivery (
    id              bigint      not null primary key,
    webhook_id      bigint      not null,
    event_id        bigint      not null,
    aggregate_type  varchar(40) not null,
    aggregate_id    bigint      not null,
    aggregate_seq   bigint      not null,
    feed_position   bigint      not null,
    status          varchar(20) not null,
    attempts        integer     not null,
    next_attempt_at timestamp,
    claim           varchar(40),
    claimed_until   timestamp,
    created_at      timestamp   not null,
    last_attempt_at timestamp,
    constraint platform_webhook_delivery_uk unique (webhook_id, event_id)
);
create index platform_webhook_delivery_due_ix on platform_webhook_delivery (status, next_attempt_at);
create index platform_webhook_delivery_order_ix
    on platform_webhook_delivery (webhook_id, aggregate_type, aggregate_id, aggregate_seq);

-- Every attempt, as the delivery log shows it; the receiver's answer is kept only up to 1000 characters.
create sequence platform_webhook_attempt_seq start with 50 increment by 50;
create table platform_webhook_attempt (
    id            bigint        not null primary key,
    delivery_id   bigint        not null,
    webhook_id    bigint        not null,
    attempted_at  timestamp     not null,
    status_code   integer,
    duration_ms   bigint        not null,
    error         varchar(500),
    response_body varchar(1000)
);
create index platform_webhook_attempt_delivery_ix on platform_webhook_attempt (delivery_id, attempted_at);
