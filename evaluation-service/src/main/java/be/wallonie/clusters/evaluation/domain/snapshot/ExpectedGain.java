package be.wallonie.clusters.evaluation.domain.snapshot;

import java.math.BigDecimal;

/** An expected competitiveness gain (I.1.2 §4); the Scottish example had « objectifs chiffrés ». */
public record ExpectedGain(String description, String indicator, BigDecimal targetValue, String unit) {

    /** Quantified: it names an indicator and a target value. */
    public boolean isQuantified() {
        return targetValue != null && indicator != null && !indicator.isBlank();
    }
}
