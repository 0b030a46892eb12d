-- Funding files are built from the registry's agrément, support and cost events (no longer opened by a
-- submission): the file keeps its inputs as a JSON document; every computed schedule version is kept.
delete from funding_file; -- files opened by the former submission stand-in carry no funding input
alter table funding_file alter column cluster_name drop not null;
alter table funding_file drop column scheme_applied_for;
alter table funding_file drop column status;
alter table funding_file add column document text not null;
alter table funding_file add column updated_at timestamptz not null;

create table funding_schedule (
    id                          uuid          primary key,
    dossier_id                  uuid          not null references funding_file (dossier_id),
    scheme                      varchar(40)   not null,
    version                     integer       not null check (version >= 1),
    policy_version              varchar(60)   not null,
    reason                      text          not null,
    computed_on                 date          not null,
    computed_at                 timestamptz   not null,
    inputs_fingerprint          char(64)      not null,
    total_eligible              numeric(15,2) not null,
    total_granted               numeric(15,2) not null,
    total_left_to_cluster       numeric(15,2) not null,
    total_private_contributions numeric(15,2) not null,
    -- position in the incremental feed: assigned under a transaction lock, so positions commit in order
    feed_position               bigint        not null unique,
    unique (dossier_id, scheme, version)
);
create sequence funding_schedule_feed_seq;

create table funding_schedule_line (
    schedule_id           uuid          not null references funding_schedule (id),
    line_no               integer       not null,
    budget_year           integer       not null,
    period                integer       not null,
    agrement_year         integer       not null,
    date_from             date          not null,
    date_to               date          not null,
    days_covered          integer       not null,
    days_in_year          integer       not null,
    eligible_costs        numeric(15,2) not null,
    rate                  numeric       not null,
    cap_applied           numeric(15,2) not null,
    private_contributions numeric(15,2) not null,
    granted               numeric(15,2) not null,
    left_to_cluster       numeric(15,2) not null,
    explanation_fr        text          not null,
    explanation_en        text          not null,
    primary key (schedule_id, line_no)
);
create index funding_schedule_line_year on funding_schedule_line (budget_year);
