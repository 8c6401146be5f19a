-- Server-side record of every sign-in, so that a session can end (sign-out, idle, absolute
-- lifetime) on every instance, even though the sign-in cookie itself is stateless.
create table app_session (
    id           uuid primary key,
    identity     varchar(255) not null,
    created_at   timestamptz  not null default now(),
    last_seen_at timestamptz  not null default now(),
    ended_at     timestamptz
);
create index app_session_identity on app_session (identity);
create index app_session_last_seen on app_session (last_seen_at);

-- Failed sign-ins, counted per account and per client address to slow down password guessing.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    account   varchar(200) not null,
    address   varchar(64)  not null,
    failed_at timestamptz  not null default now()
);
create index sign_in_failure_account on sign_in_failure (account, failed_at);
create index sign_in_failure_address on sign_in_failure (address, failed_at);

-- What someone typed when their session had ended, kept for a short while so that nothing is
-- lost: they sign in again and get it back to check and save.
create table form_draft (
    token      uuid primary key,
    identity   varchar(255) not null,
    path       varchar(2000) not null,
    fields     text not null,
    created_at timestamptz not null default now()
);
create index form_draft_identity on form_draft (identity, path);
create index form_draft_created on form_draft (created_at);
