package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a dossier states (III.2 Volet 2): members and their roles, the relations between them, objectives and the
 * vision, quantified expected gains, the action plan, governance rules and the members' private contributions.
 * Checked as a whole on construction: every broken rule is reported at once, with its path
 * ({@link InvalidDossierContentException}). Whether the content is complete enough to submit is another question,
 * answered by {@link DossierCompleteness}.
 *
 * @param privateContributionsPerYear euros per year the members bring; null when not stated
 */
public record DossierContent(
        List<Member> members,
        List<Relation> relations,
        List<Objective> objectives,
        String vision,
        List<ExpectedGain> expectedGains,
        List<Action> actions,
        Governance governance,
        BigDecimal privateContributionsPerYear) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_TITLE = 300;
    /** Bounds the size of one dossier (a large pole has a few hundred members). */
    public static final int MAX_ITEMS = 5000;

    public static final int MAX_EMAIL = 254;
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    public static final DossierContent EMPTY = new DossierContent(List.of(), List.of(), List.of(), null, List.of(), List.of(),
            null, null);

    public DossierContent {
        members = Texts.copy(members);
        relations = Texts.copy(relations);
        objectives = Texts.copy(objectives);
        vision = Texts.strip(vision);
        expectedGains = Texts.copy(expectedGains);
        actions = Texts.copy(actions);
        List<ContentViolation> found = violations(members, relations, objectives, vision, expectedGains, actions, governance,
                privateContributionsPerYear);
        if (!found.isEmpty()) {
            throw new InvalidDossierContentException(found);
        }
    }

    /** The content of a draft an applicant opens: its own organisation as the first core-group member. */
    public static DossierContent foundedBy(UUID organisationId) {
        return new DossierContent(List.of(new Member(organisationId, MemberRole.CORE_GROUP, null, false)), List.of(), List.of(),
                null, List.of(), List.of(), null, null);
    }

    /** Whether the organisation is a core-group member. */
    public boolean hasCoreGroupMember(UUID organisationId) {
        return members.stream().anyMatch(m -> m.role() == MemberRole.CORE_GROUP && m.organisationId().equals(organisationId));
    }

    /** The core group's (noyau dur) organisations, in order. */
    public List<UUID> coreGroupIds() {
        return members.stream().filter(m -> m.role() == MemberRole.CORE_GROUP).map(Member::organisationId).toList();
    }

    /** The member organisations, in order. */
    public List<UUID> memberIds() {
        return members.stream().map(Member::organisationId).toList();
    }

    /** The sections that differ from {@code other}, by their field names. */
    public List<String> sectionsChangedFrom(DossierContent other) {
        List<String> changed = new ArrayList<>();
        if (!members.equals(other.members)) {
            changed.add("members");
        }
        if (!relations.equals(other.relations)) {
            changed.add("relations");
        }
        if (!objectives.equals(other.objectives) || !Objects.equals(vision, other.vision)) {
            changed.add("objectives");
        }
        if (!expectedGains.equals(other.expectedGains)) {
            changed.add("expectedGains");
        }
        if (!actions.equals(other.actions)) {
            changed.add("actions");
        }
        if (!Objects.equals(governance, other.governance)) {
            changed.add("governance");
        }
        if (!sameAmount(privateContributionsPerYear, other.privateContributionsPerYear)) {
            changed.add("privateContributionsPerYear");
        }
        return changed;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<ContentViolation> violations(List<Member> members, List<Relation> relations, List<Objective> objectives,
            String vision, List<ExpectedGain> gains, List<Action> actions, Governance governance, BigDecimal contributions) {
        Checks c = new Checks();
        c.count("members", members);
        c.count("relations", relations);
        c.count("objectives", objectives);
        c.count("expectedGains", gains);
        c.count("actions", actions);
        Map<UUID, Integer> memberIndex = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String at = "members[" + i + "].";
            if (m.organisationId() == null) {
                c.add(at + "organisationId", ContentViolation.Code.REQUIRED);
            } else if (memberIndex.putIfAbsent(m.organisationId(), i) != null) {
                c.add(at + "organisationId", ContentViolation.Code.DUPLICATE_MEMBER);
            }
            if (m.role() == null) {
                c.add(at + "role", ContentViolation.Code.REQUIRED);
            }
            if (m.coOptation() != null) {
                if (m.role() != null && m.role() != MemberRole.CORE_GROUP) {
                    c.add(at + "coOptation", ContentViolation.Code.CO_OPTATION_ONLY_FOR_CORE_GROUP);
                }
                if (m.coOptation().on() == null) {
                    c.add(at + "coOptation.on", ContentViolation.Code.REQUIRED);
                }
                c.text(at + "coOptation.by", m.coOptation().by(), true, MAX_TITLE);
            }
        }
        Set<UUID> memberIds = new HashSet<>(memberIndex.keySet());
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            String at = "relations[" + i + "].";
            c.member(at + "fromOrganisationId", r.fromOrganisationId(), memberIds);
            c.member(at + "toOrganisationId", r.toOrganisationId(), memberIds);
            if (r.fromOrganisationId() != null && r.fromOrganisationId().equals(r.toOrganisationId())) {
                c.add(at + "toOrganisationId", ContentViolation.Code.SAME_MEMBER);
            }
            if (r.kind() == null) {
                c.add(at + "kind", ContentViolation.Code.REQUIRED);
            }
            c.text(at + "description", r.description(), false, MAX_TEXT);
        }
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            String at = "objectives[" + i + "].";
            c.text(at + "statement", o.statement(), true, MAX_TEXT);
            for (int j = 0; j < o.endorsedBy().size(); j++) {
                c.member(at + "endorsedBy[" + j + "]", o.endorsedBy().get(j), memberIds);
            }
        }
        c.text("vision", vision, false, MAX_TEXT);
        for (int i = 0; i < gains.size(); i++) {
            ExpectedGain g = gains.get(i);
            String at = "expectedGains[" + i + "].";
            c.text(at + "description", g.description(), true, MAX_TEXT);
            c.text(at + "indicator", g.indicator(), true, MAX_TITLE);
            if (g.targetValue() == null) {
                c.add(at + "targetValue", ContentViolation.Code.REQUIRED);
            }
            c.text(at + "unit", g.unit(), true, 50);
        }
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            String at = "actions[" + i + "].";
            c.text(at + "title", a.title(), true, MAX_TITLE);
            c.required(at + "type", a.type());
            c.required(at + "category", a.category());
            c.required(at + "axis", a.axis());
            c.required(at + "startDate", a.startDate());
            c.required(at + "endDate", a.endDate());
            if (a.startDate() != null && a.endDate() != null && a.endDate().isBefore(a.startDate())) {
                c.add(at + "endDate", ContentViolation.Code.END_BEFORE_START);
            }
            for (int j = 0; j < a.participants().size(); j++) {
                c.member(at + "participants[" + j + "]", a.participants().get(j), memberIds);
            }
            c.money(at + "budget", a.budget());
            c.text(at + "expectedMarketOutcome", a.expectedMarketOutcome(), false, MAX_TEXT);
        }
        if (governance != null) {
            c.text("governance.admissionRules", governance.admissionRules(), false, MAX_TEXT);
            c.text("governance.noPoachingRule", governance.noPoachingRule(), false, MAX_TEXT);
            c.text("governance.decisionMaking", governance.decisionMaking(), false, MAX_TEXT);
            if (governance.website() != null && governance.website().length() > MAX_TITLE) {
                c.add("governance.website", ContentViolation.Code.TOO_LONG);
            } else if (governance.website() != null && !WEBSITE.matcher(governance.website()).matches()) {
                c.add("governance.website", ContentViolation.Code.INVALID_WEBSITE);
            }
            if (governance.contactEmail() != null && (governance.contactEmail().length() > MAX_EMAIL
                    || !EMAIL.matcher(governance.contactEmail()).matches())) {
                c.add("governance.contactEmail", ContentViolation.Code.INVALID_EMAIL);
            }
        }
        c.money("privateContributionsPerYear", contributions);
        return c.found;
    }

    /** Collects violations; never stops at the first. */
    private static final class Checks {

        final List<ContentViolation> found = new ArrayList<>();

        void add(String field, ContentViolation.Code code) {
            found.add(new ContentViolation(field, code));
        }

        void count(String field, List<?> items) {
            if (items.size() > MAX_ITEMS) {
                add(field, ContentViolation.Code.TOO_MANY);
            }
        }

        void required(String field, Object value) {
            if (value == null) {
                add(field, ContentViolation.Code.REQUIRED);
            }
        }

        void text(String field, String value, boolean required, int max) {
            if (value == null) {
                if (required) {
                    add(field, ContentViolation.Code.REQUIRED);
                }
            } else if (value.length() > max) {
                add(field, ContentViolation.Code.TOO_LONG);
            }
        }

        void member(String field, UUID id, Set<UUID> members) {
            if (id == null) {
                add(field, ContentViolation.Code.REQUIRED);
            } else if (!members.contains(id)) {
                add(field, ContentViolation.Code.NOT_A_MEMBER);
            }
        }

        void money(String field, BigDecimal amount) {
            if (amount == null) {
                return;
            }
            if (amount.signum() < 0) {
                add(field, ContentViolation.Code.NEGATIVE);
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                add(field, ContentViolation.Code.MONEY_SCALE);
            }
        }
    }
}
