-- Several application instances share one database, and their clocks drift apart. The times that
-- order lists (history, review comments, corrective actions, sourcing, invitations) are therefore
-- written by the database's clock: the time of the transaction that inserts the row, so every row of
-- one save shares one time. History entries and comments carry a sequence number that keeps rows
-- written at the same time in the order they were written.
alter table plan_history alter column at set default now();
alter table plan_history add column seq bigserial not null;
drop index if exists plan_history_plan_idx;
create index plan_history_plan_order_idx on plan_history (plan_id, at, seq);

alter table review_comment alter column at set default now();
alter table review_comment add column seq bigserial not null;

alter table corrective_action alter column created_at set default now();
alter table sourcing_entry alter column created_at set default now();
alter table invitation alter column created_at set default now();
