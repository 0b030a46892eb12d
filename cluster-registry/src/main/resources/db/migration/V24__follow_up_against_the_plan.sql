-- Follow-up against the plan the Comité judged (issue #14): each report's account of the plan (actions, expected
-- gains, conditions of the opinion, with the plan's titles echoed) as a JSON document, and its figures as columns so
-- the Cellule's overview filters and pages in SQL. Reports filed before keep nulls ("not stated").
alter table follow_up_report
    add column plan_report       text, -- JSON object: {"actions": [...], "gains": [...], "conditions": [...]}
    add column actions_planned   integer check (actions_planned >= 0),
    add column carried_out       integer check (carried_out >= 0),
    add column ongoing           integer check (ongoing >= 0),
    add column postponed         integer check (postponed >= 0),
    add column dropped           integer check (dropped >= 0),
    add column budget_planned    numeric(15,2) check (budget_planned >= 0),
    add column budget_spent      numeric(15,2) check (budget_spent >= 0),
    add column gains_targeted    integer check (gains_targeted >= 0),
    add column gains_achieved    integer check (gains_achieved >= 0),
    add column conditions_total  integer check (conditions_total >= 0),
    add column conditions_met    integer check (conditions_met >= 0),
    add check ((plan_report is null) = (actions_planned is null));

