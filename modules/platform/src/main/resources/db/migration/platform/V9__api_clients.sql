-- Integrators' systems that sign in with client credentials. The secret is stored as a slow salted hash, as
-- passwords are; scopes are space-separated, as in tokens. A revoked client keeps its row: its id stays taken and
-- its tokens are refused.
create sequence platform_api_client_seq start with 50 increment by 50;
create table platform_api_client (
    id                bigint       not null primary key,
    client_id         varchar(64)  not null,
    name              varchar(200) not null,
    scopes            varchar(400) not null,
    secret_hash       varchar(200) not null,
    created_by        varchar(64)  not null,
    created_at        timestamp    not null,
    secret_rotated_at timestamp,
    revoked_at        timestamp,
    constraint platform_api_client_id_uk unique (client_id)
);
