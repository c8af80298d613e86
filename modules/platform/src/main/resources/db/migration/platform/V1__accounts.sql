create sequence account_seq start with 50 increment by 50;

create table account (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    customer_id   bigint,
    display_name  varchar(200) not null,
    created_at    timestamp    not null,
    constraint account_username_uk unique (username)
);

create index account_role_ix on account (role);
