-- The Cellule's accompaniment (000 III.2, volet 1 "sensibilisation"; issue #14).

-- A project accompanied before any dossier exists: its current state (each change is version + 1 and an
-- AccompaniedProjectChanged event). A dossier comes from at most one project (unique dossier_id).
create table accompanied_project (
    id               uuid         primary key,
    name             varchar(300) not null,
    organisation_ids jsonb        not null default '[]'::jsonb,
    officer          varchar(200) not null,
    first_contact_on date         not null,
    status           varchar(20)  not null check (status in ('OPEN', 'BECAME_DOSSIER', 'ABANDONED')),
    abandon_reason   text,
    dossier_id       uuid         references dossier (id) unique,
    version          integer      not null check (version >= 1),
    name_search      text         not null,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    changed_by       varchar(200) not null,
    changed_at       timestamptz  not null,
    check ((status = 'BECAME_DOSSIER') = (dossier_id is not null)),
    check ((status = 'ABANDONED') = (abandon_reason is not null))
);
create index accompanied_project_order on accompanied_project (first_contact_on desc, id);
create index accompanied_project_organisations on accompanied_project using gin (organisation_ids jsonb_path_ops);

-- An act of accompaniment on a project and/or a dossier, every version kept (corrections, the cancellation);
-- exactly one row per act is current. notes_search is the notes lower-cased without accents, for the text filter.
create table accompaniment_act (
    id                  uuid         not null,
    version             integer      not null check (version >= 1),
    current             boolean      not null,
    project_id          uuid         references accompanied_project (id),
    dossier_id          uuid         references dossier (id),
    kind                varchar(40)  not null check (kind in ('MEETING', 'INFORMATION_SESSION', 'FORMALISATION_HELP',
                                                              'PARTNER_SEARCH', 'EXPERIENCE_EXCHANGE', 'REFERRAL_TO_OTHER_AID')),
    act_date            date         not null,
    officer             varchar(200) not null,
    organisation_ids    jsonb        not null default '[]'::jsonb,
    notes               text,
    notes_search        text,
    minutes_spent       integer      not null check (minutes_spent between 1 and 1440),
    correction_reason   text,
    cancellation_reason text,
    recorded_by         varchar(200) not null,
    recorded_at         timestamptz  not null,
    primary key (id, version),
    check (project_id is not null or dossier_id is not null)
);
create unique index accompaniment_act_one_current on accompaniment_act (id) where current;
create index accompaniment_act_order on accompaniment_act (act_date desc, id) where current;
create index accompaniment_act_project on accompaniment_act (project_id) where current;
create index accompaniment_act_dossier on accompaniment_act (dossier_id) where current;
create index accompaniment_act_organisations on accompaniment_act using gin (organisation_ids jsonb_path_ops) where current;
