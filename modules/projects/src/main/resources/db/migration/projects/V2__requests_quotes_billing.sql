-- Requests for a quote and their discussion, versioned quotes, the project an accepted quote starts,
-- invoices (of project parts, or of any other context's subject) and their payments.
-- Every id comes from projects_seq. Identical on H2 and PostgreSQL.

create table projects_request (
    id                bigint        not null primary key,
    customer_id       bigint        not null,
    kind              varchar(30)   not null,
    title             varchar(200)  not null,
    desired_features  varchar(20000) not null,
    workflows         varchar(20000),
    store_url         varchar(500),
    product           varchar(100)  not null,
    product_version   varchar(40)   not null,
    created_by        varchar(64)   not null,
    created_at        timestamp     not null,
    message_count     integer       not null,
    version           bigint        not null
);
create index projects_request_customer_ix on projects_request (customer_id, created_at);

-- the request's lists, each kept in the order given
create table projects_request_manual (
    request_id  bigint        not null references projects_request (id),
    position    integer       not null,
    reference   varchar(500)  not null,
    primary key (request_id, position)
);
create table projects_request_similar_site (
    request_id  bigint        not null references projects_request (id),
    position    integer       not null,
    url         varchar(500)  not null,
    primary key (request_id, position)
);
create table projects_request_program (
    request_id  bigint        not null references projects_request (id),
    position    integer       not null,
    program     varchar(200)  not null,
    primary key (request_id, position)
);
create table projects_request_customization (
    request_id   bigint         not null references projects_request (id),
    position     integer        not null,
    made_by      varchar(200)   not null,
    description  varchar(2000)  not null,
    primary key (request_id, position)
);

-- the free preliminary discussion, both sides, numbered in order
create table projects_request_message (
    id          bigint         not null primary key,
    request_id  bigint         not null references projects_request (id),
    seq_no      integer        not null,
    author      varchar(64)    not null,
    from_staff  boolean        not null,
    body        varchar(20000) not null,
    posted_at   timestamp      not null,
    constraint projects_request_message_seq_uk unique (request_id, seq_no)
);

-- the project an accepted quote starts
create table projects_project (
    id           bigint       not null primary key,
    customer_id  bigint       not null,
    request_id   bigint       not null references projects_request (id),
    kind         varchar(30)  not null,
    quote_id     bigint       not null,
    accepted_at  timestamp    not null
);
create index projects_project_customer_ix on projects_project (customer_id, accepted_at);

-- a quote: its versions carry the content; project_id links an additional quote to its project
create table projects_quote (
    id           bigint       not null primary key,
    request_id   bigint       not null references projects_request (id),
    customer_id  bigint       not null,
    kind         varchar(30)  not null,
    project_id   bigint       references projects_project (id),
    created_at   timestamp    not null,
    version      bigint       not null
);
create index projects_quote_customer_ix on projects_quote (customer_id, created_at);
create index projects_quote_request_ix on projects_quote (request_id);
create index projects_quote_project_ix on projects_quote (project_id);

create table projects_quote_version (
    id               bigint        not null primary key,
    quote_id         bigint        not null references projects_quote (id),
    version_no       integer       not null,
    status           varchar(20)   not null,
    author           varchar(64)   not null,
    timeframe_days   integer       not null,
    base_product     varchar(100)  not null,
    base_version     varchar(40)   not null,
    base_skin        varchar(200)  not null,
    total_cents      bigint        not null,
    currency         varchar(3)    not null,
    sent_at          timestamp     not null,
    valid_until      timestamp     not null,
    status_changed_at timestamp    not null,
    expiry_claim     varchar(36),
    constraint projects_quote_version_uk unique (quote_id, version_no)
);
create index projects_quote_version_expiry_ix on projects_quote_version (status, valid_until);

create table projects_quote_item (
    version_id    bigint         not null references projects_quote_version (id),
    position      integer        not null,
    description   varchar(2000)  not null,
    hours         integer        not null,
    price_cents   bigint         not null,
    currency      varchar(3)     not null,
    primary key (version_id, position)
);
create table projects_quote_module (
    version_id  bigint        not null references projects_quote_version (id),
    position    integer       not null,
    module      varchar(200)  not null,
    primary key (version_id, position)
);
-- the payment parts a quote above the single-payment limit defines
create table projects_quote_part (
    version_id    bigint         not null references projects_quote_version (id),
    position      integer        not null,
    scope         varchar(2000)  not null,
    amount_cents  bigint         not null,
    currency      varchar(3)     not null,
    primary key (version_id, position)
);
-- every status a version took, with who and when
create table projects_quote_history (
    id          bigint        not null primary key,
    quote_id    bigint        not null references projects_quote (id),
    version_no  integer       not null,
    status      varchar(20)   not null,
    actor       varchar(64)   not null,
    note        varchar(500),
    changed_at  timestamp     not null
);
create index projects_quote_history_ix on projects_quote_history (quote_id, changed_at);

-- an invoice, of a project's part or of another context's subject (an installation order...)
create table projects_invoice (
    id            bigint         not null primary key,
    customer_id   bigint         not null,
    subject_type  varchar(40)    not null,
    subject_id    bigint         not null,
    quote_id      bigint,
    part_no       integer        not null,
    scope         varchar(2000)  not null,
    amount_cents  bigint         not null,
    currency      varchar(3)     not null,
    status        varchar(20)    not null,
    issued_at     timestamp      not null,
    paid_at       timestamp,
    voided_at     timestamp,
    version       bigint         not null
);
create index projects_invoice_customer_ix on projects_invoice (customer_id, issued_at);
create index projects_invoice_subject_ix on projects_invoice (subject_type, subject_id);

-- one payment per invoice, ever: the unique key holds it even against a writer that skipped the lock
create table projects_payment (
    id            bigint        not null primary key,
    invoice_id    bigint        not null references projects_invoice (id),
    amount_cents  bigint        not null,
    currency      varchar(3)    not null,
    recorded_by   varchar(64)   not null,
    reference     varchar(200),
    paid_at       timestamp     not null,
    constraint projects_payment_invoice_uk unique (invoice_id)
);
