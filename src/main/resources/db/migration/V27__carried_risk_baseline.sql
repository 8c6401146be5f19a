-- The risk level of each supplier as it stood just before the carry-over screened the register
-- again, so "since last year" can show which levels moved.
create table carried_risk_baseline (
    plan_id        uuid not null references plan (id) on delete cascade,
    supplier_id    uuid not null,
    supplier_name  varchar(200),
    country_code   varchar(2),
    risk_level     varchar(10),
    primary key (plan_id, supplier_id)
);
