-- The company names who approves the plan when it submits, and declares it accurate.
alter table plan_version
    add column approver_name     varchar(200),
    add column approver_position varchar(200),
    add column declared_at       timestamp with time zone;

-- Comments live on across versions: replies hang under a comment, the auditor marks them resolved.
alter table review_comment
    add column parent_id   uuid references review_comment (id) on delete cascade,
    add column resolved_at timestamp with time zone,
    add column resolved_by varchar(200);
create index review_comment_parent_idx on review_comment (parent_id);
