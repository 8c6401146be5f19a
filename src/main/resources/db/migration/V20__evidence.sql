-- Evidence files: metadata apart from the bytes, so that listing files never reads their content.
create table evidence_file (
    id             uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    title          varchar(200) not null,
    kind           varchar(30) not null,
    issued_on      date,
    expires_on     date,
    uploaded_by    varchar(200) not null,
    uploaded_at    timestamp with time zone not null default now(),
    size_bytes     bigint not null check (size_bytes > 0),
    media_type     varchar(100) not null,
    sha256         varchar(64) not null,
    original_name  varchar(255) not null,
    version        integer not null default 0,
    -- The same bytes are one file per organisation: a second upload is offered the first.
    constraint evidence_file_org_sha_unique unique (organisation_id, sha256),
    constraint evidence_file_dates check (expires_on is null or issued_on is null or expires_on >= issued_on)
);
create index evidence_file_org_idx on evidence_file (organisation_id, uploaded_at desc);

-- The bytes, in chunks of about 1 MB, each read and written on its own: neither an upload nor a
-- download ever holds a whole file in memory. The key to the file is checked at commit, so the
-- chunks can be written (and hashed) before the metadata row that names their hash.
create table evidence_chunk (
    file_id  uuid not null references evidence_file (id) on delete cascade deferrable initially deferred,
    seq      integer not null,
    data     bytea not null,
    primary key (file_id, seq)
);

-- Where a file serves: an answer (plan and question) or a corrective action. A file without links
-- serves the organisation as a whole.
create table evidence_link (
    id           uuid primary key,
    file_id      uuid not null references evidence_file (id) on delete cascade,
    plan_id      uuid not null references plan (id) on delete cascade,
    question_id  varchar(20),
    action_id    uuid references corrective_action (id) on delete cascade,
    created_at   timestamp with time zone not null default now(),
    created_by   varchar(200) not null,
    constraint evidence_link_target check ((question_id is null) <> (action_id is null))
);
create unique index evidence_link_answer_unique on evidence_link (file_id, plan_id, question_id) where question_id is not null;
create unique index evidence_link_action_unique on evidence_link (file_id, action_id) where action_id is not null;
create index evidence_link_plan_idx on evidence_link (plan_id);

-- The files a submitted version froze. A frozen file cannot be deleted: the key refuses it too.
create table evidence_freeze (
    file_id          uuid not null references evidence_file (id),
    plan_version_id  uuid not null references plan_version (id) on delete cascade,
    primary key (file_id, plan_version_id)
);
create index evidence_freeze_version_idx on evidence_freeze (plan_version_id);
