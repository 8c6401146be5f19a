-- The organisation profile: what a plan needs to know about the company, and where its goods come
-- from. Sourcing rows are kept apart so that goods x countries can later be screened against the
-- ILAB lists. Codes are stored, never display text.
alter table organisation
    add column country    varchar(2),
    add column sector     varchar(40),
    add column size_band  varchar(20),
    add column products   varchar(2000);

create table sourcing_entry (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    country_code     varchar(2) not null,
    good             varchar(200) not null,
    created_at       timestamp with time zone not null default now()
);

create index sourcing_entry_organisation_idx on sourcing_entry (organisation_id);

-- Sign-in identities are matched without regard to case, so an identity may belong to an
-- organisation only once in any spelling.
create unique index membership_organisation_identity_ci on membership (organisation_id, lower(identity));
create index membership_identity_ci_idx on membership (lower(identity));
