package be.wallonie.clusters.evaluation.adapter.in.contract;

import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.ActionType;
import be.wallonie.clusters.evaluation.domain.snapshot.Animator;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.EntryVolet;
import be.wallonie.clusters.evaluation.domain.snapshot.ExpectedGain;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.Objective;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationDirection;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps the published {@link DossierSnapshotV1} (enumerated values as strings) to the engine's
 * {@link DossierSnapshot} (typed), for every inbound adapter: the Kafka consumer and the REST API.
 * Every problem is collected with its path before anything is built, so that a caller learns all
 * offending fields at once; an unknown enumerated value is an error, never silently dropped.
 *
 * <p>Optional values stay optional, as in the engine's model: a missing entry volet, focus, size
 * class, region or relation direction is {@code null} (the engine handles it). Required are what
 * the engine cannot do without: the name and scheme; each member's id, kind and role; each
 * relation's ends and kind; each action's type.
 */
public final class DossierSnapshotMapper {

    private DossierSnapshotMapper() {
    }

    /** @throws InvalidSnapshotException naming every offending field */
    public static DossierSnapshot toDomain(DossierSnapshotV1 s) {
        Violations v = new Violations();
        if (s == null) {
            v.required("snapshot");
            throw v.exception();
        }
        if (s.name() == null || s.name().isBlank()) {
            v.required("name");
        }
        Scheme scheme = v.requiredEnum(Scheme.class, s.scheme(), "scheme");
        EntryVolet volet = v.optionalEnum(EntryVolet.class, s.entryVolet(), "entryVolet");
        Focus focus = s.focus() == null ? null : new Focus(v.optionalEnum(FocusKind.class, s.focus().kind(), "focus.kind"),
                s.focus().domain(), s.focus().description());
        List<Member> members = members(s.members(), v);
        List<Relation> relations = relations(s.relations(), v);
        List<Action> actions = actions(s.actions(), v);
        if (s.privateContributionsPerYear() != null && s.privateContributionsPerYear().signum() < 0) {
            v.negative("privateContributionsPerYear");
        }
        v.throwIfAny();
        return new DossierSnapshot(s.name(), s.acronym(), scheme, volet, focus, members, relations,
                s.objectives().stream().map(o -> new Objective(o.statement(), o.endorsedBy())).toList(),
                s.expectedGains().stream()
                        .map(g -> new ExpectedGain(g.description(), g.indicator(), g.targetValue(), g.unit())).toList(),
                actions, governance(s.governance()), animator(s.animator()), s.privateContributionsPerYear());
    }

    private static List<Member> members(List<DossierSnapshotV1.Member> source, Violations v) {
        List<Member> members = new ArrayList<>(source.size());
        Map<UUID, Integer> seen = new HashMap<>(source.size() * 2);
        for (int i = 0; i < source.size(); i++) {
            DossierSnapshotV1.Member m = source.get(i);
            String at = "members[" + i + "].";
            if (m.organisationId() == null) {
                v.required(at + "organisationId");
            } else {
                Integer first = seen.putIfAbsent(m.organisationId(), i);
                if (first != null) {
                    v.add(at + "organisationId", "membre en double (déjà members[" + first + "])",
                            "duplicate member (already members[" + first + "])");
                }
            }
            OrganisationKind kind = v.requiredEnum(OrganisationKind.class, m.kind(), at + "kind");
            SizeClass size = v.optionalEnum(SizeClass.class, m.sizeClass(), at + "sizeClass");
            MemberRole role = v.requiredEnum(MemberRole.class, m.role(), at + "role");
            Region region = v.optionalEnum(Region.class, m.region(), at + "region");
            if (m.employees() != null && m.employees() < 0) {
                v.negative(at + "employees");
            }
            if (v.isEmpty()) {
                members.add(new Member(m.organisationId(), m.enterpriseNumber(), m.name(), kind, size, role, region,
                        m.country(), m.walloonEstablishment(), m.corporateGroup(), m.naceCodes(), m.employees(),
                        m.decisionCentreAbroad(), m.coOptedOn()));
            }
        }
        return members;
    }

    private static List<Relation> relations(List<DossierSnapshotV1.Relation> source, Violations v) {
        List<Relation> relations = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            DossierSnapshotV1.Relation r = source.get(i);
            String at = "relations[" + i + "].";
            if (r.fromOrganisationId() == null) {
                v.required(at + "fromOrganisationId");
            }
            if (r.toOrganisationId() == null) {
                v.required(at + "toOrganisationId");
            }
            RelationKind kind = v.requiredEnum(RelationKind.class, r.kind(), at + "kind");
            RelationDirection direction = v.optionalEnum(RelationDirection.class, r.direction(), at + "direction");
            if (v.isEmpty()) {
                relations.add(new Relation(r.fromOrganisationId(), r.toOrganisationId(), kind, direction, r.market()));
            }
        }
        return relations;
    }

    private static List<Action> actions(List<DossierSnapshotV1.Action> source, Violations v) {
        List<Action> actions = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            DossierSnapshotV1.Action a = source.get(i);
            String at = "actions[" + i + "].";
            ActionType type = v.requiredEnum(ActionType.class, a.type(), at + "type");
            if (a.budget() != null && a.budget().signum() < 0) {
                v.negative(at + "budget");
            }
            if (v.isEmpty()) {
                actions.add(new Action(a.title(), type, a.category(), a.axis(), a.orientation(), a.startDate(), a.endDate(),
                        a.recurring(), a.participants(), a.budget(), a.expectedMarketOutcome()));
            }
        }
        return actions;
    }

    private static Governance governance(DossierSnapshotV1.Governance g) {
        return g == null ? null : new Governance(g.admissionRules(), g.noPoachingRule(), g.decisionMaking(), g.ambitionStatement());
    }

    private static Animator animator(DossierSnapshotV1.Animator a) {
        return a == null ? null : new Animator(a.name(), a.fte(), a.startDate(), a.yearlyCost());
    }

    /** The problems found so far; building stops being useful after the first one, checking does not. */
    private static final class Violations {

        private static final int MAX_SHOWN = 60;

        private final List<InvalidSnapshotException.Violation> found = new ArrayList<>();

        boolean isEmpty() {
            return found.isEmpty();
        }

        void add(String field, String fr, String en) {
            found.add(new InvalidSnapshotException.Violation(field, fr, en));
        }

        void required(String field) {
            add(field, "valeur obligatoire", "a value is required");
        }

        void negative(String field) {
            add(field, "ne peut être négatif", "must not be negative");
        }

        <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
            if (value == null || value.isBlank()) {
                required(field);
                return null;
            }
            return optionalEnum(type, value, field);
        }

        <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
            add(field, "valeur inconnue « " + shown + " » ; valeurs admises : " + allowed,
                    "unknown value '" + shown + "'; expected one of " + allowed);
            return null;
        }

        InvalidSnapshotException exception() {
            return new InvalidSnapshotException(found);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw exception();
            }
        }
    }
}
