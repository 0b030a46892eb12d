package be.wallonie.clusters.localstack.demo;

import be.wallonie.clusters.localstack.demo.DemoDataset.Action;
import be.wallonie.clusters.localstack.demo.DemoDataset.Dossier;
import be.wallonie.clusters.localstack.demo.DemoDataset.Establishment;
import be.wallonie.clusters.localstack.demo.DemoDataset.Expert;
import be.wallonie.clusters.localstack.demo.DemoDataset.Member;
import be.wallonie.clusters.localstack.demo.DemoDataset.Organisation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The request bodies the loader sends, built from the dataset: one method per endpoint, so that an API that changes
 * shape is adjusted in one place. Organisations are named by key in the dataset and by id in the services.
 */
public final class DemoRequests {

    /** The eight criteria of domain.md §2 the experts score, in the Comité's order. */
    public static final List<String> CRITERIA = List.of("BUSINESS_INITIATIVE", "CRITICAL_MASS", "INTERRELATIONS", "COMMON_INTEREST",
            "COMPETITIVENESS", "DURABILITY", "REGIONAL_VALUE_ADDED", "SHARED_VISION");

    // The dataset states only whether a functioning rule exists (as the snapshot does); the registry wants it in words.
    static final String ADMISSION_RULES = "Admission sur proposition du noyau dur, votée par l'assemblée des membres";
    static final String NO_POACHING_RULE = "Les membres s'engagent à ne pas débaucher le personnel ni les clients des autres membres";
    static final String NO_CONFLICT_STATEMENT = "Je déclare sur l'honneur n'avoir aucun lien avec ce cluster ni avec ses membres.";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DemoRequests() {
    }

    /** {@code POST /api/v1/organisations}: the dataset's fields minus its key and the derived regions (never typed in). */
    public static ObjectNode organisation(Organisation o) {
        ObjectNode n = JSON.objectNode().put("name", o.name()).put("enterpriseNumber", o.enterpriseNumber()).put("kind", o.kind())
                .put("sizeClass", o.sizeClass()).put("employees", o.employees()).put("corporateGroup", o.corporateGroup());
        ArrayNode nace = n.putArray("naceCodes");
        o.naceCodes().forEach(nace::add);
        ArrayNode establishments = n.putArray("establishments");
        for (Establishment e : o.establishments()) {
            establishments.addObject().put("street", e.street()).put("postalCode", e.postalCode()).put("city", e.city())
                    .put("country", e.country()).put("registeredOffice", e.registeredOffice());
        }
        return n;
    }

    /** {@code POST /api/v1/dossiers}. */
    public static ObjectNode createDossier(Dossier d) {
        ObjectNode n = JSON.objectNode().put("name", d.name()).put("acronym", d.acronym()).put("scheme", d.scheme())
                .put("entryVolet", d.entryVolet());
        n.putObject("focus").put("kind", d.focus().kind()).put("domain", d.focus().domain()).put("description", d.focus().description());
        return n;
    }

    /** {@code PUT /api/v1/dossiers/{id}/content}: every section at once, organisations by the ids the registry gave. */
    public static ObjectNode content(Dossier d, Map<String, UUID> ids) {
        Resolver id = new Resolver(d, ids);
        ObjectNode n = JSON.objectNode();
        ArrayNode members = n.putArray("members");
        for (Member m : d.members()) {
            ObjectNode member = members.addObject().put("organisationId", id.of(m.org())).put("role", m.role())
                    .put("decisionCentreAbroad", m.decisionCentreAbroad());
            if (m.coOptedOn() != null) {
                member.putObject("coOptation").put("on", m.coOptedOn().toString()).put("by", "Assemblée des membres de " + d.acronym());
            }
        }
        ArrayNode relations = n.putArray("relations");
        d.relations().forEach(r -> relations.addObject().put("fromOrganisationId", id.of(r.from())).put("toOrganisationId", id.of(r.to()))
                .put("kind", r.kind()).put("direction", r.direction()).put("market", r.market()));
        ArrayNode objectives = n.putArray("objectives");
        d.objectives().forEach(o -> {
            ArrayNode endorsers = objectives.addObject().put("statement", o.statement()).putArray("endorsedBy");
            o.endorsedBy().forEach(k -> endorsers.add(id.of(k)));
        });
        // the snapshot's governance.ambitionStatement is the registry's vision
        n.put("vision", d.governance() == null ? null : d.governance().ambitionStatement());
        // the registry holds quantified gains only: one the field study left unquantified is not stated (as the sawmills')
        ArrayNode gains = n.putArray("expectedGains");
        d.expectedGains().stream().filter(DemoRequests::quantified).forEach(g -> gains.addObject().put("description", g.description()).put("indicator", g.indicator())
                .put("targetValue", g.targetValue()).put("unit", g.unit()));
        ArrayNode actions = n.putArray("actions");
        for (Action a : d.actions()) {
            ObjectNode action = actions.addObject().put("title", a.title()).put("type", a.type()).put("category", a.category())
                    .put("axis", a.axis()).put("orientation", a.orientation()).put("startDate", date(a.startDate()))
                    .put("endDate", date(a.endDate())).put("recurring", a.recurring());
            ArrayNode participants = action.putArray("participants");
            a.participants().forEach(k -> participants.add(id.of(k)));
            action.put("budget", a.budget()).put("expectedMarketOutcome", a.expectedMarketOutcome());
        }
        if (d.governance() == null) {
            n.putNull("governance");
        } else {
            n.putObject("governance").put("admissionRules", d.governance().admissionRules() ? ADMISSION_RULES : null)
                    .put("noPoachingRule", d.governance().noPoachingRule() ? NO_POACHING_RULE : null)
                    .put("decisionMaking", d.governance().decisionMaking());
        }
        n.put("privateContributionsPerYear", d.privateContributionsPerYear());
        return n;
    }

    /** {@code PUT /api/v1/dossiers/{id}/animator-post}, or null when the dossier has no animateur yet. */
    public static ObjectNode animatorPost(Dossier d, Map<String, UUID> ids) {
        if (d.animator() == null) {
            return null;
        }
        return JSON.objectNode().put("employerOrganisationId", new Resolver(d, ids).of(d.animator().employer()))
                .put("fte", d.animator().fte()).put("startDate", date(d.animator().startDate()))
                .put("yearlyCost", d.animator().yearlyCost()).put("privateContributionsPerYear", d.privateContributionsPerYear())
                .put("animatorName", d.animator().name());
    }

    /**
     * {@code PUT /api/v1/dossiers/{id}/funded-beneficiary} of a grape or a pole, or null when the dossier declares none
     * (economic clusters: their beneficiary is the animateur's employer).
     */
    public static ObjectNode fundedBeneficiary(Dossier d, Map<String, UUID> ids) {
        if (d.fundedBeneficiary() == null) {
            return null;
        }
        ObjectNode n = JSON.objectNode().put("organisationId", new Resolver(d, ids).of(d.fundedBeneficiary().org()));
        BigDecimal costs = d.fundedBeneficiary().yearlyEligibleCosts();
        return costs == null ? n : n.put("yearlyEligibleCosts", costs.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /**
     * {@code POST /api/v1/dossiers/{id}/pole-projects}: the project as the dataset dates it, moved on by the years the
     * agrément was moved on ({@link #agrementStart}), so that it stays inside the agrément period in force.
     */
    public static ObjectNode poleProject(Dossier d, DemoDataset.PoleProject p, LocalDate today) {
        int years = agrementStart(d, today).getYear() - d.agrementStart().getYear();
        return JSON.objectNode().put("kind", p.kind()).put("title", p.title()).put("callYear", p.callYear() + years)
                .put("startDate", p.startDate().plusYears(years).toString()).put("endDate", p.endDate().plusYears(years).toString())
                .put("budget", p.budget().setScale(2, RoundingMode.UNNECESSARY).toPlainString())
                .put("privateContributions", p.privateContributions().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /** {@code POST /api/v1/dossiers/{id}/preparation-support}, or null when the Region grants the dossier none. */
    public static ObjectNode preparationSupport(Dossier d) {
        if (d.preparationSupport() == null) {
            return null;
        }
        return JSON.objectNode().put("startDate", d.preparationSupport().startDate().toString())
                .put("endDate", d.preparationSupport().endDate().toString());
    }

    /** The agrément length the demo assumes (domain.md §3: 3 years, the registry's default). */
    static final int AGREMENT_YEARS = 3;

    /**
     * {@code POST /api/v1/dossiers/{id}/decision}: the Region validates from the dataset's agrément start — moved on by
     * whole agrément periods when it would already have ended on the load day, so that a demo loaded years later still
     * shows recognised clusters with their agrément in force (same day of the year, same place in the cycle).
     */
    public static ObjectNode validation(Dossier d, LocalDate today) {
        if (d.agrementStart() == null) {
            throw new IllegalArgumentException(d.key() + ": a validated dossier needs an agrementStart");
        }
        return JSON.objectNode().put("outcome", "VALIDATED").put("agrementStart", agrementStart(d, today).toString());
    }

    /** The dataset's agrément start, or the start of the agrément period that is in force on {@code today}. */
    static LocalDate agrementStart(Dossier d, LocalDate today) {
        LocalDate start = d.agrementStart();
        while (!start.plusYears(AGREMENT_YEARS).isAfter(today)) {
            start = start.plusYears(AGREMENT_YEARS);
        }
        return start;
    }

    /** {@code POST /api/v1/calls}: a call for the three schemes, open from today for a year (the registry's defaults). */
    public static ObjectNode call(LocalDate today) {
        ObjectNode n = JSON.objectNode().put("title", "Concours clusters et pôles " + today.getYear() + " (démo)")
                .put("openingDate", today.toString());
        n.putArray("schemes").add("ECONOMIC_CLUSTER").add("COMPETITIVENESS_POLE").add("TECHNOLOGY_GRAPE");
        return n;
    }

    /** {@code POST /api/v1/experts}: no affiliation, so no link to any demo organisation. */
    public static ObjectNode expert(Expert e) {
        ObjectNode n = JSON.objectNode().put("userId", e.userId()).put("name", e.name()).put("country", e.country())
                .put("regionalDevelopmentSpecialist", e.regionalDevelopmentSpecialist()).put("publicAuthorityStaff", false);
        ArrayNode domains = n.putArray("domains");
        e.domains().forEach(domains::add);
        n.putArray("affiliations");
        return n;
    }

    /** {@code POST /api/v1/evaluation-cases/{id}/no-conflict-declaration}. */
    public static ObjectNode noConflictDeclaration() {
        return JSON.objectNode().put("statement", NO_CONFLICT_STATEMENT);
    }

    /**
     * {@code PUT /api/v1/evaluation-cases/{id}/scores/mine}: every criterion scored 3 to 5 (the demo's clusters deserve their
     * validation), varying with the seat so that the consensus is not trivial, each with a reason drawn from the dossier.
     */
    public static ObjectNode scores(Dossier d, DemoDataset data, int seat) {
        Facts f = new Facts(d, data);
        ObjectNode n = JSON.objectNode();
        ArrayNode scores = n.putArray("scores");
        for (int i = 0; i < CRITERIA.size(); i++) {
            String criterion = CRITERIA.get(i);
            scores.addObject().put("criterion", criterion).put("score", 3 + (seat + i) % 3).put("reason", f.reason(criterion));
        }
        return n;
    }

    /** {@code POST /api/v1/evaluation-cases/{id}/opinion}: no condition. */
    public static ObjectNode opinion() {
        ObjectNode n = JSON.objectNode();
        n.putArray("conditions");
        return n;
    }

    static boolean quantified(DemoDataset.ExpectedGain g) {
        return g.indicator() != null && g.targetValue() != null && g.unit() != null;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Key → id, failing with the dossier's name when the dataset names an organisation the loader did not register. */
    private record Resolver(Dossier d, Map<String, UUID> ids) {
        String of(String key) {
            UUID id = ids.get(key);
            if (id == null) {
                throw new IllegalArgumentException(d.key() + ": organisation " + key + " is not registered");
            }
            return id.toString();
        }
    }

    /** What the experts' reasons cite about a dossier. */
    private static final class Facts {
        final Dossier d;
        final long enterprises;
        final long coreGroup;
        final long coreGroupEnterprises;
        final long walloon;
        final long targeted;
        final long recurring;

        Facts(Dossier d, DemoDataset data) {
            this.d = d;
            List<Organisation> orgs = d.members().stream().map(m -> data.organisation(m.org()).orElseThrow(
                    () -> new IllegalArgumentException(d.key() + ": unknown organisation " + m.org()))).toList();
            enterprises = orgs.stream().filter(Organisation::enterprise).count();
            walloon = orgs.stream().filter(Organisation::walloon).count();
            coreGroup = d.members().stream().filter(m -> m.role().equals("CORE_GROUP")).count();
            coreGroupEnterprises = d.members().stream().filter(m -> m.role().equals("CORE_GROUP"))
                    .filter(m -> data.organisation(m.org()).map(Organisation::enterprise).orElse(false)).count();
            targeted = d.actions().stream().filter(a -> "TARGETED".equals(a.type())).count();
            recurring = d.actions().stream().filter(Action::recurring).count();
        }

        String reason(String criterion) {
            return switch (criterion) {
                case "BUSINESS_INITIATIVE" -> "Initiative portée par les entreprises : %d des %d membres du noyau dur sont des entreprises"
                        .formatted(coreGroupEnterprises, coreGroup);
                case "CRITICAL_MASS" -> "%d entreprises parmi %d membres, sur toute la chaîne de valeur".formatted(enterprises, d.members().size());
                case "INTERRELATIONS" -> "%d relations déclarées entre membres, verticales et horizontales, marchandes et non marchandes"
                        .formatted(d.relations().size());
                case "COMMON_INTEREST" -> "%d objectifs communs endossés par le noyau dur".formatted(d.objectives().size());
                case "COMPETITIVENESS" -> "%d actions ciblées visant un débouché commercial".formatted(targeted);
                case "DURABILITY" -> "Plan d'action de %d actions dont %d récurrentes, animateur en place".formatted(d.actions().size(), recurring);
                case "REGIONAL_VALUE_ADDED" -> "%d des %d membres sont établis en Wallonie".formatted(walloon, d.members().size());
                case "SHARED_VISION" -> d.governance() == null || d.governance().ambitionStatement() == null
                        ? "Vision commune exprimée par les objectifs" : "Vision partagée : « " + d.governance().ambitionStatement() + " »";
                default -> throw new IllegalArgumentException("unknown criterion " + criterion);
            };
        }
    }
}
