-- Issue #11: each schedule line names the scheme version that priced it (the version governing its period), and a
-- line whose amount changed since the schedule's previous version shows its previous amount, the difference and why.
alter table funding_schedule_line add column scheme_version varchar(60);
update funding_schedule_line l set scheme_version = s.policy_version from funding_schedule s where s.id = l.schedule_id;
alter table funding_schedule_line alter column scheme_version set not null;
alter table funding_schedule_line add column previous_granted numeric(15,2);
alter table funding_schedule_line add column correction_reason text;
alter table funding_schedule_line add constraint funding_schedule_line_correction
    check ((previous_granted is null) = (correction_reason is null));

-- A version may also apply to the periods already running on its effective date, from a day on or after it.
alter table funding_scheme_version add column running_periods_from date;
alter table funding_scheme_version add constraint funding_scheme_version_running_periods
    check (running_periods_from is null or running_periods_from >= effective_from);
