-- Yearly follow-up reports of validated clusters (domain.md §3): one per year, corrections kept as versions 2, 3…
create table follow_up_report (
    id                uuid         primary key,
    dossier_id        uuid         not null references dossier (id),
    agrement_id       uuid         not null references agrement (id),
    report_year       integer      not null check (report_year between 1990 and 2200),
    version           integer      not null check (version >= 1),
    correction_reason text,
    indicators        text         not null, -- JSON object of the indicators (FollowUpReportFiled.v1 "indicators")
    filed_by          varchar(200) not null,
    filed_at          timestamptz  not null,
    unique (dossier_id, report_year, version),
    check (version = 1 or (correction_reason is not null and length(trim(correction_reason)) > 0))
);
