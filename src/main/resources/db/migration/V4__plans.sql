-- Plans, the answers to each key question, corrective actions and the history of every change.
create table plan (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    title            varchar(200) not null,
    period_start     date not null,
    period_end       date not null,
    content_version  varchar(40) not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(200) not null,
    version          integer not null default 0,
    constraint plan_period_order check (period_end >= period_start)
);
create index plan_organisation_idx on plan (organisation_id);

create table answer (
    id           uuid primary key,
    plan_id      uuid not null references plan (id) on delete cascade,
    question_id  varchar(20) not null,
    status       varchar(20) not null,
    answer_text  text,
    na_reason    text,
    owner        varchar(200),
    target_date  date,
    updated_at   timestamp with time zone,
    updated_by   varchar(200),
    version      integer not null default 0,
    constraint answer_plan_question_unique unique (plan_id, question_id)
);

create table corrective_action (
    id            uuid primary key,
    plan_id       uuid not null references plan (id) on delete cascade,
    question_id   varchar(20) not null,
    description   text not null,
    owner         varchar(200) not null,
    due_date      date not null,
    verification  text not null,
    status        varchar(20) not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null,
    version       integer not null default 0
);
create index corrective_action_plan_idx on corrective_action (plan_id);

create table plan_history (
    id            uuid primary key,
    plan_id       uuid not null references plan (id) on delete cascade,
    subject       varchar(20) not null,
    subject_id    uuid not null,
    question_id   varchar(20),
    actor         varchar(200) not null,
    at            timestamp with time zone not null,
    before_value  text,
    after_value   text
);
create index plan_history_plan_idx on plan_history (plan_id, at);
