-- Membership over time (issue #14 item 4): a validated cluster's ledger of joins, leaves and corrections, append-only,
-- and the periods of membership it makes (a projection rewritten with each entry, in the same transaction), which the
-- public register, the follow-up figures and "members on a day" read.
create table membership_entry (
    id                uuid         primary key,
    dossier_id        uuid         not null references dossier (id),
    sequence          integer      not null check (sequence >= 1),
    kind              varchar(12)  not null check (kind in ('JOIN', 'LEAVE', 'CORRECTION')),
    organisation_id   uuid         not null references organisation (id),
    role              varchar(20)  check (role in ('CORE_GROUP', 'MEMBER', 'SUPPORT')),
    day               date,
    listed            boolean,
    note              text,
    corrects_entry_id uuid         references membership_entry (id),
    voids             boolean      not null default false,
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz  not null,
    unique (dossier_id, sequence),
    check (kind <> 'JOIN' or (role is not null and day is not null and listed is not null)),
    check (kind <> 'LEAVE' or day is not null),
    check (kind <> 'CORRECTION' or (corrects_entry_id is not null and note is not null))
);

create function membership_entry_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'membership entries are never changed: record a correction (dossier %, entry %)', old.dossier_id, old.sequence;
end
$$;
create trigger membership_entry_immutable before update or delete on membership_entry
    for each row execute function membership_entry_is_immutable();

create table membership_period (
    dossier_id      uuid        not null references dossier (id),
    join_entry_id   uuid        not null references membership_entry (id),
    organisation_id uuid        not null references organisation (id),
    role            varchar(20) not null,
    joined_on       date        not null,
    left_on         date,
    listed          boolean     not null,
    primary key (dossier_id, join_entry_id),
    check (left_on is null or left_on > joined_on)
);
create index membership_period_organisation on membership_period (organisation_id);

-- Clusters validated before the ledger existed: the members of the snapshot their first agrément was granted on,
-- joined on its first day, recorded by the system (not listed publicly: privacy by default).
insert into membership_entry (id, dossier_id, sequence, kind, organisation_id, role, day, listed, recorded_by, recorded_at)
select gen_random_uuid(), a.dossier_id, m.ordinality::integer, 'JOIN', (m.member ->> 'organisationId')::uuid,
       m.member ->> 'role', a.start_date, false, 'system', a.granted_at
  from agrement a
  join dossier_decision dd on dd.id = a.decision_id
  join dossier_snapshot s on s.dossier_id = a.dossier_id and s.snapshot_version = dd.snapshot_version
  cross join lateral jsonb_array_elements(s.snapshot -> 'content' -> 'members') with ordinality as m (member, ordinality)
 where a.period_number = 1
   and exists (select 1 from organisation o where o.id = (m.member ->> 'organisationId')::uuid);

insert into membership_period (dossier_id, join_entry_id, organisation_id, role, joined_on, left_on, listed)
select dossier_id, id, organisation_id, role, day, null, false from membership_entry;
