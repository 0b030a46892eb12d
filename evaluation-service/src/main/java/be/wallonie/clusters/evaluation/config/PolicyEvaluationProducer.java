package be.wallonie.clusters.evaluation.config;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluation;
import be.wallonie.clusters.foundation.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The policy evaluation rules in force, from {@link PolicyEvaluationConfig}, on the Brussels calendar. */
@ApplicationScoped
public class PolicyEvaluationProducer {

    @Produces
    @Singleton
    PolicyEvaluation policyEvaluation(PolicyEvaluationConfig config) {
        return new PolicyEvaluation(config.methodVersion(), ClockProducer.BRUSSELS, config.periodMonths(), config.followUpDue());
    }
}
