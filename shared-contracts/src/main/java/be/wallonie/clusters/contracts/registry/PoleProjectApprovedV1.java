package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Region approved a project of a competitiveness pole in a yearly call ("projets d'investissement, de R&D ou de
 * formation"). A pole's public funding is the sum over its approved projects, never more than each project's budget
 * less its private contributions, capped per year by the pole scheme.
 *
 * @param projectId            the approved project
 * @param dossierId            the pole's dossier (aggregate id, Kafka key)
 * @param clusterName          the pole's name
 * @param callYear             the yearly call the project was selected in
 * @param kind                 {@code R_AND_D}, {@code TRAINING} or {@code INVESTMENT}
 * @param title                the project's title
 * @param startDate            first day of the project (inside an agrément period of the pole)
 * @param endDate              last day of the project (inside the same agrément period)
 * @param budget               the project's total eligible budget, in euros, more than zero
 * @param privateContributions the private contributions to that budget, in euros, between zero and the budget
 * @param approvedBy           the subject of the Region's officer who recorded it
 * @param approvedAt           when it was recorded
 */
public record PoleProjectApprovedV1(
        UUID projectId,
        UUID dossierId,
        String clusterName,
        int callYear,
        String kind,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        BigDecimal privateContributions,
        String approvedBy,
        OffsetDateTime approvedAt) {
}
