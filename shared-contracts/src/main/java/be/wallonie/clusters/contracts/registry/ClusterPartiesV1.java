package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Parts of the registry's events that several of them carry. */
public final class ClusterPartiesV1 {

    /**
     * The organisation that receives the Region's funding: the animateur's employer for an economic cluster (and for a
     * preparation support), the declared funded beneficiary for a technology grape or a competitiveness pole.
     *
     * @param organisationId   the registry's organisation
     * @param enterpriseNumber Belgian enterprise number (BCE/KBO) {@code 0123.456.789}, null for a body without one
     * @param name             legal name
     */
    public record Beneficiary(UUID organisationId, String enterpriseNumber, String name) {
    }

    /**
     * The animateur post as the decision accepted it.
     *
     * @param fte        full-time equivalent, e.g. 1.0
     * @param startDate  when the animateur starts (or started)
     * @param yearlyCost eligible yearly cost of the post, in euros
     */
    public record AnimatorPost(BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost) {
    }

    private ClusterPartiesV1() {
    }
}
