package be.wallonie.clusters.evaluation.domain.panel;

import java.util.Objects;

/**
 * The configurable defaults of domain.md §4 for a panel.
 *
 * @param size                              experts per panel (default 3)
 * @param minDomainCompetent                experts competent in the dossier's focus domain (default 1)
 * @param minRegionalDevelopmentSpecialists specialists of regional development (default 1)
 * @param minForeign                        experts from another country than {@code homeCountry} (default 1)
 * @param minHome                           experts based in {@code homeCountry} (default 1: « experts wallons et étrangers »,
 *                                          000_… III.2); 0 turns the rule off
 * @param homeCountry                       the Region's country (default BE)
 */
public record PanelRules(int size, int minDomainCompetent, int minRegionalDevelopmentSpecialists, int minForeign, int minHome,
        String homeCountry) {

    public PanelRules {
        Objects.requireNonNull(homeCountry, "homeCountry");
        if (size < 1 || minDomainCompetent < 0 || minRegionalDevelopmentSpecialists < 0 || minForeign < 0
                || minHome < 0) {
            throw new IllegalArgumentException("panel size must be at least 1 and minimums not negative");
        }
    }

    public static PanelRules defaults() {
        return new PanelRules(3, 1, 1, 1, 1, "BE");
    }
}
