-- What people are told: one row per recipient and event. The text is not stored, only the kind
-- and its parameters, so that it is written in the reader's language when it is shown.
create table notification (
    id               uuid primary key,
    recipient        varchar(200) not null,
    organisation_id  uuid references organisation (id) on delete cascade,
    kind             varchar(40)  not null,
    params           text         not null,
    link             varchar(500) not null,
    -- Set for the daily checks: the same thing is told to the same person once.
    once_key         varchar(200),
    created_at       timestamptz  not null default now(),
    read_at          timestamptz
);
-- The header's count of unread notifications reads this index alone.
create index notification_unread on notification (recipient) where read_at is null;
create index notification_recipient on notification (recipient, created_at desc, id);
create unique index notification_once on notification (recipient, once_key) where once_key is not null;

-- E-mail written in the transaction of the event and sent after it committed, by whichever
-- instance takes the row first: a rolled-back event never sends mail.
create table mail_outbox (
    id               uuid primary key,
    notification_id  uuid not null references notification (id) on delete cascade,
    address          varchar(320) not null,
    language         varchar(8)   not null,
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz,
    attempts         integer      not null default 0,
    last_error       varchar(1000)
);
create index mail_outbox_pending on mail_outbox (created_at) where sent_at is null;

-- One row per scheduled job and day: the instance that inserts it runs the job that day.
create table job_run (
    job          varchar(60) not null,
    day          date        not null,
    started_at   timestamptz not null default now(),
    primary key (job, day)
);
