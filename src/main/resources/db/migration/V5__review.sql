-- Review: which auditors serve which organisations, frozen versions of plans, comments, decisions.
create table auditor_assignment (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    auditor          varchar(200) not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(200) not null
);
create unique index auditor_assignment_unique on auditor_assignment (organisation_id, lower(auditor));
create index auditor_assignment_auditor_idx on auditor_assignment (lower(auditor));

create table plan_version (
    id             uuid primary key,
    plan_id        uuid not null references plan (id) on delete cascade,
    number         integer not null,
    status         varchar(20) not null,
    snapshot       text not null,
    sha256         char(64) not null,
    submitted_at   timestamp with time zone not null,
    submitted_by   varchar(200) not null,
    pdf_language   varchar(5) not null,
    decided_at     timestamp with time zone,
    decided_by     varchar(200),
    decision_note  text,
    pdf            bytea,
    pdf_sha256     char(64),
    superseded_at  timestamp with time zone,
    version        integer not null default 0,
    constraint plan_version_number_unique unique (plan_id, number)
);

create table review_comment (
    id               uuid primary key,
    plan_version_id  uuid not null references plan_version (id) on delete cascade,
    target           varchar(20) not null,
    author           varchar(200) not null,
    at               timestamp with time zone not null,
    body             text not null
);
create index review_comment_version_idx on review_comment (plan_version_id);
