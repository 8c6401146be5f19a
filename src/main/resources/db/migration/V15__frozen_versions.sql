-- A submitted version is frozen: its snapshot and their SHA-256 never change, and the approved
-- document is stored once. The app verifies the hashes when it reads a version; this trigger keeps
-- any other writer (a script, a bug, a hand-made UPDATE) from rewriting what was reviewed.
create function plan_version_frozen() returns trigger language plpgsql as $$
begin
    if new.snapshot is distinct from old.snapshot or new.sha256 is distinct from old.sha256 then
        raise exception 'plan version % is frozen: its snapshot and hash cannot change', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    -- The one legitimate write: the approved document and its hash, stored once, at approval.
    if (new.pdf is distinct from old.pdf or new.pdf_sha256 is distinct from old.pdf_sha256)
        and not (old.pdf is null and old.pdf_sha256 is null and new.status = 'APPROVED') then
        raise exception 'plan version % is frozen: its approved document is stored once', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger plan_version_frozen
    before update of snapshot, sha256, pdf, pdf_sha256 on plan_version
    for each row execute function plan_version_frozen();
