package be.wallonie.clusters.evaluation.domain.criteria;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A risk the experts should look at (II.2).
 *
 * @param organisations the members concerned, sorted; empty when the risk concerns the dossier as a whole
 */
public record RiskWarning(RiskWarningCode code, LocalizedText message, List<UUID> organisations) {

    public RiskWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        organisations = organisations.stream().sorted().toList();
    }
}
