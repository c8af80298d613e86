-- Upgrade orders: the request with its custom modifications, the estimates, the gate the order waits on and since
-- when, the reminder claim of the gate-reminder sweep, and every step's history.
-- Every id comes from installations_seq. Identical on H2 and PostgreSQL.

create table installations_upgrade (
    id                             bigint         not null primary key,
    customer_id                    bigint         not null,
    product                        varchar(100)   not null,
    current_version                varchar(40)    not null,
    target_version                 varchar(40)    not null,
    store_url                      varchar(500)   not null,
    reimplementation_wanted        boolean        not null,
    status                         varchar(40)    not null,
    gate                           varchar(30),
    gate_since                     timestamp,
    gate_reminded_at               timestamp,
    reminder_claim                 varchar(36),
    basic_cents                    bigint,
    features_cents                 bigint,
    design_cents                   bigint,
    currency                       varchar(3),
    minor_design_changes           boolean,
    estimate_notes                 varchar(4000),
    estimated_by                   varchar(64),
    reimplementation_notes         varchar(4000),
    reimplementation_estimated_by  varchar(64),
    invoice_id                     bigint,
    scheduled_for                  timestamp,
    created_by                     varchar(64)    not null,
    created_at                     timestamp      not null,
    change_count                   integer        not null,
    version                        bigint         not null,
    constraint installations_upgrade_gate_ck check ((gate is null) = (gate_since is null))
);
create index installations_upgrade_customer_ix on installations_upgrade (customer_id, created_at);
-- the gate-reminder sweep reads the orders waiting on a gate, not yet reminded, by how long they waited
create index installations_upgrade_gate_ix on installations_upgrade (gate_reminded_at, gate_since);
create index installations_upgrade_claim_ix on installations_upgrade (reminder_claim);

-- the custom modifications and skins the request lists, in its order
create table installations_upgrade_modification (
    order_id            bigint         not null references installations_upgrade (id),
    position            integer        not null,
    kind                varchar(20)    not null,
    name                varchar(200)   not null,
    description         varchar(2000),
    third_party_reason  varchar(2000),
    primary key (order_id, position)
);

-- every step, gate decisions (passed or rejected, with the notes) and rework included, numbered in order
create table installations_upgrade_change (
    id           bigint         not null primary key,
    order_id     bigint         not null references installations_upgrade (id),
    seq_no       integer        not null,
    step         varchar(40)    not null,
    from_status  varchar(40),
    to_status    varchar(40)    not null,
    outcome      varchar(20),
    changed_by   varchar(64)    not null,
    notes        varchar(4000),
    changed_at   timestamp      not null,
    constraint installations_upgrade_change_seq_uk unique (order_id, seq_no)
);
