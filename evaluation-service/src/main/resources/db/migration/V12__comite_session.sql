-- The record of a selection session of the Comité (its quarterly meeting). Experts are referenced by id
-- only: the expert register belongs to another part of the service (no foreign key here on purpose).
create table comite_session (
    id                  uuid         primary key,
    meeting_date        date         not null,
    registry_session_id uuid,
    status              varchar(10)  not null,
    attendees           jsonb        not null,
    minutes             text,
    results             jsonb,
    version             bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    closed_at           timestamptz,
    closed_by           varchar(200),
    constraint comite_session_status check (status in ('OPEN', 'CLOSED'))
);
create index comite_session_meeting_date on comite_session (meeting_date desc, id);

-- The cases on a session's agenda, in order, with the recusals of each item. A case is on at most one
-- open session at a time (the partial unique index backs the service's check against races).
create table comite_session_agenda_item (
    session_id   uuid    not null references comite_session (id),
    case_id      uuid    not null references evaluation_case (id),
    position     integer not null,
    recusals     jsonb   not null,
    session_open boolean not null,
    primary key (session_id, case_id)
);
create unique index comite_session_agenda_case_on_one_open_session on comite_session_agenda_item (case_id) where session_open;
