-- The language a person last used and, where the identity provider gives one, their e-mail
-- address: mail about an event is written for the people told, not for the one who caused it.
-- The identity is stored in lower case, as identities are compared everywhere.
create table person_preference (
    identity    varchar(200) primary key,
    language    varchar(8)   not null,
    email       varchar(320),
    updated_at  timestamptz  not null default now()
);
