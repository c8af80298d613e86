-- Responses of state-changing requests sent with an Idempotency-Key, so that a retry gets the
-- original answer instead of a second effect.
create table idempotency_record (
    id              bigint        not null primary key,
    scope           varchar(64)   not null,
    idem_key        varchar(200)  not null,
    request_hash    varchar(64)   not null,
    state           varchar(20)   not null,
    response_status integer,
    response_body   varchar(100000),
    created_at      timestamp     not null,
    completed_at    timestamp,
    constraint idempotency_record_uk unique (scope, idem_key)
);
