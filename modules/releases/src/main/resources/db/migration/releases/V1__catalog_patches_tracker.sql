-- Releases context: products, branches and versions; patches with the versions they apply to,
-- the files they change and the patches they require; the bug tracker and the ideas board.
-- Identical on H2 and PostgreSQL. A version's status (latest, obsolete, out of guarantee) is not
-- stored: it depends on the clock and is computed when read.

create sequence releases_seq start with 50 increment by 50;

create table releases_product (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    created_at  timestamp    not null,
    constraint releases_product_name_uk unique (name)
);

create table releases_branch (
    id          bigint       not null primary key,
    product_id  bigint       not null references releases_product (id),
    name        varchar(40)  not null,
    created_at  timestamp    not null,
    constraint releases_branch_name_uk unique (product_id, name)
);

create table releases_version (
    id           bigint      not null primary key,
    product_id   bigint      not null references releases_product (id),
    branch_id    bigint      not null references releases_branch (id),
    name         varchar(40) not null,
    released_at  timestamp   not null,
    created_at   timestamp   not null,
    constraint releases_version_name_uk unique (product_id, name)
);

create table releases_patch (
    id                  bigint        not null primary key,
    version             bigint        not null,
    product_id          bigint        not null references releases_product (id),
    kind                varchar(20)   not null,
    severity            varchar(20),
    title               varchar(200)  not null,
    description         varchar(20000),
    released_at         timestamp     not null,
    manual_only         boolean       not null,
    manual_note         varchar(500),
    -- a security patch published for versions out of guarantee: the versions, and the staff's reasons
    exception_versions  varchar(2000),
    exception_note      varchar(2000),
    published_by        varchar(64)   not null,
    published_at        timestamp     not null
);
create index releases_patch_product_ix on releases_patch (product_id, kind, released_at);

create table releases_patch_version (
    patch_id    bigint not null references releases_patch (id),
    version_id  bigint not null references releases_version (id),
    primary key (patch_id, version_id)
);
-- a version's patches: the patch plan, the security view, the upgrade pack
create index releases_patch_version_ix on releases_patch_version (version_id, patch_id);

create table releases_patch_file (
    patch_id  bigint       not null references releases_patch (id),
    path      varchar(500) not null,
    checksum  varchar(128) not null,
    primary key (patch_id, path)
);

create table releases_patch_prerequisite (
    patch_id     bigint not null references releases_patch (id),
    requires_id  bigint not null references releases_patch (id),
    primary key (patch_id, requires_id)
);

create table releases_bug (
    id                 bigint         not null primary key,
    version            bigint         not null,
    product_id         bigint         not null references releases_product (id),
    version_id         bigint         not null references releases_version (id),
    title              varchar(200)   not null,
    steps              varchar(20000) not null,
    expected           varchar(5000)  not null,
    actual             varchar(5000)  not null,
    status             varchar(20)    not null,
    duplicate_of       bigint         references releases_bug (id),
    fixed_by_patch     bigint         references releases_patch (id),
    fixed_in_version   bigint         references releases_version (id),
    reporter           varchar(64)    not null,
    reported_at        timestamp      not null,
    status_changed_at  timestamp      not null
);
create index releases_bug_product_ix on releases_bug (product_id, reported_at);
create index releases_bug_status_ix on releases_bug (product_id, status, reported_at);

create table releases_bug_change (
    id           bigint       not null primary key,
    bug_id       bigint       not null references releases_bug (id),
    seq_no       integer      not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    actor        varchar(64)  not null,
    note         varchar(2000),
    changed_at   timestamp    not null,
    constraint releases_bug_change_position_uk unique (bug_id, seq_no)
);

create table releases_idea (
    id                 bigint         not null primary key,
    version            bigint         not null,
    product_id         bigint         not null references releases_product (id),
    title              varchar(200)   not null,
    description        varchar(20000) not null,
    status             varchar(20)    not null,
    vote_count         integer        not null,
    author             varchar(64)    not null,
    created_at         timestamp      not null,
    status_changed_at  timestamp      not null,
    status_changed_by  varchar(64)    not null,
    status_note        varchar(2000)
);
-- the board: a product's ideas by votes
create index releases_idea_votes_ix on releases_idea (product_id, vote_count, id);

create table releases_idea_vote (
    idea_id  bigint      not null references releases_idea (id),
    voter    varchar(64) not null,
    primary key (idea_id, voter)
);
