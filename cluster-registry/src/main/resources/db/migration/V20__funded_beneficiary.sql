-- Who receives a technology grape's or a competitiveness pole's funding (a member organisation; these schemes need no
-- animateur post), and a grape's yearly eligible costs. Stated while the dossier is editable; frozen into each
-- submitted snapshot (the snapshot document's fundedBeneficiary), which the decision reads.
create table dossier_funded_beneficiary (
    dossier_id            uuid          primary key references dossier (id),
    organisation_id       uuid          not null references organisation (id),
    yearly_eligible_costs numeric(15,2) check (yearly_eligible_costs > 0),
    updated_by            varchar(200)  not null,
    updated_at            timestamptz   not null
);
