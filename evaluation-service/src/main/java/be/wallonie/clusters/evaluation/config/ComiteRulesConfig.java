package be.wallonie.clusters.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;

/**
 * The Comité's panel, conflict-of-interest and consensus rules as configuration (domain.md §4), with their
 * defaults; each property is overridable by environment variable, e.g. {@code clusters.comite.panel.size} by
 * {@code CLUSTERS_COMITE_PANEL_SIZE}.
 */
@ConfigMapping(prefix = "clusters.comite")
public interface ComiteRulesConfig {

    Panel panel();

    Conflict conflict();

    Consensus consensus();

    interface Panel {
        /** Experts per panel (« 3 experts extérieurs », III.2). */
        @WithDefault("3")
        int size();

        /** Experts competent in the dossier's focus domain. */
        @WithDefault("1")
        int minDomainCompetent();

        /** Specialists of regional development. */
        @WithDefault("1")
        int minRegionalDevelopmentSpecialists();

        /** Foreign experts (« Jury d'experts internationaux », seed 001). */
        @WithDefault("1")
        int minForeign();

        /**
         * Experts based in {@link #homeCountry()}: the Comité is made of « experts wallons et étrangers » (000_… III.2);
         * 0 turns the rule off.
         */
        @WithDefault("1")
        int minHome();

        /** The Region's country: an expert from elsewhere is foreign. */
        @WithDefault("BE")
        String homeCountry();
    }

    interface Conflict {
        /**
         * How long a past affiliation with a member of a known cluster still makes an expert conflicted after it
         * ended (ISO-8601 period; default three years, the length of an agrément).
         */
        @WithDefault("P3Y")
        Period pastAffiliationCoolOff();
    }

    interface Consensus {
        /** MEDIAN (default) or MEAN of the submitted scores. */
        @WithDefault("MEDIAN")
        String method();

        /** A criterion is met when its consensus score is at least this (out of 5). */
        @WithDefault("3")
        BigDecimal metThreshold();

        /**
         * The lowest consensus score (out of 5) at which an unmet criterion may still be answered by a condition of
         * the secretariat; below it the opinion is UNFAVOURABLE whatever the conditions.
         */
        @WithDefault("2")
        BigDecimal conditionFloor();
    }
}
