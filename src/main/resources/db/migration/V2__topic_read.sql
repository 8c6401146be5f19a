-- Which guidance topics each signed-in identity has opened.
create table topic_read (
    identity  varchar(200) not null,
    topic_id  varchar(40)  not null,
    read_at   timestamp with time zone not null default now(),
    primary key (identity, topic_id)
);
