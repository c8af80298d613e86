-- A project's delivery: its schedule (the guaranteed deadline, its moves, the approval, the guarantee's end and the
-- closing), its tasks with their history, guarantee claims and the customer's feedback.
-- Every id comes from projects_seq. Identical on H2 and PostgreSQL.

-- one schedule per project, fixed by a director once the first part is paid
create table projects_schedule (
    id                 bigint       not null primary key,
    project_id         bigint       not null references projects_project (id),
    customer_id        bigint       not null,
    deadline           timestamp    not null,
    first_deadline     timestamp    not null,
    scheduled_by       varchar(64)  not null,
    scheduled_at       timestamp    not null,
    approved_at        timestamp,
    guarantee_ends_at  timestamp,
    closed_at          timestamp,
    version            bigint       not null,
    constraint projects_schedule_project_uk unique (project_id)
);

-- the deadline moved later, each time with the reason the customer is shown
create table projects_deadline_move (
    id             bigint         not null primary key,
    schedule_id    bigint         not null references projects_schedule (id),
    seq_no         integer        not null,
    from_deadline  timestamp      not null,
    to_deadline    timestamp      not null,
    reason         varchar(1000)  not null,
    moved_by       varchar(64)    not null,
    moved_at       timestamp      not null,
    constraint projects_deadline_move_seq_uk unique (schedule_id, seq_no),
    constraint projects_deadline_move_later check (to_deadline > from_deadline)
);

-- a task of a project: for one part's invoice (planned work) or for a guarantee claim (a free fix)
create table projects_task (
    id                  bigint         not null primary key,
    project_id          bigint         not null references projects_project (id),
    customer_id         bigint         not null,
    title               varchar(200)   not null,
    description         varchar(4000),
    part_no             integer,
    invoice_id          bigint         references projects_invoice (id),
    claim_id            bigint,
    status              varchar(20)    not null,
    planned_start       timestamp,
    planned_end         timestamp,
    percent_done        integer        not null,
    behind_after        timestamp,
    behind_notified_at  timestamp,
    sweep_claim         varchar(36),
    preview_link        varchar(500),
    check_link          varchar(500),
    wanted_upload_date  date,
    reports             varchar(6500),
    created_by          varchar(64)    not null,
    created_at          timestamp      not null,
    status_changed_at   timestamp      not null,
    version             bigint         not null,
    constraint projects_task_percent_range check (percent_done between 0 and 100),
    constraint projects_task_paid_or_free check (
        (invoice_id is not null and claim_id is null) or (invoice_id is null and claim_id is not null)),
    constraint projects_task_plan check (planned_end is null or planned_end > planned_start)
);
create index projects_task_project_ix on projects_task (project_id, id);
-- the behind-schedule sweep: tasks whose threshold has passed and whose people are not told yet
create index projects_task_behind_ix on projects_task (behind_after);
create index projects_task_claim_ix on projects_task (sweep_claim);

-- every change of a task (status, progress, plan) with who, in which role, when and the note
create table projects_task_change (
    id            bigint         not null primary key,
    task_id       bigint         not null references projects_task (id),
    seq_no        integer        not null,
    kind          varchar(10)    not null,
    from_status   varchar(20),
    to_status     varchar(20)    not null,
    percent_done  integer        not null,
    actor         varchar(64)    not null,
    actor_role    varchar(40)    not null,
    note          varchar(1000),
    changed_at    timestamp      not null,
    constraint projects_task_change_seq_uk unique (task_id, seq_no)
);

-- guarantee claims: each within the guarantee, each with its free fix task
create table projects_claim (
    id                 bigint         not null primary key,
    project_id         bigint         not null references projects_project (id),
    customer_id        bigint         not null,
    description        varchar(4000)  not null,
    claimed_by         varchar(64)    not null,
    claimed_at         timestamp      not null,
    guarantee_ends_at  timestamp      not null,
    fix_task_id        bigint         references projects_task (id)
);
create index projects_claim_project_ix on projects_claim (project_id, claimed_at);

-- feedback after closing: one rating per project (rated_project_id is unique, null on complaints), any complaints
create table projects_feedback (
    id                bigint         not null primary key,
    project_id        bigint         not null references projects_project (id),
    rated_project_id  bigint,
    customer_id       bigint         not null,
    kind              varchar(10)    not null,
    rating            integer,
    comments          varchar(4000)  not null,
    author            varchar(64)    not null,
    created_at        timestamp      not null,
    answer            varchar(4000),
    answered_by       varchar(64),
    answered_at       timestamp,
    constraint projects_feedback_rated_uk unique (rated_project_id),
    constraint projects_feedback_rating_range check (rating is null or rating between 1 and 5)
);
create index projects_feedback_project_ix on projects_feedback (project_id, created_at);
