-- The supplier register of an organisation. Goods from ILAB's list are stored by key (one row each
-- in supplier_good), anything else as free text. Each supplier carries its latest screening (level,
-- score, the edition it used) so that lists of thousands filter and sort by risk in SQL.
create table supplier (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    name             varchar(200),
    country_code     varchar(2) not null,
    region           varchar(200),
    tier             smallint not null default 1 check (tier between 1 and 4),
    goods_text       varchar(1000),
    spend_share      varchar(20),
    workforce        varchar(20),
    migrant_workers  boolean not null default false,
    labour_agents    boolean not null default false,
    last_audit       date,
    audit_scheme     varchar(200),
    risk_level       varchar(10),
    risk_score       integer,
    screened_edition uuid references risk_edition (id),
    version          integer not null default 0,
    created_at       timestamp with time zone not null default now()
);

create index supplier_organisation_name_idx on supplier (organisation_id, lower(name));
create index supplier_organisation_country_idx on supplier (organisation_id, country_code);
create index supplier_organisation_level_idx on supplier (organisation_id, risk_score desc);

create table supplier_good (
    supplier_id  uuid not null references supplier (id) on delete cascade,
    good_key     varchar(120) not null,
    primary key (supplier_id, good_key)
);

create index supplier_good_key_idx on supplier_good (good_key);

-- The sourcing rows of the profile become suppliers without a name ("unnamed sourcing"): the
-- country and the good as typed. The screening matches typed goods against the list's names.
insert into supplier (id, organisation_id, name, country_code, goods_text, created_at)
select id, organisation_id, null, country_code, good, created_at from sourcing_entry;
