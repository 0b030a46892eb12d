create table funding_file (
    dossier_id         uuid         primary key,
    cluster_name       varchar(200) not null,
    scheme_applied_for varchar(40)  not null,
    status             varchar(30)  not null,
    opened_at          timestamptz  not null
);
