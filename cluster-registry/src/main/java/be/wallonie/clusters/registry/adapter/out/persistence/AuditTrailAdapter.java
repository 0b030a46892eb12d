package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.in.AuditEntry;
import be.wallonie.clusters.registry.application.port.out.LoadAuditTrailPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The audit trail read from the records every change already writes — status transitions, content edits, frozen
 * snapshots, decisions, agréments, the animateur post, the funded beneficiary, approved pole projects, follow-up
 * reports, session assignments, membership entries, the Cellule's avis and their freeze — in one query, oldest
 * first.
 */
@ApplicationScoped
class AuditTrailAdapter implements LoadAuditTrailPort {

    private final EntityManager em;

    AuditTrailAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntry> auditTrail(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select changed_at, changed_by, 'STATUS_CHANGED', from_status || ' → ' || to_status, reason
                  from dossier_status_change where dossier_id = ?1
                union all
                select decided_at, decided_by, 'DECIDED', outcome || ' (avis ' || opinion || ')', justification
                  from dossier_decision where dossier_id = ?1
                union all
                select granted_at, granted_by, 'AGREMENT_GRANTED',
                       'période ' || period_number || ' : ' || start_date || ' – ' || end_date, null
                  from agrement where dossier_id = ?1
                union all
                select status_changed_at, status_changed_by, 'AGREMENT_' || status, 'période ' || period_number, null
                  from agrement where dossier_id = ?1 and status_changed_at is not null
                union all
                select updated_at, updated_by, 'ANIMATOR_POST_STATED',
                       fte || ' ETP dès le ' || start_date || ', coût annuel ' || yearly_cost || ' €', null
                  from dossier_animator_post where dossier_id = ?1
                union all
                select updated_at, updated_by, 'FUNDED_BENEFICIARY_STATED',
                       'organisation ' || organisation_id
                       || coalesce(', coûts éligibles annuels ' || yearly_eligible_costs || ' €', ''), null
                  from dossier_funded_beneficiary where dossier_id = ?1
                union all
                select approved_at, approved_by, 'POLE_PROJECT_APPROVED',
                       kind || ' « ' || title || ' » (appel ' || call_year || ') ' || start_date || ' – ' || end_date
                       || ', budget ' || budget || ' €, contributions privées ' || private_contributions || ' €', null
                  from pole_project where dossier_id = ?1
                union all
                select granted_at, granted_by, 'PREPARATION_SUPPORT_GRANTED', start_date || ' – ' || end_date, null
                  from preparation_support where dossier_id = ?1
                union all
                select ended_at, ended_by, 'PREPARATION_SUPPORT_ENDED', 'dernier jour ' || ended_last_day, end_reason
                  from preparation_support where dossier_id = ?1 and ended_at is not null
                union all
                select declared_at, declared_by, 'ANIMATOR_COSTS_DECLARED',
                       budget_year || ' : ' || eligible_costs || ' €', reason
                  from animator_cost_declaration where dossier_id = ?1
                union all
                select changed_at, changed_by, 'CONTENT_CHANGED', sections, null
                  from dossier_content_change where dossier_id = ?1
                union all
                select submitted_at, submitted_by, 'SNAPSHOT_FROZEN', 'version ' || snapshot_version, null
                  from dossier_snapshot where dossier_id = ?1
                union all
                select filed_at, filed_by, case when version = 1 then 'FOLLOW_UP_REPORT_FILED' else 'FOLLOW_UP_REPORT_CORRECTED' end,
                       report_year || ' (version ' || version || ')', correction_reason
                  from follow_up_report where dossier_id = ?1
                union all
                select assigned_at, assigned_by, 'SESSION_ASSIGNED', s.session_date || ' (concours ' || s.call_id || ')', null
                  from session_dossier sd join selection_session s on s.id = sd.session_id where sd.dossier_id = ?1
                union all
                select written_at, written_by, case when version = 1 then 'CELLULE_AVIS_WRITTEN' else 'CELLULE_AVIS_REVISED' end,
                       'instantané ' || snapshot_version || ', version ' || version || ' : ' || recommendation, null
                  from cellule_avis where dossier_id = ?1
                union all
                select composed_at, 'evaluation-service', 'CELLULE_AVIS_FROZEN', 'instantané ' || snapshot_version || ', '
                       || coalesce('version ' || cellule_avis_version || ' lue par le panel', 'aucun avis reçu par le panel'), null
                  from cellule_avis_freeze where dossier_id = ?1
                union all
                select set_at, set_by, case when flagship then 'FLAGSHIP_LABELLED' else 'FLAGSHIP_WITHDRAWN' end, null, null
                  from dossier_label where dossier_id = ?1
                union all
                select recorded_at, recorded_by, 'MEMBERSHIP_' || kind,
                       'organisation ' || organisation_id || coalesce(' (' || role || ')', '') || coalesce(' le ' || day, '')
                       || coalesce(', corrige l''entrée ' || corrects_entry_id, '') || case when voids then ', annulée' else '' end
                       || coalesce(case when listed then ', accord de publication' end, ''), note
                  from membership_entry where dossier_id = ?1
                order by 1, 3""").setParameter(1, dossier.value()).getResultList();
        return rows.stream().map(r -> new AuditEntry(instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }
}
