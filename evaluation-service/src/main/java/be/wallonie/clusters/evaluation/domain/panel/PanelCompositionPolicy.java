package be.wallonie.clusters.evaluation.domain.panel;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Checks a panel against the default rules of domain.md §4 (« Panels (Comité à géométrie variable) ») and
 * proposes a valid one, balancing the experts' load.
 */
public record PanelCompositionPolicy(PanelRules rules) {

    /** Every rule the composition breaks, in {@link PanelRule} order; empty when the panel is valid. */
    public List<PanelViolation> check(List<Candidate> panel, List<UUID> unknownExpertIds, List<UUID> duplicateExpertIds,
            String focusDomain) {
        List<PanelViolation> v = new ArrayList<>();
        for (UUID id : unknownExpertIds) {
            v.add(new PanelViolation(PanelRule.UNKNOWN_EXPERT, id, new LocalizedText("Expert inconnu : " + id, "Unknown expert: " + id)));
        }
        for (UUID id : duplicateExpertIds) {
            v.add(new PanelViolation(PanelRule.DUPLICATE_EXPERT, id,
                    new LocalizedText("Expert cité plusieurs fois : " + id, "Expert named more than once: " + id)));
        }
        int size = panel.size() + unknownExpertIds.size();
        if (size != rules.size()) {
            v.add(new PanelViolation(PanelRule.PANEL_SIZE, null, new LocalizedText(
                    "Le panel compte %d expert(s) au lieu de %d".formatted(size, rules.size()),
                    "The panel has %d expert(s) instead of %d".formatted(size, rules.size()))));
        }
        if (count(panel, c -> c.expert().competentIn(focusDomain)) < rules.minDomainCompetent()) {
            v.add(new PanelViolation(PanelRule.DOMAIN_COMPETENCE, null, new LocalizedText(
                    "Il faut au moins %d expert(s) compétent(s) dans le domaine « %s »".formatted(rules.minDomainCompetent(), focusDomain),
                    "At least %d expert(s) competent in the domain \"%s\" are required".formatted(rules.minDomainCompetent(), focusDomain))));
        }
        if (count(panel, c -> c.expert().regionalDevelopmentSpecialist()) < rules.minRegionalDevelopmentSpecialists()) {
            v.add(new PanelViolation(PanelRule.REGIONAL_DEVELOPMENT_SPECIALIST, null, new LocalizedText(
                    "Il faut au moins %d spécialiste(s) du développement régional".formatted(rules.minRegionalDevelopmentSpecialists()),
                    "At least %d regional-development specialist(s) are required".formatted(rules.minRegionalDevelopmentSpecialists()))));
        }
        if (count(panel, c -> c.expert().isForeign(rules.homeCountry())) < rules.minForeign()) {
            v.add(new PanelViolation(PanelRule.FOREIGN_EXPERT, null, new LocalizedText(
                    "Il faut au moins %d expert(s) étranger(s) (hors %s)".formatted(rules.minForeign(), rules.homeCountry()),
                    "At least %d foreign expert(s) (outside %s) are required".formatted(rules.minForeign(), rules.homeCountry()))));
        }
        if (count(panel, c -> c.expert().isHome(rules.homeCountry())) < rules.minHome()) {
            v.add(new PanelViolation(PanelRule.HOME_COUNTRY_EXPERT, null, new LocalizedText(
                    "Il faut au moins %d expert(s) établi(s) en %s (experts « wallons et étrangers »)".formatted(rules.minHome(),
                            rules.homeCountry()),
                    "At least %d expert(s) based in %s are required (\"Walloon and foreign\" experts)".formatted(rules.minHome(),
                            rules.homeCountry()))));
        }
        for (Candidate c : panel) {
            for (Conflict conflict : c.conflicts()) {
                if (conflict.kind() != Conflict.Kind.PUBLIC_AUTHORITY_STAFF) {
                    v.add(new PanelViolation(PanelRule.NO_CONFLICT_OF_INTEREST, c.expert().id(), new LocalizedText(
                            "Conflit d'intérêts de %s : %s".formatted(c.expert().name(), conflict.describeFr()),
                            "Conflict of interest of %s: %s".formatted(c.expert().name(), conflict.describeEn()))));
                }
            }
        }
        for (Candidate c : panel) {
            if (c.expert().publicAuthorityStaff()) {
                v.add(new PanelViolation(PanelRule.NO_PUBLIC_AUTHORITY_STAFF, c.expert().id(), new LocalizedText(
                        "%s est employé de la Cellule Clusters ou de la Région".formatted(c.expert().name()),
                        "%s is employed by the Cellule Clusters or the Region".formatted(c.expert().name()))));
            }
        }
        return List.copyOf(v);
    }

    /** A proposal: the experts chosen, or, when no valid panel exists, the rules that cannot be met. */
    public record Proposal(List<Candidate> experts, List<PanelViolation> unmet) {

        public boolean possible() {
            return unmet.isEmpty();
        }
    }

    /**
     * Proposes a valid panel from the pool: only eligible experts; each required profile (domain competence,
     * regional-development specialist, foreign, based in the home country) is filled first by the least-loaded expert who has it, then the
     * remaining seats by the least-loaded others. Load is the number of active panels; ties break by name then id,
     * so the same pool always gives the same proposal.
     */
    public Proposal propose(List<Candidate> pool, String focusDomain) {
        Comparator<Candidate> byLoad = Comparator.comparingInt(Candidate::activePanels)
                .thenComparing(c -> c.expert().name())
                .thenComparing(c -> c.expert().id());
        List<Candidate> eligible = pool.stream().filter(Candidate::eligible).sorted(byLoad).toList();
        List<Candidate> chosen = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        fill(chosen, taken, eligible, c -> c.expert().competentIn(focusDomain), rules.minDomainCompetent());
        fill(chosen, taken, eligible, c -> c.expert().regionalDevelopmentSpecialist(), rules.minRegionalDevelopmentSpecialists());
        fill(chosen, taken, eligible, c -> c.expert().isForeign(rules.homeCountry()), rules.minForeign());
        fill(chosen, taken, eligible, c -> c.expert().isHome(rules.homeCountry()), rules.minHome());
        for (Candidate c : eligible) {
            if (chosen.size() >= rules.size()) {
                break;
            }
            if (taken.add(c.expert().id())) {
                chosen.add(c);
            }
        }
        List<PanelViolation> unmet = check(chosen, List.of(), List.of(), focusDomain);
        return unmet.isEmpty() ? new Proposal(List.copyOf(chosen), List.of()) : new Proposal(List.of(), unmet);
    }

    private void fill(List<Candidate> chosen, Set<UUID> taken, List<Candidate> eligible, Predicate<Candidate> profile, int minimum) {
        while (count(chosen, profile) < minimum && chosen.size() < rules.size()) {
            Optional<Candidate> next = eligible.stream().filter(c -> !taken.contains(c.expert().id())).filter(profile).findFirst();
            if (next.isEmpty()) {
                return;
            }
            taken.add(next.get().expert().id());
            chosen.add(next.get());
        }
    }

    private static long count(List<Candidate> panel, Predicate<Candidate> p) {
        return panel.stream().filter(p).count();
    }
}
