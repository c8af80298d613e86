-- Support context: customers' entitlement, tickets, their messages and history, SLA breaches,
-- and the support calendar's holidays. Identical on H2 and PostgreSQL.

create sequence support_seq start with 50 increment by 50;

create table support_customer (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    email       varchar(254) not null,
    created_at  timestamp    not null
);

create table support_licence (
    id            bigint       not null primary key,
    customer_id   bigint       not null references support_customer (id),
    product       varchar(100) not null,
    version       varchar(40)  not null,
    with_support  boolean      not null,
    created_at    timestamp    not null
);
create index support_licence_customer_ix on support_licence (customer_id);

create table support_subscription (
    id           bigint    not null primary key,
    customer_id  bigint    not null references support_customer (id),
    starts_at    timestamp not null,
    ends_at      timestamp not null,
    created_at   timestamp not null
);
create index support_subscription_customer_ix on support_subscription (customer_id, ends_at);

create table support_ticket (
    id                        bigint       not null primary key,
    version                   bigint       not null,
    customer_id               bigint       not null references support_customer (id),
    licence_id                bigint       not null references support_licence (id),
    product                   varchar(100) not null,
    product_version           varchar(40)  not null,
    subject                   varchar(200) not null,
    status                    varchar(20)  not null,
    engineer                  varchar(64),
    submitted_at              timestamp    not null,
    first_response_due_at     timestamp    not null,
    first_response_at         timestamp,
    first_response_seconds    bigint,
    response_due_at           timestamp,
    response_due_kind         varchar(20),
    breach_flag               varchar(36),
    sweep_claim               varchar(36),
    awaiting_customer_since   timestamp,
    customer_confirmed_at     timestamp,
    pre_closed_at             timestamp,
    closed_at                 timestamp,
    status_changed_at         timestamp    not null
);
-- the customer's own list, newest first
create index support_ticket_customer_ix on support_ticket (customer_id, submitted_at);
-- the staff queue and the breach sweep: open tickets by the staff answer they await
create index support_ticket_due_ix on support_ticket (response_due_at);
-- the pre-close and auto-close sweeps
create index support_ticket_awaiting_ix on support_ticket (status, awaiting_customer_since);
create index support_ticket_preclosed_ix on support_ticket (status, pre_closed_at);
create index support_ticket_status_ix on support_ticket (status, submitted_at);
create index support_ticket_claim_ix on support_ticket (sweep_claim);
create index support_ticket_flag_ix on support_ticket (breach_flag);

create table support_message (
    id          bigint        not null primary key,
    ticket_id   bigint        not null references support_ticket (id),
    seq_no      integer       not null,
    author      varchar(64)   not null,
    from_staff  boolean       not null,
    body        varchar(20000) not null,
    posted_at   timestamp     not null,
    constraint support_message_position_uk unique (ticket_id, seq_no)
);

create table support_status_change (
    id           bigint       not null primary key,
    ticket_id    bigint       not null references support_ticket (id),
    seq_no       integer      not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    actor        varchar(64)  not null,
    note         varchar(500),
    changed_at   timestamp    not null,
    constraint support_status_change_position_uk unique (ticket_id, seq_no)
);

create table support_sla_breach (
    id           bigint      not null primary key,
    ticket_id    bigint      not null references support_ticket (id),
    kind         varchar(20) not null,
    due_at       timestamp   not null,
    detected_at  timestamp   not null,
    constraint support_sla_breach_uk unique (ticket_id, kind, due_at)
);

create table support_holiday (
    holiday_date date        not null primary key,
    name   varchar(200) not null
);
