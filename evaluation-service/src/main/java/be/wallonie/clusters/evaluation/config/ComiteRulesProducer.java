package be.wallonie.clusters.evaluation.config;

import be.wallonie.clusters.evaluation.domain.expert.ConflictOfInterestPolicy;
import be.wallonie.clusters.evaluation.domain.panel.PanelCompositionPolicy;
import be.wallonie.clusters.evaluation.domain.panel.PanelRules;
import be.wallonie.clusters.evaluation.domain.scoring.ConsensusPolicy;
import be.wallonie.clusters.evaluation.domain.scoring.OpinionOutcomePolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;

/** The domain policies of §4 built from {@link ComiteRulesConfig}; an invalid value stops the service at startup. */
@ApplicationScoped
public class ComiteRulesProducer {

    @Produces
    @Singleton
    @Startup
    PanelRules panelRules(ComiteRulesConfig config) {
        ComiteRulesConfig.Panel p = config.panel();
        return new PanelRules(p.size(), p.minDomainCompetent(), p.minRegionalDevelopmentSpecialists(), p.minForeign(), p.minHome(),
                p.homeCountry().strip().toUpperCase(Locale.ROOT));
    }

    @Produces
    @Singleton
    PanelCompositionPolicy panelCompositionPolicy(PanelRules rules) {
        return new PanelCompositionPolicy(rules);
    }

    @Produces
    @Singleton
    @Startup
    ConflictOfInterestPolicy conflictOfInterestPolicy(ComiteRulesConfig config) {
        return new ConflictOfInterestPolicy(config.conflict().pastAffiliationCoolOff());
    }

    @Produces
    @Singleton
    @Startup
    ConsensusPolicy consensusPolicy(ComiteRulesConfig config) {
        return new ConsensusPolicy(ConsensusPolicy.Method.valueOf(config.consensus().method().strip().toUpperCase(Locale.ROOT)),
                config.consensus().metThreshold());
    }

    @Produces
    @Singleton
    @Startup
    OpinionOutcomePolicy opinionOutcomePolicy(ComiteRulesConfig config) {
        return new OpinionOutcomePolicy(config.consensus().conditionFloor());
    }
}
