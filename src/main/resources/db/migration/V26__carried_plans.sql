-- Next year's plan: a plan started from an approved version remembers it, each carried answer
-- waits for the company to confirm or change it (with last year's words kept beside it), and each
-- carried corrective action names the one it continues, whose history stays in last year's plan.
alter table plan add column carried_from_version_id uuid references plan_version (id);
create index plan_carried_from_idx on plan (carried_from_version_id);

alter table answer add column to_review boolean not null default false;
alter table answer add column previous_status varchar(20);
alter table answer add column previous_text text;
alter table answer add column previous_reason text;

-- No foreign key: last year's plan may be reopened and the action removed there; the reference is
-- kept as it was written.
alter table corrective_action add column carried_from_id uuid;
