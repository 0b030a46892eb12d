-- The call (concours) and its selection sessions (domain.md §3: continuous submission over a year,
-- selection meetings every three months). Sessions are generated from the call's dates and kept as rows
-- so that dossiers can be scheduled to them and their results published once.
create table cluster_call (
    id                      uuid         primary key,
    title                   varchar(200) not null,
    opening_date            date         not null,
    closing_date            date         not null,
    session_interval_months integer      not null check (session_interval_months between 1 and 12),
    cut_off_days            integer      not null check (cut_off_days between 0 and 365),
    status                  varchar(20)  not null check (status in ('OPEN', 'CANCELLED')),
    created_by              varchar(200) not null,
    created_at              timestamptz  not null,
    updated_by              varchar(200) not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0,
    check (closing_date >= opening_date)
);

-- the schemes a call covers; the overlap rule (one open call per scheme on a day) is checked under an advisory lock
create table cluster_call_scheme (
    call_id uuid        not null references cluster_call (id) on delete cascade,
    scheme  varchar(40) not null,
    primary key (call_id, scheme)
);
create index cluster_call_scheme_scheme on cluster_call_scheme (scheme, call_id);
create index cluster_call_dates on cluster_call (opening_date, closing_date);

create table selection_session (
    id            uuid         primary key,
    call_id       uuid         not null references cluster_call (id) on delete cascade,
    number        integer      not null check (number >= 1),
    session_date  date         not null,
    cut_off_date  date         not null,
    published_at  timestamptz,
    published_by  varchar(200),
    unique (call_id, number),
    check (cut_off_date <= session_date)
);
create index selection_session_call on selection_session (call_id, session_date);

-- which dossier (and which of its snapshots) a session examines; a dossier sits in one unpublished session at a time
create table session_dossier (
    session_id       uuid         not null references selection_session (id),
    dossier_id       uuid         not null references dossier (id),
    snapshot_version integer      not null,
    assigned_by      varchar(200) not null,
    assigned_at      timestamptz  not null,
    manual           boolean      not null,
    primary key (session_id, dossier_id)
);
create index session_dossier_dossier on session_dossier (dossier_id, assigned_at);

-- the results as published: frozen at publication, one line per dossier
create table session_result (
    session_id   uuid         not null references selection_session (id),
    position     integer      not null,
    dossier_id   uuid         not null,
    cluster_name varchar(200) not null,
    scheme       varchar(40)  not null,
    outcome      varchar(20)  not null check (outcome in ('VALIDATED', 'REJECTED', 'PENDING')),
    primary key (session_id, position)
);
