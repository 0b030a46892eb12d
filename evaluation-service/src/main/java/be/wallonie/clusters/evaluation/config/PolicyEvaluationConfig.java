package be.wallonie.clusters.evaluation.config;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluation;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The policy evaluation's settings (domain.md §3: "default every 24 months"), overridable by environment variable,
 * e.g. {@code CLUSTERS_POLICY_EVALUATION_PERIOD_MONTHS}. Change {@link #methodVersion()} with the way figures are
 * computed: every report records the version that produced it.
 */
@ConfigMapping(prefix = "clusters.policy-evaluation")
public interface PolicyEvaluationConfig {

    /** Length of the period a report covers when the request does not give both bounds. */
    @WithDefault("" + PolicyEvaluation.DEFAULT_PERIOD_MONTHS)
    int periodMonths();

    @WithDefault("policy-evaluation-1")
    String methodVersion();
}
