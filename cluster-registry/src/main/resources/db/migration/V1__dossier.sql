create table dossier (
    id                uuid         primary key,
    name              varchar(200) not null,
    acronym           varchar(30),
    scheme            varchar(40)  not null,
    entry_volet       varchar(40)  not null,
    focus_kind        varchar(20)  not null,
    focus_domain      varchar(200),
    focus_description text,
    status            varchar(40)  not null,
    snapshot_version  integer      not null default 0,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index dossier_status on dossier (status);

create sequence dossier_status_change_seq increment by 50;
create table dossier_status_change (
    id          bigint       primary key,
    dossier_id  uuid         not null references dossier (id),
    from_status varchar(40)  not null,
    to_status   varchar(40)  not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    reason      text
);
create index dossier_status_change_dossier on dossier_status_change (dossier_id, changed_at);
