-- A company may set a supplier's risk level by hand, with a reason. Every override (and its
-- withdrawal, level null) is a row: the history is never rewritten.
create table risk_override (
    id           uuid primary key,
    supplier_id  uuid not null references supplier (id) on delete cascade,
    level        varchar(10),
    reason       varchar(2000) not null,
    author       varchar(200) not null,
    created_at   timestamp with time zone not null default now()
);

create index risk_override_supplier_idx on risk_override (supplier_id, created_at desc);

alter table supplier add column override_level varchar(10);
