-- The dossier's content (members, relations, objectives and vision, expected gains, action plan, governance,
-- private contributions) is one document: read and replaced as a whole, checked as a whole by the domain.
-- Applicants' dossiers are found by jsonb containment on the members (GIN index).
alter table dossier add column content jsonb not null default '{}'::jsonb;
create index dossier_content_members on dossier using gin ((content -> 'members') jsonb_path_ops);
create index dossier_scheme on dossier (scheme);
create index dossier_name_lower on dossier (lower(name), id);

-- Audit trail of content edits: who changed which sections, when.
create table dossier_content_change (
    id          bigserial    primary key,
    dossier_id  uuid         not null references dossier (id),
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    sections    text         not null
);
create index dossier_content_change_dossier on dossier_content_change (dossier_id, changed_at);

-- The snapshot frozen at each submission, with the member organisations as they stood: never changed afterwards.
create table dossier_snapshot (
    dossier_id       uuid         not null references dossier (id),
    snapshot_version integer      not null check (snapshot_version >= 1),
    submitted_at     timestamptz  not null,
    submitted_by     varchar(200) not null,
    snapshot         jsonb        not null,
    primary key (dossier_id, snapshot_version)
);

create function dossier_snapshot_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'dossier snapshots are immutable (dossier %, version %)', old.dossier_id, old.snapshot_version;
end
$$;
create trigger dossier_snapshot_immutable before update or delete on dossier_snapshot
    for each row execute function dossier_snapshot_is_immutable();

-- The person who holds the animateur post, when known.
alter table dossier_animator_post add column animator_name varchar(200);
