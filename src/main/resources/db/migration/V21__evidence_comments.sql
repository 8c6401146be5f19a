-- The auditor's remarks on one file of a submitted version ("expired", "illegible").
create table evidence_comment (
    id               uuid primary key,
    file_id          uuid not null references evidence_file (id) on delete cascade,
    plan_version_id  uuid not null references plan_version (id) on delete cascade,
    author           varchar(200) not null,
    body             text not null,
    at               timestamp with time zone not null default now()
);
create index evidence_comment_file_idx on evidence_comment (file_id, plan_version_id, at);
