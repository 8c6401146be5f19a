-- A supplier CSV between its upload and its confirmation. The decoded text is kept here rather than
-- in the session or a hidden field, so that the preview survives a second request and the file is
-- read again, exactly as previewed, when the person confirms. Only the organisation and person who
-- uploaded it can see it; rows past their expiry are removed at the next upload.
create table supplier_import (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    username         varchar(200) not null,
    file_name        varchar(200) not null,
    content          text not null,
    created_at       timestamp with time zone not null default now(),
    expires_at       timestamp with time zone not null
);

create index supplier_import_expiry_idx on supplier_import (expires_at);
