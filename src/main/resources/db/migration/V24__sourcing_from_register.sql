-- The profile's sourcing rows are read from the supplier register from now on, so that the
-- register is the one place where goods and countries are kept.
--
-- V18 copied the sourcing rows into the register as unnamed suppliers (same ids). Rows added on the
-- profile after V18 ran were not seen by the register: copy those now. A row older than V18 that is
-- missing from the register was deleted there on purpose and stays deleted.
insert into supplier (id, organisation_id, name, country_code, goods_text, created_at)
select e.id, e.organisation_id, null, e.country_code, e.good, e.created_at
from sourcing_entry e
where e.created_at > (select installed_on from flyway_schema_history where version = '18')
  and not exists (select 1 from supplier s where s.id = e.id);

drop table sourcing_entry;

-- One row per organisation, country and good: goods chosen from ILAB's list by their English name
-- (from the edition the supplier was screened with, else the key), typed goods as typed. The id
-- is derived from the row so that it is the same at every read.
create view sourcing_entry as
select md5(p.organisation_id::text || '|' || p.country_code || '|' || p.good)::uuid as id,
       p.organisation_id,
       p.country_code,
       p.good,
       min(p.created_at) as created_at
from (
    select s.organisation_id,
           s.country_code,
           cast(coalesce((select l.good_name from risk_listing l
                          where l.edition_id = s.screened_edition and l.good_key = g.good_key
                          limit 1),
                         g.good_key) as varchar(200)) as good,
           s.created_at
    from supplier s
    join supplier_good g on g.supplier_id = s.id
    union all
    select s.organisation_id, s.country_code, cast(left(btrim(s.goods_text), 200) as varchar(200)),
           s.created_at
    from supplier s
    where s.goods_text is not null and btrim(s.goods_text) <> ''
) p
group by p.organisation_id, p.country_code, p.good;
