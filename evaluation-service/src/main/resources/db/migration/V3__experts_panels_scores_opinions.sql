-- The Comité's experts, their conflicts of interest, the case panels, the scores and the opinions (domain.md §4).

-- An expert; an EXPERT user is the expert whose user_id is the token's subject.
create table expert (
    id                               uuid         primary key,
    version                          bigint       not null,
    user_id                          varchar(200) not null,
    name                             varchar(300) not null,
    country                          char(2)      not null,
    domains                          jsonb        not null,
    regional_development_specialist  boolean      not null,
    public_authority_staff           boolean      not null,
    affiliations                     jsonb        not null,
    registered_at                    timestamptz  not null,
    constraint expert_user_unique unique (user_id)
);
create index expert_name on expert (lower(name), id);
create index expert_country on expert (country);

-- Declarations of interests: append-only, signed (token subject) and timestamped.
create table interest_declaration (
    id         uuid         primary key,
    expert_id  uuid         not null references expert (id),
    signed_by  varchar(200) not null,
    signed_at  timestamptz  not null,
    statement  text         not null,
    interests  jsonb        not null
);
create index interest_declaration_expert on interest_declaration (expert_id, signed_at desc);

-- Members of every cluster known to the Comité: the organisations of every case's snapshot (existing or proposed).
create table cluster_membership (
    case_id            uuid         not null references evaluation_case (id),
    enterprise_number  char(10)     not null,
    dossier_id         uuid         not null,
    organisation_name  varchar(300),
    cluster_name       varchar(300),
    primary key (case_id, enterprise_number)
);
create index cluster_membership_number on cluster_membership (enterprise_number);

-- One panel per case, created with the case; version is the ETag of its composition.
create table panel (
    case_id       uuid          primary key references evaluation_case (id),
    version       bigint        not null,
    focus_domain  varchar(300),
    cluster_name  varchar(300)
);

-- Seats on a panel; a removal is recorded, never deleted.
create table panel_member (
    id                 uuid          primary key,
    case_id            uuid          not null references panel (case_id),
    expert_id          uuid          not null references expert (id),
    appointed_at       timestamptz   not null,
    appointed_by       varchar(200)  not null,
    removed_at         timestamptz,
    removed_by         varchar(200),
    removal_code       varchar(50),
    removal_reason_fr  text,
    removal_reason_en  text
);
create unique index panel_member_one_active_seat on panel_member (case_id, expert_id) where removed_at is null;
create index panel_member_expert on panel_member (expert_id) where removed_at is null;

-- Per-dossier no-conflict declarations, signed before the expert reads the dossier.
create table no_conflict_declaration (
    id         uuid         primary key,
    case_id    uuid         not null references evaluation_case (id),
    expert_id  uuid         not null references expert (id),
    signed_by  varchar(200) not null,
    signed_at  timestamptz  not null,
    statement  text         not null,
    constraint no_conflict_declaration_once unique (case_id, expert_id)
);

-- Score sheets: a draft until submitted; voided (kept, with the reason) when the expert leaves the panel.
create table score_sheet (
    id            uuid         primary key,
    version       bigint       not null,
    case_id       uuid         not null references evaluation_case (id),
    expert_id     uuid         not null references expert (id),
    scores        jsonb        not null,
    updated_at    timestamptz  not null,
    submitted_at  timestamptz,
    voided_at     timestamptz,
    void_reason   text
);
create unique index score_sheet_one_current on score_sheet (case_id, expert_id) where voided_at is null;
create index score_sheet_case on score_sheet (case_id);

-- The Comité's opinion: one per case.
create table opinion (
    id                uuid         primary key,
    case_id           uuid         not null references evaluation_case (id),
    outcome           varchar(40)  not null,
    findings          jsonb        not null,
    conditions        jsonb        not null,
    unmet_reasons     jsonb        not null,
    policy_version    varchar(50)  not null,
    consensus_method  varchar(50)  not null,
    issued_at         timestamptz  not null,
    issued_by         varchar(200) not null,
    constraint opinion_one_per_case unique (case_id)
);

-- Cases opened before this migration: their panels and their members as known cluster members.
insert into panel (case_id, version, focus_domain, cluster_name)
select id, 0, snapshot -> 'snapshot' -> 'focus' ->> 'domain', snapshot -> 'snapshot' ->> 'name' from evaluation_case;

insert into cluster_membership (case_id, enterprise_number, dossier_id, organisation_name, cluster_name)
select distinct on (c.id, regexp_replace(m ->> 'enterpriseNumber', '[^0-9]', '', 'g'))
       c.id, regexp_replace(m ->> 'enterpriseNumber', '[^0-9]', '', 'g'), c.dossier_id, m ->> 'name', c.snapshot -> 'snapshot' ->> 'name'
from evaluation_case c, jsonb_array_elements(coalesce(c.snapshot -> 'snapshot' -> 'members', '[]'::jsonb)) m
where length(regexp_replace(coalesce(m ->> 'enterpriseNumber', ''), '[^0-9]', '', 'g')) = 10;
