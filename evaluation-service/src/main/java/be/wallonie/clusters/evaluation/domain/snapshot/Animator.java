package be.wallonie.clusters.evaluation.domain.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The animateur the core group hires and the Region co-funds (III.2 « Les animateurs des clusters »). */
public record Animator(String name, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost) {
}
