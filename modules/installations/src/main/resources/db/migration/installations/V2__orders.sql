-- Installation orders (the installation service and third-party software installations), their history and
-- messages, and featured-store requests. Ids from installations_seq. Identical on H2 and PostgreSQL.

create table installations_order (
    id                 bigint        not null primary key,
    kind               varchar(20)   not null,
    title              varchar(120)  not null,
    customer_id        bigint        not null,
    ticket_id          bigint,
    details            varchar(2000),
    software_name      varchar(200),
    software_version   varchar(60),
    vendor_url         varchar(500),
    distribution       varchar(500),
    payment            varchar(10),
    price_points       integer,
    price_cents        bigint,
    currency           varchar(3),
    invoice_id         bigint,
    status             varchar(20)   not null,
    status_since       timestamp     not null,
    engineer           varchar(64),
    scheduled_for      timestamp,
    refunded_points    integer,
    refund_owed_cents  bigint,
    placed_by          varchar(64)   not null,
    placed_at          timestamp     not null,
    -- a third-party price is never below zero; the configured minimum is checked by the order itself
    constraint installations_order_points_ck check (price_points is null or price_points > 0)
);
create index installations_order_customer_ix on installations_order (customer_id, status, status_since);
create index installations_order_placed_ix on installations_order (placed_at);
create unique index installations_order_invoice_uk on installations_order (invoice_id);

create table installations_order_change (
    id           bigint        not null primary key,
    order_id     bigint        not null references installations_order (id),
    seq_no       integer       not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    actor        varchar(64)   not null,
    note         varchar(2000),
    changed_at   timestamp     not null,
    constraint installations_order_change_uk unique (order_id, seq_no)
);

create table installations_order_message (
    id             bigint        not null primary key,
    order_id       bigint        not null references installations_order (id),
    author         varchar(64)   not null,
    from_customer  boolean       not null,
    body           varchar(5000) not null,
    written_at     timestamp     not null
);
create index installations_order_message_ix on installations_order_message (order_id, written_at);

create table installations_featured_store (
    id             bigint        not null primary key,
    customer_id    bigint        not null,
    store_url      varchar(500)  not null,
    feedback       varchar(2000),
    status         varchar(20)   not null,
    submitted_by   varchar(64)   not null,
    submitted_at   timestamp     not null,
    decided_by     varchar(64),
    decided_at     timestamp,
    decision_note  varchar(2000)
);
create index installations_featured_customer_ix on installations_featured_store (customer_id, store_url);
create index installations_featured_status_ix on installations_featured_store (status, decided_at);
