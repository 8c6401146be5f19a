-- Organisations and the sign-in identities that belong to them.
create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null default now(),
    version     integer not null default 0
);

create table membership (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    identity         varchar(200) not null,
    created_at       timestamp with time zone not null default now(),
    constraint membership_identity_organisation_unique unique (identity, organisation_id)
);

create index membership_identity_idx on membership (identity);
