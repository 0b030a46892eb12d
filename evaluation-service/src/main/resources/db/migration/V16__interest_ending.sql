-- A declared interest stays until the secretariat records that it ended: append-only, dated, who and why.
create table interest_ending (
    id                 uuid         primary key,
    expert_id          uuid         not null references expert (id),
    organisation_key   varchar(420) not null,
    organisation_name  varchar(300),
    ended_on           date         not null,
    recorded_at        timestamptz  not null,
    recorded_by        varchar(200) not null,
    reason             text         not null
);
create index interest_ending_expert on interest_ending (expert_id, recorded_at);
