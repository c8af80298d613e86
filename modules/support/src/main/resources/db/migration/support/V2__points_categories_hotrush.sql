-- Support points (packs, lots, the append-only ledger, expiry notices), one-incident packages,
-- issue categories with their prices, and HotRush on tickets. Identical on H2 and PostgreSQL.

-- packs have their own sequence: the default catalogue below takes ids 1-4, the sequence's first
-- block (preallocated by 50) starts above them
create sequence support_pack_seq start with 100 increment by 50;

create table support_point_pack (
    id           bigint      not null primary key,
    points       integer     not null,
    price_cents  bigint      not null,
    currency     varchar(3)  not null,
    active       boolean     not null,
    created_at   timestamp   not null
);
insert into support_point_pack (id, points, price_cents, currency, active, created_at) values
    (1, 60, 3450, 'USD', true, current_timestamp),
    (2, 120, 6850, 'USD', true, current_timestamp),
    (3, 300, 16950, 'USD', true, current_timestamp),
    (4, 1200, 67333, 'USD', true, current_timestamp);

-- A purchase (or a staff grant) of points. Never changed, except the sweeps' claim markers.
create table support_point_lot (
    id             bigint      not null primary key,
    customer_id    bigint      not null references support_customer (id),
    pack_id        bigint      references support_point_pack (id),
    origin         varchar(20) not null,
    points         integer     not null,
    price_cents    bigint      not null,
    currency       varchar(3)  not null,
    purchased_at   timestamp   not null,
    expires_at     timestamp   not null,
    expiry_claim   varchar(36),
    warning_claim  varchar(36)
);
create index support_point_lot_customer_ix on support_point_lot (customer_id, purchased_at);
create index support_point_lot_expiry_ix on support_point_lot (expiry_claim, expires_at);
create index support_point_lot_warning_ix on support_point_lot (warning_claim, expires_at);

-- The ledger: every change of points, signed, on one lot. Balance = sum of a customer's entries.
create table support_point_entry (
    id           bigint       not null primary key,
    customer_id  bigint       not null references support_customer (id),
    lot_id       bigint       not null references support_point_lot (id),
    kind         varchar(20)  not null,
    points       integer      not null,
    ticket_id    bigint,
    note         varchar(500),
    actor        varchar(64)  not null,
    created_at   timestamp    not null
);
create index support_point_entry_customer_ix on support_point_entry (customer_id, created_at);
create index support_point_entry_lot_ix on support_point_entry (lot_id);
create index support_point_entry_ticket_ix on support_point_entry (ticket_id);

-- What the customer is told: points about to expire, a ticket pre-closed or waiting for a top-up.
create table support_notice (
    id           bigint       not null primary key,
    customer_id  bigint       not null references support_customer (id),
    kind         varchar(30)  not null,
    ticket_id    bigint,
    lot_id       bigint       references support_point_lot (id),
    points       integer,
    message      varchar(500) not null,
    created_at   timestamp    not null,
    -- an expiry warning is written once per lot (other kinds have no lot)
    constraint support_notice_lot_uk unique (lot_id, kind)
);
create index support_notice_customer_ix on support_notice (customer_id, created_at);

create table support_incident_package (
    id            bigint     not null primary key,
    customer_id   bigint     not null references support_customer (id),
    urgent        boolean    not null,
    price_cents   bigint     not null,
    currency      varchar(3) not null,
    purchased_at  timestamp  not null,
    ticket_id     bigint,
    used_at       timestamp
);
create index support_incident_package_customer_ix on support_incident_package (customer_id, used_at);

create table support_category (
    code        varchar(40)  not null primary key,
    name        varchar(200) not null,
    points      integer      not null,
    pricing     varchar(20)  not null,
    sort_order  integer      not null
);
insert into support_category (code, name, points, pricing, sort_order) values
    ('GENERAL_QUESTION', 'General question', 0, 'FIXED', 1),
    ('FEATURE_CONSULTATION', 'Consultation on software features', 10, 'FIXED', 2),
    ('STORE_PROBLEM', 'Problem-solving on the client''s store', 25, 'FIXED', 3),
    ('STORE_AND_SERVER_PROBLEM', 'Problem-solving on store and server', 40, 'FIXED', 4),
    ('CODE_DEBUGGING', 'Code debugging and debug-data monitoring', 80, 'FIXED', 5),
    ('WARRANTY', 'Product warranty issue (a bug in the software)', 0, 'FIXED', 6),
    ('SMALL_MODIFICATION', 'Small modification consultation', 25, 'FIXED', 7),
    ('MEDIUM_MODIFICATION', 'Medium modification consultation', 50, 'FIXED', 8),
    ('PATCH_APPLICATION', 'Patch application', 40, 'FIXED', 9),
    ('MODULE_INSTALLATION', 'Module installation', 60, 'FIXED', 10),
    ('INSTALLATION_SERVICE', 'Installation service', 150, 'FIXED', 11),
    ('SSL_INSTALLATION', 'SSL certificate installation', 150, 'FIXED', 12),
    ('THIRD_PARTY_INSTALLATION', 'Third-party web software installation', 100, 'FROM', 13),
    ('SERVER_APPLICATION_INSTALLATION', 'Server application installation', 250, 'FROM', 14),
    ('OTHER', 'Other', 0, 'ON_REQUEST', 15);

create table support_hotrush_withdrawal (
    id           bigint     not null primary key,
    customer_id  bigint     not null references support_customer (id),
    ticket_id    bigint     not null references support_ticket (id),
    withdrawn_at timestamp  not null
);
create index support_hotrush_withdrawal_customer_ix on support_hotrush_withdrawal (customer_id);

alter table support_ticket add column hot_rush boolean default false not null;
alter table support_ticket add column hot_rush_removed_reason varchar(40);
alter table support_ticket add column hot_rush_removed_note varchar(500);
alter table support_ticket add column category varchar(40);
alter table support_ticket add column category_points integer;
alter table support_ticket add column charged_points integer default 0 not null;
alter table support_ticket add column charge_source varchar(20);
alter table support_ticket add column awaiting_top_up_points integer;
alter table support_ticket add column status_before_top_up varchar(20);
alter table support_ticket add column live_chat_tool varchar(40);
alter table support_ticket add column live_chat_contact varchar(200);
alter table support_ticket add column live_chat_at timestamp;
create index support_ticket_topup_ix on support_ticket (customer_id, status);
create index support_ticket_queue_ix on support_ticket (hot_rush, response_due_at);
alter table support_ticket add column reopened_at timestamp;
