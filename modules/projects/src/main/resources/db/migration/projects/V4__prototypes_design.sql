-- The graphic prototype catalogue and its purchases; design creation (sketch sets, deliverables), the design a
-- design-integration request is for, and design integrations with their delivery.
-- Every id comes from projects_seq. Identical on H2 and PostgreSQL.

-- a ready design; a buyout takes it out of the catalogue, for good, by one conditional update
create table projects_prototype (
    id               bigint        not null primary key,
    name             varchar(200)  not null,
    preview_url      varchar(500)  not null,
    price_cents      bigint        not null,
    buyout_cents     bigint        not null,
    currency         varchar(3)    not null,
    status           varchar(20)   not null,
    purchase_count   integer       not null,
    bought_out_by    bigint,
    bought_out_at    timestamp,
    created_by       varchar(64)   not null,
    created_at       timestamp     not null,
    version          bigint        not null
);
create index projects_prototype_status_ix on projects_prototype (status, created_at);

-- what each purchase paid, and whether it was the buyout
create table projects_prototype_purchase (
    id            bigint       not null primary key,
    prototype_id  bigint       not null references projects_prototype (id),
    customer_id   bigint       not null,
    kind          varchar(20)  not null,
    paid_cents    bigint       not null,
    currency      varchar(3)   not null,
    purchased_at  timestamp    not null
);
create index projects_prototype_purchase_ix on projects_prototype_purchase (prototype_id, customer_id);

-- a design creation project's two stages
create table projects_design_creation (
    id               bigint       not null primary key,
    project_id       bigint       not null references projects_project (id),
    customer_id      bigint       not null,
    quote_id         bigint       not null,
    stage            varchar(20)  not null,
    pages            integer      not null,
    sets_allowed     integer      not null,
    sets_offered     integer      not null,
    min_images       integer      not null,
    max_images       integer      not null,
    chosen_set       integer,
    chosen_sketch    integer,
    started_by       varchar(64)  not null,
    started_at       timestamp    not null,
    refining_at      timestamp,
    delivered_at     timestamp,
    approved_at      timestamp,
    ended_at         timestamp,
    version          bigint       not null,
    constraint projects_design_creation_uk unique (project_id)
);
create index projects_design_creation_customer_ix on projects_design_creation (customer_id, stage);

create table projects_sketch_set (
    id           bigint        not null primary key,
    creation_id  bigint        not null references projects_design_creation (id),
    set_no       integer       not null,
    status       varchar(20)   not null,
    offered_by   varchar(64)   not null,
    offered_at   timestamp     not null,
    decided_at   timestamp,
    reason       varchar(2000),
    constraint projects_sketch_set_uk unique (creation_id, set_no)
);

create table projects_sketch (
    set_id     bigint        not null references projects_sketch_set (id),
    position   integer       not null,
    title      varchar(200)  not null,
    image_ref  varchar(500)  not null,
    primary key (set_id, position)
);

-- the deliverable images that end stage 2
create table projects_design_image (
    creation_id  bigint        not null references projects_design_creation (id),
    position     integer       not null,
    page         varchar(20)   not null,
    format       varchar(10)   not null,
    dpi          integer       not null,
    image_ref    varchar(500)  not null,
    primary key (creation_id, position)
);

-- which design a design-integration request is for: an approved creation, files the customer supplies, or a
-- purchased prototype
create table projects_design_source (
    id                   bigint        not null primary key,
    request_id           bigint        not null references projects_request (id),
    customer_id          bigint        not null,
    kind                 varchar(30)   not null,
    creation_project_id  bigint,
    prototype_id         bigint,
    recorded_by          varchar(64)   not null,
    recorded_at          timestamp     not null,
    constraint projects_design_source_uk unique (request_id)
);
create table projects_design_source_file (
    source_id  bigint        not null references projects_design_source (id),
    position   integer       not null,
    reference  varchar(500)  not null,
    primary key (source_id, position)
);

-- a design integration project: worked on the demo server, then delivered
create table projects_design_integration (
    id              bigint        not null primary key,
    project_id      bigint        not null references projects_project (id),
    customer_id     bigint        not null,
    status          varchar(20)   not null,
    demo_url        varchar(500)  not null,
    demo_at         timestamp     not null,
    delivery        varchar(30),
    target          varchar(500),
    delivered_by    varchar(64),
    delivered_at    timestamp,
    version         bigint        not null,
    constraint projects_design_integration_uk unique (project_id)
);
create index projects_design_integration_ix on projects_design_integration (customer_id, delivery);
