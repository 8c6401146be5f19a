-- The applicability questionnaire ("which laws apply to us"): one row per organisation. Money keeps
-- the currency it was given in (ISO 4217), as whole units; nothing is converted. Regions are the
-- codes of the jurisdictions the laws name (GB, AU, CA, US, DE, NO, EU), comma-separated.
create table law_profile (
    organisation_id          uuid primary key references organisation (id) on delete cascade,
    incorporated             varchar(2) not null,
    business_in              varchar(100) not null default '',
    sells_into               varchar(100) not null default '',
    imports_into             varchar(100) not null default '',
    revenue_currency         varchar(3) not null,
    revenue_amount           bigint not null check (revenue_amount >= 0),
    assets_currency          varchar(3),
    assets_amount            bigint check (assets_amount >= 0),
    employees                bigint not null check (employees >= 0),
    federal_contract         boolean not null,
    federal_outside_usd      bigint check (federal_outside_usd >= 0),
    federal_only_cots        boolean not null default false,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(200) not null,
    version                  integer not null default 0,
    check ((assets_currency is null) = (assets_amount is null))
);
