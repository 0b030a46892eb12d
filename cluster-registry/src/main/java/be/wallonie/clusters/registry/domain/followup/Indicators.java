package be.wallonie.clusters.registry.domain.followup;

import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The yearly follow-up indicators of domain.md §3 (from 001's first review of the pôles and III.2): members by kind and
 * size, joint projects started and completed, generic and targeted actions carried out, innovations, patents filed,
 * companies created, internationalisation actions, jobs, turnover and exports of members, training delivered. Values
 * arrive as declared (possibly missing or negative); {@link #violations()} says what is wrong with them.
 *
 * @param jobs         jobs in member enterprises, in FTE
 * @param turnover     members' turnover, in euros
 * @param exports      members' exports, in euros
 * @param trainingDays training delivered, in participant-days
 */
public record Indicators(Map<String, Integer> membersByKind, Map<String, Integer> enterprisesBySize, Integer jointProjectsStarted,
        Integer jointProjectsCompleted, Integer genericActions, Integer targetedActions, Integer innovations, Integer patentsFiled,
        Integer companiesCreated, Integer internationalisationActions, BigDecimal jobs, BigDecimal turnover, BigDecimal exports,
        BigDecimal trainingDays) {

    static final String PREFIX = "indicators.";

    public Indicators {
        membersByKind = membersByKind == null ? null : new TreeMap<>(membersByKind);
        enterprisesBySize = enterprisesBySize == null ? null : new TreeMap<>(enterprisesBySize);
    }

    /**
     * The same indicators with "members by kind" and "enterprises by size" replaced: those are derived from the cluster's
     * membership ledger, never typed (issue #14).
     */
    public Indicators withMembers(Map<String, Integer> byKind, Map<String, Integer> bySize) {
        return new Indicators(byKind, bySize, jointProjectsStarted, jointProjectsCompleted, genericActions, targetedActions, innovations,
                patentsFiled, companiesCreated, internationalisationActions, jobs, turnover, exports, trainingDays);
    }

    /** Every broken rule: counts and amounts present and non-negative, amounts to the cent, known kinds and sizes. */
    public List<ReportViolation> violations() {
        List<ReportViolation> v = new ArrayList<>();
        counts(v, "membersByKind", membersByKind, names(OrganisationKind.values()));
        counts(v, "enterprisesBySize", enterprisesBySize, names(SizeClass.values()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("jointProjectsStarted", jointProjectsStarted);
        counts.put("jointProjectsCompleted", jointProjectsCompleted);
        counts.put("genericActions", genericActions);
        counts.put("targetedActions", targetedActions);
        counts.put("innovations", innovations);
        counts.put("patentsFiled", patentsFiled);
        counts.put("companiesCreated", companiesCreated);
        counts.put("internationalisationActions", internationalisationActions);
        counts.forEach((field, value) -> count(v, PREFIX + field, value));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("jobs", jobs);
        amounts.put("turnover", turnover);
        amounts.put("exports", exports);
        amounts.put("trainingDays", trainingDays);
        amounts.forEach((field, value) -> {
            if (value == null) {
                v.add(new ReportViolation(PREFIX + field, ReportViolation.Code.REQUIRED));
            } else if (value.signum() < 0) {
                v.add(new ReportViolation(PREFIX + field, ReportViolation.Code.NEGATIVE));
            } else if (value.stripTrailingZeros().scale() > 2) {
                v.add(new ReportViolation(PREFIX + field, ReportViolation.Code.TOO_PRECISE));
            }
        });
        return v;
    }

    private static void counts(List<ReportViolation> v, String field, Map<String, Integer> values, Set<String> keys) {
        if (values == null) {
            v.add(new ReportViolation(PREFIX + field, ReportViolation.Code.REQUIRED));
            return;
        }
        values.forEach((key, value) -> {
            if (!keys.contains(key)) {
                v.add(new ReportViolation(PREFIX + field + "." + key, ReportViolation.Code.UNKNOWN_KEY));
            } else {
                count(v, PREFIX + field + "." + key, value);
            }
        });
    }

    private static void count(List<ReportViolation> v, String field, Integer value) {
        if (value == null) {
            v.add(new ReportViolation(field, ReportViolation.Code.REQUIRED));
        } else if (value < 0) {
            v.add(new ReportViolation(field, ReportViolation.Code.NEGATIVE));
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
