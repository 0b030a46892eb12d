package be.wallonie.clusters.evaluation.domain.criteria;

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
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small fluent builder for test dossiers. Members are named by alias; their ids are derived from
 * the alias so that two builds of the same dossier are equal.
 */
final class DossierBuilder {

    static final LocalDate PLAN_START = LocalDate.of(2026, 1, 1);
    static final LocalDate PLAN_END = LocalDate.of(2028, 12, 31);

    private String name;
    private Scheme scheme = Scheme.ECONOMIC_CLUSTER;
    private Focus focus = new Focus(FocusKind.MARKET, "chimie verte", "Produits biosourcés");
    private final Map<String, MemberSpec> members = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<ExpectedGain> gains = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private Governance governance;
    private Animator animator;
    private BigDecimal privateContributions;

    private DossierBuilder(String name) {
        this.name = name;
    }

    static DossierBuilder dossier(String name) {
        return new DossierBuilder(name);
    }

    /** The organisation id of an alias. */
    static UUID id(String alias) {
        return UUID.nameUUIDFromBytes(("organisation:" + alias).getBytes(StandardCharsets.UTF_8));
    }

    static MemberSpec enterprise(String alias) {
        return new MemberSpec(alias, OrganisationKind.ENTERPRISE).size(SizeClass.SMALL);
    }

    static MemberSpec organisation(String alias, OrganisationKind kind) {
        return new MemberSpec(alias, kind).role(MemberRole.SUPPORT);
    }

    static ActionSpec targeted(String title) {
        return new ActionSpec(title, ActionType.TARGETED).category("COMMERCIAL").marketOutcome("Parts de marché à l'export");
    }

    static ActionSpec generic(String title) {
        return new ActionSpec(title, ActionType.GENERIC).category("COMMUNICATION");
    }

    DossierBuilder name(String value) {
        this.name = value;
        return this;
    }

    DossierBuilder scheme(Scheme value) {
        this.scheme = value;
        return this;
    }

    DossierBuilder focus(FocusKind kind, String domain) {
        this.focus = new Focus(kind, domain, domain);
        return this;
    }

    DossierBuilder noFocus() {
        this.focus = null;
        return this;
    }

    DossierBuilder members(MemberSpec... specs) {
        for (MemberSpec spec : specs) {
            members.put(spec.alias, spec);
        }
        return this;
    }

    /** Adds {@code count} enterprises named prefix1..prefixN with the given role. */
    DossierBuilder enterprises(String prefix, int count, MemberRole role) {
        for (int i = 1; i <= count; i++) {
            members(enterprise(prefix + i).role(role));
        }
        return this;
    }

    DossierBuilder relation(String from, String to, RelationKind kind) {
        boolean market = kind == RelationKind.CUSTOMER_SUPPLIER || kind == RelationKind.SUBCONTRACTING
                || kind == RelationKind.JOINT_COMMERCIAL_ACTION;
        return relation(from, to, kind, market);
    }

    DossierBuilder relation(String from, String to, RelationKind kind, boolean market) {
        relations.add(new Relation(id(from), id(to), kind, null, market));
        return this;
    }

    DossierBuilder relationWithOutsider(String from, RelationKind kind) {
        relations.add(new Relation(id(from), UUID.nameUUIDFromBytes("outsider".getBytes(StandardCharsets.UTF_8)),
                kind, null, true));
        return this;
    }

    DossierBuilder clearRelations() {
        relations.clear();
        return this;
    }

    DossierBuilder objective(String statement, String... endorsers) {
        objectives.add(new Objective(statement, Arrays.stream(endorsers).map(DossierBuilder::id).toList()));
        return this;
    }

    DossierBuilder clearObjectives() {
        objectives.clear();
        return this;
    }

    DossierBuilder gain(String description, String indicator, long target, String unit) {
        gains.add(new ExpectedGain(description, indicator, BigDecimal.valueOf(target), unit));
        return this;
    }

    DossierBuilder unquantifiedGain(String description) {
        gains.add(new ExpectedGain(description, null, null, null));
        return this;
    }

    DossierBuilder clearGains() {
        gains.clear();
        return this;
    }

    DossierBuilder action(ActionSpec spec) {
        actions.add(spec.build());
        return this;
    }

    DossierBuilder clearActions() {
        actions.clear();
        return this;
    }

    DossierBuilder governance(boolean admissionRules, boolean noPoachingRule, String ambition) {
        this.governance = new Governance(admissionRules, noPoachingRule, "Majorité du noyau dur", ambition);
        return this;
    }

    DossierBuilder noGovernance() {
        this.governance = null;
        return this;
    }

    DossierBuilder animator() {
        this.animator = new Animator("Animatrice", BigDecimal.ONE, PLAN_START, BigDecimal.valueOf(90_000));
        return this;
    }

    DossierBuilder noAnimator() {
        this.animator = null;
        return this;
    }

    DossierBuilder privateContributions(Long euros) {
        this.privateContributions = euros == null ? null : BigDecimal.valueOf(euros);
        return this;
    }

    List<String> aliases() {
        return List.copyOf(members.keySet());
    }

    List<String> enterpriseAliases() {
        return members.values().stream().filter(m -> m.kind == OrganisationKind.ENTERPRISE).map(m -> m.alias).toList();
    }

    List<String> coreAliases() {
        return members.values().stream().filter(m -> m.role == MemberRole.CORE_GROUP).map(m -> m.alias).toList();
    }

    DossierSnapshot build() {
        return new DossierSnapshot(name, null, scheme, EntryVolet.VALIDATION, focus,
                members.values().stream().map(MemberSpec::build).toList(),
                relations, objectives, gains, actions, governance, animator, privateContributions);
    }

    /** A member under construction: by default a Walloon, Belgian, small, independent enterprise. */
    static final class MemberSpec {
        private final String alias;
        private final OrganisationKind kind;
        private SizeClass size;
        private MemberRole role = MemberRole.MEMBER;
        private Region region = Region.WALLONIA;
        private String country = "BE";
        private boolean walloonEstablishment = true;
        private String group;
        private List<String> nace = List.of("20.14");
        private Integer employees = 25;
        private boolean decisionCentreAbroad;

        private MemberSpec(String alias, OrganisationKind kind) {
            this.alias = alias;
            this.kind = kind;
            if (kind != OrganisationKind.ENTERPRISE) {
                this.nace = List.of("72.19");
                this.employees = null;
            }
        }

        MemberSpec core() {
            return role(MemberRole.CORE_GROUP);
        }

        MemberSpec role(MemberRole value) {
            this.role = value;
            return this;
        }

        MemberSpec size(SizeClass value) {
            this.size = value;
            return this;
        }

        MemberSpec large() {
            return size(SizeClass.LARGE).employees(1200);
        }

        MemberSpec group(String value) {
            this.group = value;
            return this;
        }

        MemberSpec nace(String... codes) {
            this.nace = List.of(codes);
            return this;
        }

        MemberSpec employees(Integer value) {
            this.employees = value;
            return this;
        }

        MemberSpec abroad(String isoCountry) {
            this.region = Region.ABROAD;
            this.country = isoCountry;
            this.walloonEstablishment = false;
            return this;
        }

        MemberSpec flanders() {
            this.region = Region.FLANDERS;
            this.walloonEstablishment = false;
            return this;
        }

        MemberSpec decisionCentreAbroad() {
            this.decisionCentreAbroad = true;
            return this;
        }

        Member build() {
            return new Member(id(alias), null, alias, kind, size, role, region, country, walloonEstablishment, group,
                    nace, employees, decisionCentreAbroad, null);
        }
    }

    /** An action under construction: by default over the whole 2026–2028 plan, not recurring. */
    static final class ActionSpec {
        private final String title;
        private final ActionType type;
        private String category;
        private LocalDate start = PLAN_START;
        private LocalDate end = PLAN_END;
        private boolean recurring;
        private List<String> participants = List.of();
        private String marketOutcome;

        private ActionSpec(String title, ActionType type) {
            this.title = title;
            this.type = type;
        }

        ActionSpec category(String value) {
            this.category = value;
            return this;
        }

        ActionSpec between(LocalDate from, LocalDate to) {
            this.start = from;
            this.end = to;
            return this;
        }

        ActionSpec undated() {
            return between(null, null);
        }

        ActionSpec recurring() {
            this.recurring = true;
            return this;
        }

        ActionSpec participants(String... aliases) {
            this.participants = List.of(aliases);
            return this;
        }

        ActionSpec participants(List<String> aliases) {
            this.participants = List.copyOf(aliases);
            return this;
        }

        ActionSpec marketOutcome(String value) {
            this.marketOutcome = value;
            return this;
        }

        ActionSpec noMarketOutcome() {
            return marketOutcome(null);
        }

        Action build() {
            return new Action(title, type, category, "Axe 1", "PRODUITS_MARCHES", start, end, recurring,
                    participants.stream().map(DossierBuilder::id).toList(), BigDecimal.valueOf(10_000), marketOutcome);
        }
    }
}
