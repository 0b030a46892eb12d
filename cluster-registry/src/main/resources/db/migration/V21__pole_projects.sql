-- The projects the Region approves for a validated competitiveness pole in yearly calls (R&D, training, investment):
-- the pole's public funding is the sum over them, each never more than its budget less its private contributions.
create table pole_project (
    id                    uuid          primary key,
    dossier_id            uuid          not null references dossier (id),
    call_year             integer       not null check (call_year between 2000 and 2100),
    kind                  varchar(20)   not null check (kind in ('R_AND_D', 'TRAINING', 'INVESTMENT')),
    title                 varchar(300)  not null check (length(trim(title)) > 0),
    start_date            date          not null,
    end_date              date          not null,
    budget                numeric(15,2) not null check (budget > 0),
    private_contributions numeric(15,2) not null check (private_contributions >= 0),
    approved_by           varchar(200)  not null,
    approved_at           timestamptz   not null,
    check (end_date >= start_date),
    check (private_contributions <= budget)
);
create index pole_project_dossier on pole_project (dossier_id, approved_at);
