package be.wallonie.clusters.evaluation.config;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.panel.PanelRules;
import org.junit.jupiter.api.Test;

/** The panel rules are what the configuration says: {@code clusters.comite.panel.min-home=0} turns the home-country rule off. */
class ComiteRulesProducerTest {

    static ComiteRulesConfig config(int minForeign, int minHome, String homeCountry) {
        ComiteRulesConfig.Panel panel = new ComiteRulesConfig.Panel() {
            @Override
            public int size() {
                return 3;
            }

            @Override
            public int minDomainCompetent() {
                return 1;
            }

            @Override
            public int minRegionalDevelopmentSpecialists() {
                return 1;
            }

            @Override
            public int minForeign() {
                return minForeign;
            }

            @Override
            public int minHome() {
                return minHome;
            }

            @Override
            public String homeCountry() {
                return homeCountry;
            }
        };
        return new ComiteRulesConfig() {
            @Override
            public Panel panel() {
                return panel;
            }

            @Override
            public Conflict conflict() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Consensus consensus() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void the_home_country_minimum_comes_from_the_configuration() {
        assertThat(new ComiteRulesProducer().panelRules(config(1, 1, " be "))).isEqualTo(PanelRules.defaults());
        PanelRules off = new ComiteRulesProducer().panelRules(config(1, 0, "BE"));
        assertThat(off.minHome()).isZero();
        assertThat(off.minForeign()).isEqualTo(1);
    }
}
