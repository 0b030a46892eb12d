-- A preparation support ends at the latest when the agrément starts or the dossier is rejected or withdrawn (issue #11):
-- the last day funded, why, by whom and when, recorded with the decision or the withdrawal. end_date stays the granted end.
alter table preparation_support
    add column ended_last_day date,
    add column end_reason     varchar(30),
    add column ended_by       varchar(200),
    add column ended_at       timestamptz,
    add constraint preparation_support_ending check (
        (ended_last_day is null and end_reason is null and ended_by is null and ended_at is null)
        or (ended_last_day is not null and end_reason in ('AGREMENT_STARTED', 'DOSSIER_REJECTED', 'DOSSIER_WITHDRAWN')
            and ended_by is not null and ended_at is not null and ended_last_day >= start_date - 1 and ended_last_day < end_date));

-- An applicant employing a dossier's animateur acts for the dossier: find its dossiers by employer.
create index dossier_animator_post_employer on dossier_animator_post (employer_organisation_id);
