package be.wallonie.clusters.registry.domain.call;

/**
 * The defaults of a call (configuration): submission open for {@code durationMonths} (12: "une année"), a selection
 * session every {@code sessionIntervalMonths} (3: "tous les trois mois", III.3), a cut-off {@code cutOffDays} before
 * each session so the Cellule can prepare the Comité's information (30), and the longest call accepted.
 */
public record CallPolicy(int durationMonths, int sessionIntervalMonths, int cutOffDays, int maxDurationMonths) {

    public CallPolicy {
        if (durationMonths < 1 || sessionIntervalMonths < 1 || sessionIntervalMonths > 12 || cutOffDays < 0
                || maxDurationMonths < durationMonths) {
            throw new IllegalArgumentException("call policy out of range");
        }
    }
}
