package be.wallonie.clusters.registry.domain.pole;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.FundingViolation;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A project of a competitiveness pole the Region approved in a yearly call: poles are funded for "projets
 * d'investissement, de R&D ou de formation" (002) selected in yearly calls, "max 400 000 €/an + contributions privées"
 * (001). The funding service sums a pole's projects (each never more than its budget less its private contributions)
 * and caps the year; the registry records what was approved.
 *
 * @param budget               the project's total budget in euros, more than zero
 * @param privateContributions the private contributions to that budget in euros, between zero and the budget
 */
public record PoleProject(UUID id, UUID dossierId, int callYear, Kind kind, String title, LocalDate start, LocalDate end,
        BigDecimal budget, BigDecimal privateContributions, String approvedBy, Instant approvedAt) {

    /** The three kinds of project a pole is funded for (002). */
    public enum Kind {
        R_AND_D,
        TRAINING,
        INVESTMENT
    }

    /** The earliest and latest call years the registry accepts. */
    public static final int FIRST_CALL_YEAR = 2000;
    public static final int LAST_CALL_YEAR = 2100;
    public static final int MAX_TITLE = 300;

    public PoleProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(privateContributions, "private contributions");
        Objects.requireNonNull(approvedBy, "approved by");
        Objects.requireNonNull(approvedAt, "approved at");
    }

    /** A project as the Region submits it for approval; every field may be missing or wrong, {@link #approve} says which. */
    public record Proposal(String kind, String title, Integer callYear, LocalDate start, LocalDate end, BigDecimal budget,
            BigDecimal privateContributions) {
    }

    /**
     * Approves a project for a pole. The dossier must be a competitiveness pole with an agrément
     * ({@link PoleProjectRefusedException}); then every broken rule is reported at once ({@link InvalidPoleProjectException}):
     * kind one of {@link Kind}; a title; a call year in range and not after the year the project starts; both dates,
     * the end not before the start, and both inside one agrément period of the pole (a project does not straddle a
     * renewal: the next period is a new approval); budget more than zero; private contributions from zero up to the
     * budget; amounts with at most two decimals.
     */
    public static PoleProject approve(UUID id, UUID dossierId, Scheme scheme, List<Agrement> agrements, Proposal p, String by,
            Instant at) {
        if (scheme != Scheme.COMPETITIVENESS_POLE) {
            throw new PoleProjectRefusedException(PoleProjectRefusedException.Reason.NOT_A_POLE);
        }
        if (agrements.isEmpty()) {
            throw new PoleProjectRefusedException(PoleProjectRefusedException.Reason.NO_AGREMENT);
        }
        List<FundingViolation> v = new ArrayList<>();
        Kind kind = null;
        if (p.kind() == null || p.kind().isBlank()) {
            v.add(new FundingViolation("kind", FundingViolation.Code.REQUIRED));
        } else {
            try {
                kind = Kind.valueOf(p.kind().strip());
            } catch (IllegalArgumentException e) {
                v.add(new FundingViolation("kind", FundingViolation.Code.UNKNOWN_KIND));
            }
        }
        String title = p.title() == null ? null : p.title().strip();
        if (title == null || title.isEmpty()) {
            v.add(new FundingViolation("title", FundingViolation.Code.REQUIRED));
        } else if (title.length() > MAX_TITLE) {
            v.add(new FundingViolation("title", FundingViolation.Code.TOO_LONG));
        }
        if (p.callYear() == null) {
            v.add(new FundingViolation("callYear", FundingViolation.Code.REQUIRED));
        } else if (p.callYear() < FIRST_CALL_YEAR || p.callYear() > LAST_CALL_YEAR) {
            v.add(new FundingViolation("callYear", FundingViolation.Code.OUT_OF_RANGE));
        } else if (p.start() != null && p.callYear() > p.start().getYear()) {
            v.add(new FundingViolation("callYear", FundingViolation.Code.CALL_AFTER_START));
        }
        if (p.start() == null) {
            v.add(new FundingViolation("startDate", FundingViolation.Code.REQUIRED));
        }
        if (p.end() == null) {
            v.add(new FundingViolation("endDate", FundingViolation.Code.REQUIRED));
        }
        if (p.start() != null && p.end() != null) {
            if (p.end().isBefore(p.start())) {
                v.add(new FundingViolation("endDate", FundingViolation.Code.BEFORE_START));
            } else if (agrements.stream().noneMatch(a -> !p.start().isBefore(a.start()) && !p.end().isAfter(a.end()))) {
                v.add(new FundingViolation("startDate", FundingViolation.Code.OUTSIDE_AGREMENT));
                v.add(new FundingViolation("endDate", FundingViolation.Code.OUTSIDE_AGREMENT));
            }
        }
        if (p.budget() == null) {
            v.add(new FundingViolation("budget", FundingViolation.Code.REQUIRED));
        } else {
            FundingViolation.amount("budget", p.budget(), true).ifPresent(v::add);
        }
        if (p.privateContributions() == null) {
            v.add(new FundingViolation("privateContributions", FundingViolation.Code.REQUIRED));
        } else {
            FundingViolation wrong = FundingViolation.amount("privateContributions", p.privateContributions(), false).orElse(null);
            if (wrong != null) {
                v.add(wrong);
            } else if (p.budget() != null && p.privateContributions().compareTo(p.budget()) > 0) {
                v.add(new FundingViolation("privateContributions", FundingViolation.Code.ABOVE_BUDGET));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidPoleProjectException(v);
        }
        return new PoleProject(id, dossierId, p.callYear(), kind, title, p.start(), p.end(), p.budget().setScale(2),
                p.privateContributions().setScale(2), by, at);
    }

    /** The public funding the project may receive at most: its budget less its private contributions. */
    public BigDecimal publicShare() {
        return budget.subtract(privateContributions);
    }
}
