package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.foundation.time.ClockProducer;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ActCriteria;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ActPage;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ProjectCriteria;
import be.wallonie.clusters.registry.application.port.out.AccompanimentRecordsPort;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import be.wallonie.clusters.registry.domain.accompaniment.ActKind;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Accompanied projects and accompaniment acts in plain SQL in the caller's transaction. Organisation ids are a jsonb
 * array (GIN index for the organisation filter); the text filters compare lower-cased, accent-free copies of the
 * name and the notes written beside them, so "reunion" finds "Réunion" without a database extension.
 */
@ApplicationScoped
class AccompanimentRecordsAdapter implements AccompanimentRecordsPort {

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final String PROJECT_COLUMNS = """
            select id, name, organisation_ids, officer, first_contact_on, status, abandon_reason, dossier_id, version, changed_by,
                   changed_at from accompanied_project p
            """;
    private static final String ACT_COLUMNS = """
            select id, version, project_id, dossier_id, kind, act_date, officer, organisation_ids, notes, minutes_spent,
                   correction_reason, cancellation_reason, recorded_by, recorded_at from accompaniment_act a
            """;

    private final EntityManager em;
    private final ObjectMapper json;

    AccompanimentRecordsAdapter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Lower case without diacritics: the form the text filters compare. */
    static String folded(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String like(String text) {
        return "%" + folded(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public void insertProject(AccompaniedProject p) {
        em.createNativeQuery("""
                insert into accompanied_project (id, name, organisation_ids, officer, first_contact_on, status, abandon_reason,
                    dossier_id, version, name_search, created_by, created_at, changed_by, changed_at)
                values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6, cast(?7 as text), cast(?8 as uuid), ?9, ?10, ?11, ?12, ?11, ?12)""")
                .setParameter(1, p.id()).setParameter(2, p.name()).setParameter(3, write(p.organisationIds()))
                .setParameter(4, p.officer()).setParameter(5, Date.valueOf(p.firstContactOn())).setParameter(6, p.status().name())
                .setParameter(7, p.abandonReason()).setParameter(8, p.dossierId() == null ? null : p.dossierId().toString())
                .setParameter(9, p.version()).setParameter(10, folded(p.name())).setParameter(11, p.changedBy())
                .setParameter(12, Timestamp.from(p.changedAt())).executeUpdate();
    }

    @Override
    public void updateProject(AccompaniedProject p) {
        em.createNativeQuery("""
                update accompanied_project set name = ?2, organisation_ids = cast(?3 as jsonb), officer = ?4, first_contact_on = ?5,
                    status = ?6, abandon_reason = cast(?7 as text), dossier_id = cast(?8 as uuid), version = ?9, name_search = ?10,
                    changed_by = ?11, changed_at = ?12
                where id = ?1""")
                .setParameter(1, p.id()).setParameter(2, p.name()).setParameter(3, write(p.organisationIds()))
                .setParameter(4, p.officer()).setParameter(5, Date.valueOf(p.firstContactOn())).setParameter(6, p.status().name())
                .setParameter(7, p.abandonReason()).setParameter(8, p.dossierId() == null ? null : p.dossierId().toString())
                .setParameter(9, p.version()).setParameter(10, folded(p.name())).setParameter(11, p.changedBy())
                .setParameter(12, Timestamp.from(p.changedAt())).executeUpdate();
    }

    @Override
    public Optional<AccompaniedProject> project(UUID projectId) {
        return firstProject(PROJECT_COLUMNS + "where id = ?1", projectId);
    }

    @Override
    public Optional<AccompaniedProject> projectForUpdate(UUID projectId) {
        return firstProject(PROJECT_COLUMNS + "where id = ?1 for update", projectId);
    }

    @SuppressWarnings("unchecked")
    private Optional<AccompaniedProject> firstProject(String sql, UUID id) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(this::project);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<UUID> projectLinkedTo(UUID dossierId, UUID except) {
        List<Object> rows = em.createNativeQuery("select id from accompanied_project where dossier_id = ?1 and id <> ?2")
                .setParameter(1, dossierId).setParameter(2, except).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    @Override
    public void lockDossierLink(UUID dossierId) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "accompanied-project-link:" + dossierId).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AccompaniedProject> searchProjects(ProjectCriteria c) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery(PROJECT_COLUMNS + projectFilter(c, params) + " order by first_contact_on desc, id limit :limit "
                + "offset :offset");
        params.forEach(q::setParameter);
        List<Object[]> rows = q.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size()).getResultList();
        return rows.stream().map(this::project).toList();
    }

    @Override
    public long countProjects(ProjectCriteria c) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select count(*) from accompanied_project p" + projectFilter(c, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String projectFilter(ProjectCriteria c, Map<String, Object> params) {
        return new Where(params)
                .when(c.status(), "status = :status", "status", c.status() == null ? null : c.status().name())
                .officerAndOrganisation(c.officer(), c.organisationId())
                .when(c.text(), "name_search like :text escape '\\'", "text", c.text() == null ? null : like(c.text()))
                .sql();
    }

    /** The conditions of a search with their parameters; a criterion left out (null) adds nothing. */
    private static final class Where {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params;

        Where(Map<String, Object> params, String... always) {
            this.params = params;
            clauses.addAll(List.of(always));
        }

        Where when(Object criterion, String clause, String parameter, Object value) {
            if (criterion != null) {
                clauses.add(clause);
                params.put(parameter, value);
            }
            return this;
        }

        /** The two criteria projects and acts share: the officer in charge, an organisation involved. */
        Where officerAndOrganisation(String officer, UUID organisationId) {
            return when(officer, "officer = :officer", "officer", officer)
                    .when(organisationId, "organisation_ids @> cast(:organisation as jsonb)", "organisation",
                            "[\"" + organisationId + "\"]");
        }

        String sql() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }

    @Override
    public int[] actFigures(UUID projectId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(minutes_spent), 0) from accompaniment_act
                where current and cancellation_reason is null and project_id = ?1""").setParameter(1, projectId).getSingleResult();
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<LocalDate> firstSubmissionDay(UUID dossierId) {
        List<Object> rows = em.createNativeQuery("select min(submitted_at) from dossier_snapshot where dossier_id = ?1")
                .setParameter(1, dossierId).getResultList();
        return rows.stream().filter(r -> r != null).findFirst().map(r -> instant(r).atZone(ClockProducer.BRUSSELS).toLocalDate());
    }

    @Override
    public void saveAct(AccompanimentAct a) {
        em.createNativeQuery("update accompaniment_act set current = false where id = ?1 and current").setParameter(1, a.id())
                .executeUpdate();
        em.createNativeQuery("""
                insert into accompaniment_act (id, version, current, project_id, dossier_id, kind, act_date, officer, organisation_ids,
                    notes, notes_search, minutes_spent, correction_reason, cancellation_reason, recorded_by, recorded_at)
                values (?1, ?2, true, cast(?3 as uuid), cast(?4 as uuid), ?5, ?6, ?7, cast(?8 as jsonb), cast(?9 as text),
                    cast(?10 as text), ?11, cast(?12 as text), cast(?13 as text), ?14, ?15)""")
                .setParameter(1, a.id()).setParameter(2, a.version())
                .setParameter(3, a.projectId() == null ? null : a.projectId().toString())
                .setParameter(4, a.dossierId() == null ? null : a.dossierId().toString()).setParameter(5, a.kind().name())
                .setParameter(6, Date.valueOf(a.date())).setParameter(7, a.officer()).setParameter(8, write(a.organisationIds()))
                .setParameter(9, a.notes()).setParameter(10, folded(a.notes())).setParameter(11, a.minutesSpent())
                .setParameter(12, a.correctionReason()).setParameter(13, a.cancellationReason()).setParameter(14, a.recordedBy())
                .setParameter(15, Timestamp.from(a.recordedAt())).executeUpdate();
    }

    @Override
    public Optional<AccompanimentAct> currentActForUpdate(UUID actId) {
        return acts(ACT_COLUMNS + "where id = ?1 and current for update", actId).stream().findFirst();
    }

    @Override
    public Optional<AccompanimentAct> currentAct(UUID actId) {
        return acts(ACT_COLUMNS + "where id = ?1 and current", actId).stream().findFirst();
    }

    @Override
    public List<AccompanimentAct> actVersions(UUID actId) {
        return acts(ACT_COLUMNS + "where id = ?1 order by version", actId);
    }

    @SuppressWarnings("unchecked")
    private List<AccompanimentAct> acts(String sql, UUID id) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(this::act).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ActPage searchActs(ActCriteria c) {
        Map<String, Object> params = new HashMap<>();
        String filter = new Where(params, c.includeCancelled() ? new String[] {"current"} : new String[] {"current", "cancellation_reason is null"})
                .when(c.projectId(), "project_id = :project", "project", c.projectId())
                .when(c.dossierId(), "dossier_id = :dossier", "dossier", c.dossierId())
                .when(c.kind(), "kind = :kind", "kind", c.kind() == null ? null : c.kind().name())
                .officerAndOrganisation(c.officer(), c.organisationId())
                .when(c.from(), "act_date >= :from", "from", c.from() == null ? null : Date.valueOf(c.from()))
                .when(c.to(), "act_date <= :to", "to", c.to() == null ? null : Date.valueOf(c.to()))
                .when(c.text(), "notes_search like :text escape '\\'", "text", c.text() == null ? null : like(c.text()))
                .sql();
        Query count = em.createNativeQuery("select count(*) from accompaniment_act a" + filter);
        Query page = em.createNativeQuery(ACT_COLUMNS + filter + " order by act_date desc, id limit :limit offset :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<Object[]> rows = page.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size()).getResultList();
        return new ActPage(rows.stream().map(this::act).toList(), c.page(), c.size(), ((Number) count.getSingleResult()).longValue());
    }

    private AccompaniedProject project(Object[] r) {
        return new AccompaniedProject((UUID) r[0], (String) r[1], read((String) r[2]), (String) r[3], date(r[4]),
                ProjectStatus.valueOf((String) r[5]), (String) r[6], (UUID) r[7], ((Number) r[8]).intValue(), (String) r[9],
                instant(r[10]));
    }

    private AccompanimentAct act(Object[] r) {
        return new AccompanimentAct((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], (UUID) r[3], ActKind.valueOf((String) r[4]),
                date(r[5]), (String) r[6], read((String) r[7]), (String) r[8], ((Number) r[9]).intValue(), (String) r[10],
                (String) r[11], (String) r[12], instant(r[13]));
    }

    private String write(List<UUID> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> read(String text) {
        try {
            return json.readValue(text, IDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
