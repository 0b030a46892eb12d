-- Payments the Region makes against a line of a cluster's schedule (issue #14 §9). A line is (period, agrément year,
-- budget year) of one scheme's schedule; schedule_id / schedule_version name the version the payment was recorded
-- against. A negative amount is a reversal or a recovery. Insert-only: a correction is another payment.
create table funding_payment (
    id               uuid          primary key,
    dossier_id       uuid          not null references funding_file (dossier_id),
    scheme           varchar(40)   not null,
    period           integer       not null check (period >= 1),
    agrement_year    integer       not null check (agrement_year >= 1),
    budget_year      integer       not null check (budget_year between 1990 and 2200),
    amount           numeric(15,2) not null check (amount <> 0),
    paid_on          date          not null,
    reference        varchar(100)  not null check (length(btrim(reference)) > 0),
    schedule_id      uuid          not null references funding_schedule (id),
    schedule_version integer       not null check (schedule_version >= 1),
    recorded_by      varchar(200)  not null,
    recorded_at      timestamptz   not null,
    -- the order payments were recorded in (lists, and the ledger's sums)
    seq              bigint        generated always as identity unique,
    -- the Region's reference names one payment per funding file: a replay finds it
    unique (dossier_id, reference)
);
create index funding_payment_dossier on funding_payment (dossier_id, seq);

create function funding_payment_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'funding_payment is insert-only: record a reversal instead of changing payment %', old.reference
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger funding_payment_insert_only
    before update or delete on funding_payment
    for each row execute function funding_payment_insert_only();
