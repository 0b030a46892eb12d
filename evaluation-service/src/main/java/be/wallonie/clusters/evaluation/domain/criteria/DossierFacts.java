package be.wallonie.clusters.evaluation.domain.criteria;

import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.ExpectedGain;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.Objective;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationDirection;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Policy-independent facts about a dossier, computed in one linear pass over members, relations,
 * objectives and actions (the engine must handle 2 000 members and 20 000 relations in
 * milliseconds). Every policy reads these instead of re-scanning the dossier.
 *
 * <p>Independence (I.1.2 §2 « les parties impliquées gardent leur indépendance »): members of one
 * corporate group form one actor. They are counted once for critical mass, and a relation between
 * two of them (or a member with itself) is an intra-group tie that does not count as an
 * interrelation. A relation naming a non-member is ignored.
 */
public final class DossierFacts {

    private final DossierSnapshot dossier;
    private final Map<UUID, Integer> indexById;

    private final int memberCount;
    private final int enterpriseCount;
    private final int coreGroupSize;
    private final int coreGroupEnterpriseCount;
    private final int independentEnterpriseCount;
    private final int smeCount;
    private final int largeEnterpriseCount;
    private final int enterprisesWithKnownSize;
    private final long employees;
    private final int enterprisesWithKnownEmployees;
    private final int naceDivisionCount;
    private final Set<NaceSection> naceSections;
    private final int walloonMemberCount;
    private final int walloonCoreGroupCount;
    private final int foreignMemberCount;

    private final int countedRelationCount;
    private final int ignoredNonMemberRelationCount;
    private final int ignoredIntraGroupRelationCount;
    private final int[] relationsByKind = new int[RelationKind.values().length];
    private final int verticalRelationCount;
    private final int horizontalRelationCount;
    private final int marketRelationCount;
    private final int nonMarketRelationCount;
    private final int linkedEnterpriseCount;
    private final int largestComponentSize;

    private final int membersEndorsingCount;
    private final int coreGroupMembersEndorsingCount;
    private final int[] coreGroupEndorsementsPerObjective;

    private final int targetedActionCount;
    private final int genericActionCount;
    private final int targetedActionsWithMarketOutcomeCount;
    private final int actionsWithMarketOutcomeCount;
    private final int recurringActionCount;
    private final LocalDate earliestActionStart;
    private final LocalDate latestActionEnd;
    private final boolean[] takesPartInAction;
    private final int enterprisesWithoutActionCount;

    private final int quantifiedGainCount;

    private DossierFacts(DossierSnapshot dossier) {
        this.dossier = dossier;
        List<Member> members = dossier.members();
        int n = members.size();
        this.memberCount = n;

        // --- members: index, independence units, sizes, activities, location
        indexById = new HashMap<>(Math.max(16, n * 2));
        int[] unit = new int[n];
        Map<String, Integer> unitByGroup = new HashMap<>();
        boolean[] core = new boolean[n];
        boolean[] enterprise = new boolean[n];
        int enterprises = 0;
        int coreSize = 0;
        int coreEnterprises = 0;
        int smes = 0;
        int large = 0;
        int knownSize = 0;
        long employeeTotal = 0;
        int knownEmployees = 0;
        int walloon = 0;
        int walloonCore = 0;
        int foreign = 0;
        boolean[] divisionSeen = new boolean[100];
        int divisions = 0;
        EnumSet<NaceSection> sections = EnumSet.noneOf(NaceSection.class);
        int nextUnit = 0;
        for (int i = 0; i < n; i++) {
            Member m = members.get(i);
            indexById.put(m.organisationId(), i);
            if (m.corporateGroup() == null) {
                unit[i] = nextUnit++;
            } else {
                String key = m.corporateGroup().toLowerCase(Locale.ROOT);
                Integer groupUnit = unitByGroup.get(key);
                if (groupUnit == null) {
                    groupUnit = nextUnit++;
                    unitByGroup.put(key, groupUnit);
                }
                unit[i] = groupUnit;
            }
            core[i] = m.isCoreGroup();
            enterprise[i] = m.isEnterprise();
            if (core[i]) {
                coreSize++;
            }
            if (m.isWalloon()) {
                walloon++;
                if (core[i]) {
                    walloonCore++;
                }
            }
            if (m.isForeign()) {
                foreign++;
            }
            if (!enterprise[i]) {
                continue;
            }
            enterprises++;
            if (core[i]) {
                coreEnterprises++;
            }
            if (m.sizeClass() != null) {
                knownSize++;
                if (m.sizeClass().isSme()) {
                    smes++;
                } else {
                    large++;
                }
            }
            if (m.employees() != null) {
                knownEmployees++;
                employeeTotal += m.employees();
            }
            for (String code : m.naceCodes()) {
                OptionalInt division = NaceSection.divisionOf(code);
                if (division.isPresent()) {
                    int d = division.getAsInt();
                    if (!divisionSeen[d]) {
                        divisionSeen[d] = true;
                        divisions++;
                        NaceSection.ofDivision(d).ifPresent(sections::add);
                    }
                } else {
                    NaceSection.ofCode(code).ifPresent(sections::add);
                }
            }
        }
        boolean[] unitCounted = new boolean[nextUnit];
        int independent = 0;
        for (int i = 0; i < n; i++) {
            if (enterprise[i] && !unitCounted[unit[i]]) {
                unitCounted[unit[i]] = true;
                independent++;
            }
        }
        this.enterpriseCount = enterprises;
        this.coreGroupSize = coreSize;
        this.coreGroupEnterpriseCount = coreEnterprises;
        this.independentEnterpriseCount = independent;
        this.smeCount = smes;
        this.largeEnterpriseCount = large;
        this.enterprisesWithKnownSize = knownSize;
        this.employees = employeeTotal;
        this.enterprisesWithKnownEmployees = knownEmployees;
        this.naceDivisionCount = divisions;
        this.naceSections = Collections.unmodifiableSet(sections);
        this.walloonMemberCount = walloon;
        this.walloonCoreGroupCount = walloonCore;
        this.foreignMemberCount = foreign;

        // --- relations: one pass, union-find for the connected components
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        boolean[] linked = new boolean[n];
        int counted = 0;
        int nonMember = 0;
        int intraGroup = 0;
        int vertical = 0;
        int horizontal = 0;
        int market = 0;
        for (Relation r : dossier.relations()) {
            Integer a = indexById.get(r.fromOrganisationId());
            Integer b = a == null ? null : indexById.get(r.toOrganisationId());
            if (a == null || b == null) {
                nonMember++;
                continue;
            }
            if (unit[a] == unit[b]) {
                intraGroup++;
                continue;
            }
            counted++;
            relationsByKind[r.kind().ordinal()]++;
            if (r.direction() == RelationDirection.VERTICAL) {
                vertical++;
            } else {
                horizontal++;
            }
            if (r.market()) {
                market++;
            }
            linked[a] = true;
            linked[b] = true;
            union(parent, size, a, b);
        }
        int linkedEnterprises = 0;
        int largest = 0;
        for (int i = 0; i < n; i++) {
            if (enterprise[i] && linked[i]) {
                linkedEnterprises++;
            }
            if (parent[i] == i && size[i] > largest) {
                largest = size[i];
            }
        }
        this.countedRelationCount = counted;
        this.ignoredNonMemberRelationCount = nonMember;
        this.ignoredIntraGroupRelationCount = intraGroup;
        this.verticalRelationCount = vertical;
        this.horizontalRelationCount = horizontal;
        this.marketRelationCount = market;
        this.nonMarketRelationCount = counted - market;
        this.linkedEnterpriseCount = linkedEnterprises;
        this.largestComponentSize = largest;

        // --- objectives: who endorses what (endorsers who are not members are ignored, repeats counted once)
        List<Objective> objectives = dossier.objectives();
        int[] lastObjectiveSeen = new int[n];
        Arrays.fill(lastObjectiveSeen, -1);
        boolean[] endorses = new boolean[n];
        this.coreGroupEndorsementsPerObjective = new int[objectives.size()];
        int endorsing = 0;
        int coreEndorsing = 0;
        for (int o = 0; o < objectives.size(); o++) {
            for (UUID id : objectives.get(o).endorsedBy()) {
                Integer i = indexById.get(id);
                if (i == null || lastObjectiveSeen[i] == o) {
                    continue;
                }
                lastObjectiveSeen[i] = o;
                if (core[i]) {
                    coreGroupEndorsementsPerObjective[o]++;
                }
                if (!endorses[i]) {
                    endorses[i] = true;
                    endorsing++;
                    if (core[i]) {
                        coreEndorsing++;
                    }
                }
            }
        }
        this.membersEndorsingCount = endorsing;
        this.coreGroupMembersEndorsingCount = coreEndorsing;

        // --- actions: types, market outcomes, horizon, participation
        int targeted = 0;
        int generic = 0;
        int targetedWithOutcome = 0;
        int withOutcome = 0;
        int recurring = 0;
        LocalDate earliest = null;
        LocalDate latest = null;
        this.takesPartInAction = new boolean[n];
        for (Action action : dossier.actions()) {
            if (action.isTargeted()) {
                targeted++;
                if (action.hasMarketOutcome()) {
                    targetedWithOutcome++;
                }
            } else {
                generic++;
            }
            if (action.hasMarketOutcome()) {
                withOutcome++;
            }
            if (action.recurring()) {
                recurring++;
            }
            if (action.startDate() != null && (earliest == null || action.startDate().isBefore(earliest))) {
                earliest = action.startDate();
            }
            if (action.endDate() != null && (latest == null || action.endDate().isAfter(latest))) {
                latest = action.endDate();
            }
            for (UUID id : action.participants()) {
                Integer i = indexById.get(id);
                if (i != null) {
                    takesPartInAction[i] = true;
                }
            }
        }
        int withoutAction = 0;
        for (int i = 0; i < n; i++) {
            if (enterprise[i] && !takesPartInAction[i]) {
                withoutAction++;
            }
        }
        this.targetedActionCount = targeted;
        this.genericActionCount = generic;
        this.targetedActionsWithMarketOutcomeCount = targetedWithOutcome;
        this.actionsWithMarketOutcomeCount = withOutcome;
        this.recurringActionCount = recurring;
        this.earliestActionStart = earliest;
        this.latestActionEnd = latest;
        this.enterprisesWithoutActionCount = withoutAction;

        int quantified = 0;
        for (ExpectedGain gain : dossier.expectedGains()) {
            if (gain.isQuantified()) {
                quantified++;
            }
        }
        this.quantifiedGainCount = quantified;
    }

    /** Computes the facts of a dossier (linear in its size). */
    public static DossierFacts of(DossierSnapshot dossier) {
        return new DossierFacts(Objects.requireNonNull(dossier, "dossier"));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int[] size, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    public DossierSnapshot dossier() {
        return dossier;
    }

    public List<Member> members() {
        return dossier.members();
    }

    public int memberCount() {
        return memberCount;
    }

    public int enterpriseCount() {
        return enterpriseCount;
    }

    public int coreGroupSize() {
        return coreGroupSize;
    }

    public int coreGroupEnterpriseCount() {
        return coreGroupEnterpriseCount;
    }

    /** Enterprises, a corporate group counted once. */
    public int independentEnterpriseCount() {
        return independentEnterpriseCount;
    }

    public int smeCount() {
        return smeCount;
    }

    public int largeEnterpriseCount() {
        return largeEnterpriseCount;
    }

    public int enterprisesWithKnownSize() {
        return enterprisesWithKnownSize;
    }

    /** Total head count of the enterprise members that report one. */
    public long employees() {
        return employees;
    }

    public int enterprisesWithKnownEmployees() {
        return enterprisesWithKnownEmployees;
    }

    /** Distinct NACE divisions among enterprise members: the value-chain segments covered. */
    public int naceDivisionCount() {
        return naceDivisionCount;
    }

    /** Distinct NACE sections among enterprise members, in section order. */
    public Set<NaceSection> naceSections() {
        return naceSections;
    }

    public int walloonMemberCount() {
        return walloonMemberCount;
    }

    public int walloonCoreGroupCount() {
        return walloonCoreGroupCount;
    }

    public int foreignMemberCount() {
        return foreignMemberCount;
    }

    public int declaredRelationCount() {
        return dossier.relations().size();
    }

    /** Relations between two members of different independence units. */
    public int countedRelationCount() {
        return countedRelationCount;
    }

    public int ignoredNonMemberRelationCount() {
        return ignoredNonMemberRelationCount;
    }

    /** Relations inside one corporate group, or of a member with itself. */
    public int ignoredIntraGroupRelationCount() {
        return ignoredIntraGroupRelationCount;
    }

    public int countedRelations(RelationKind kind) {
        return relationsByKind[kind.ordinal()];
    }

    public int verticalRelationCount() {
        return verticalRelationCount;
    }

    public int horizontalRelationCount() {
        return horizontalRelationCount;
    }

    public int marketRelationCount() {
        return marketRelationCount;
    }

    public int nonMarketRelationCount() {
        return nonMarketRelationCount;
    }

    /** Enterprise members with at least one counted relation to another independent member. */
    public int linkedEnterpriseCount() {
        return linkedEnterpriseCount;
    }

    /** Members in the largest connected component of the counted relations (1 when none is linked). */
    public int largestComponentSize() {
        return largestComponentSize;
    }

    public int objectiveCount() {
        return dossier.objectives().size();
    }

    public int membersEndorsingCount() {
        return membersEndorsingCount;
    }

    public int coreGroupMembersEndorsingCount() {
        return coreGroupMembersEndorsingCount;
    }

    /** Distinct core-group members endorsing the objective at {@code objectiveIndex}. */
    public int coreGroupEndorsements(int objectiveIndex) {
        return coreGroupEndorsementsPerObjective[objectiveIndex];
    }

    public int actionCount() {
        return dossier.actions().size();
    }

    public int targetedActionCount() {
        return targetedActionCount;
    }

    public int genericActionCount() {
        return genericActionCount;
    }

    public int targetedActionsWithMarketOutcomeCount() {
        return targetedActionsWithMarketOutcomeCount;
    }

    public int actionsWithMarketOutcomeCount() {
        return actionsWithMarketOutcomeCount;
    }

    public int recurringActionCount() {
        return recurringActionCount;
    }

    public Optional<LocalDate> earliestActionStart() {
        return Optional.ofNullable(earliestActionStart);
    }

    public Optional<LocalDate> latestActionEnd() {
        return Optional.ofNullable(latestActionEnd);
    }

    /**
     * Months from the earliest action start to the latest action end, the end day included (so
     * 1 January 2026 to 31 December 2028 is 36 months); 0 when the plan is not dated.
     */
    public long planHorizonMonths() {
        if (earliestActionStart == null || latestActionEnd == null || latestActionEnd.isBefore(earliestActionStart)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(earliestActionStart, latestActionEnd.plusDays(1));
    }

    /** Whether the member at {@code memberIndex} (in {@link #members()} order) is a participant of an action. */
    public boolean takesPartInAction(int memberIndex) {
        return takesPartInAction[memberIndex];
    }

    public int enterprisesWithoutActionCount() {
        return enterprisesWithoutActionCount;
    }

    public int quantifiedGainCount() {
        return quantifiedGainCount;
    }

    public boolean isMember(UUID organisationId) {
        return indexById.containsKey(organisationId);
    }
}
