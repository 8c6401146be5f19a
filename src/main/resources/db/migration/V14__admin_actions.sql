-- What administrators did to organisations, members and auditor assignments: who, what, which
-- organisation (and its name then), when by the database's clock. Kept when an organisation goes.
create table admin_action (
    id                 uuid primary key,
    at                 timestamp with time zone not null default clock_timestamp(),
    actor              varchar(200) not null,
    kind               varchar(40) not null,
    organisation_id    uuid references organisation (id) on delete set null,
    organisation_name  varchar(200) not null,
    subject            varchar(200),
    detail             varchar(200)
);
create index admin_action_at_idx on admin_action (at desc);
