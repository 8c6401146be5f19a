-- Editions of ILAB's reference data, as facts: the good-country pairs of the List of Goods with
-- their flags, and each country's region and advancement level. An edition never changes once
-- stored; an upload is stored as PREVIEW, and activating it retires the active one in the same
-- transaction. Screenings name the edition they used, so an old screening keeps its facts.
create table risk_edition (
    id             uuid primary key,
    list_year      integer not null,
    findings_year  integer not null,
    source         varchar(400) not null,
    status         varchar(10) not null check (status in ('PREVIEW', 'ACTIVE', 'RETIRED')),
    imported_by    varchar(200),
    imported_at    timestamp with time zone not null default now(),
    activated_at   timestamp with time zone
);

-- At most one active edition, whatever two instances do at once.
create unique index risk_edition_one_active on risk_edition (status) where status = 'ACTIVE';

create table risk_listing (
    edition_id           uuid not null references risk_edition (id) on delete cascade,
    good_key             varchar(120) not null,
    good_name            varchar(200) not null,
    sector               varchar(20) not null,
    country_code         varchar(2) not null,
    region               varchar(40) not null,
    child_labour         boolean not null,
    forced_labour        boolean not null,
    forced_child_labour  boolean not null,
    derived_exploitation boolean not null,
    primary key (edition_id, good_key, country_code)
);

create table risk_country (
    edition_id    uuid not null references risk_edition (id) on delete cascade,
    country_code  varchar(2) not null,
    region        varchar(40) not null,
    advancement   varchar(20) not null,
    primary key (edition_id, country_code)
);
