package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;

/** A quantified gain the members expect: what, measured by which indicator, the target value and its unit. */
public record ExpectedGain(String description, String indicator, BigDecimal targetValue, String unit) {

    public ExpectedGain {
        description = Texts.strip(description);
        indicator = Texts.strip(indicator);
        unit = Texts.strip(unit);
    }
}
