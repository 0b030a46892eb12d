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

    /**
     * {@code policy-evaluation-2} adds the Cellule's activity, the amounts paid, the follow-up against the plan and the
     * overdue reports; reports stored under {@code policy-evaluation-1} keep their version and figures.
     */
    @WithDefault("policy-evaluation-2")
    String methodVersion();

    /**
     * The day of the next year on which a year's follow-up report is due (ISO {@code --MM-DD}; default 31 March), for
     * the years of an agrément counted as overdue without a report. Env {@code CLUSTERS_POLICY_EVALUATION_FOLLOW_UP_DUE}.
     */
    @WithDefault("--03-31")
    java.time.MonthDay followUpDue();
}
