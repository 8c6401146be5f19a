-- The company answers the auditor's comments too: each comment says which side wrote it.
alter table review_comment
    add column author_role varchar(20) not null default 'AUDITOR';
