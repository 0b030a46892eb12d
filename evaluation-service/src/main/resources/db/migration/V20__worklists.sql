-- Worklists (#14 item 10): what the secretariat and each expert have to do, paginated and filtered in one query per page.
-- The case keeps what the DossierSubmitted event said of the submission, as columns to filter and sort on: the call and the
-- selection session the registry scheduled it to (when it knows them), the scheme and when the applicant submitted.
alter table evaluation_case add column call_id uuid;
alter table evaluation_case add column session_id uuid;
alter table evaluation_case add column scheme varchar(40);
alter table evaluation_case add column submitted_at timestamptz;

-- Cases opened before this migration: from the DossierSubmitted data kept verbatim with each case.
update evaluation_case set
    call_id      = case when snapshot ->> 'callId' ~* '^[0-9a-f-]{36}$' then (snapshot ->> 'callId')::uuid end,
    session_id   = case when snapshot ->> 'sessionId' ~* '^[0-9a-f-]{36}$' then (snapshot ->> 'sessionId')::uuid end,
    scheme       = snapshot -> 'snapshot' ->> 'scheme',
    submitted_at = coalesce((snapshot ->> 'submittedAt')::timestamptz, opened_at);
alter table evaluation_case alter column submitted_at set not null;

-- The secretariat's worklist: live rounds, oldest submission first, filtered by call, session or scheme.
create index evaluation_case_open_by_submission on evaluation_case (submitted_at, id) where status = 'OPEN';
create index evaluation_case_call on evaluation_case (call_id) where call_id is not null;
create index evaluation_case_session on evaluation_case (session_id) where session_id is not null;

-- An expert's assignments: every seat they held, removed ones included (voided sheets), newest first.
create index panel_member_expert_history on panel_member (expert_id, appointed_at desc, id);
