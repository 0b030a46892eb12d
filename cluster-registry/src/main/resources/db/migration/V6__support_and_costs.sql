-- Preparation support of clusters in validation phase, and the yearly animateur costs clusters declare.
create table preparation_support (
    id          uuid         primary key,
    dossier_id  uuid         not null unique references dossier (id),
    start_date  date         not null,
    end_date    date         not null,
    granted_by  varchar(200) not null,
    granted_at  timestamptz  not null,
    check (end_date >= start_date)
);

create table animator_cost_declaration (
    id                    uuid          primary key,
    dossier_id            uuid          not null references dossier (id),
    budget_year           integer       not null check (budget_year between 1990 and 2200),
    eligible_costs        numeric(15,2) not null check (eligible_costs >= 0),
    private_contributions numeric(15,2) not null check (private_contributions >= 0),
    reason                text,
    declared_by           varchar(200)  not null,
    declared_at           timestamptz   not null
);
create index animator_cost_declaration_year on animator_cost_declaration (dossier_id, budget_year, declared_at);

create table dossier_label (
    dossier_id uuid         primary key references dossier (id),
    flagship   boolean      not null,
    set_by     varchar(200) not null,
    set_at     timestamptz  not null
);
