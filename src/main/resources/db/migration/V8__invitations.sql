-- Adding someone to an organisation is an invitation: only the invited person's acceptance at
-- sign-in, or an administrator's confirmation, makes it a membership.
create table invitation (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    identity         varchar(200) not null,
    invited_by       varchar(200) not null,
    created_at       timestamp with time zone not null default now()
);

create unique index invitation_one_per_organisation on invitation (organisation_id, lower(identity));
create index invitation_identity_idx on invitation (lower(identity));
