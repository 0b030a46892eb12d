package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A project the Region approved for a competitiveness pole in a yearly call: poles are funded for "projets
 * d'investissement, de R&amp;D ou de formation" (002), "max 400 000 €/an + contributions privées" (001). The public
 * share of a project is its budget less its private contributions, spread evenly over its days.
 *
 * @param id                   the registry's project
 * @param kind                 R&amp;D, training or investment
 * @param title                its title
 * @param callYear             the yearly call that selected it
 * @param start                first day
 * @param end                  last day
 * @param budget               the project's budget
 * @param privateContributions what the members bring (never more than the budget)
 */
public record PoleProject(UUID id, Kind kind, String title, int callYear, LocalDate start, LocalDate end, Money budget,
        Money privateContributions) {

    /** The three kinds of pole project of the seeds (002). */
    public enum Kind {
        R_AND_D, TRAINING, INVESTMENT
    }

    public PoleProject {
        Objects.requireNonNull(id, "project id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(privateContributions, "private contributions");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("project " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
        if (budget.isNegative() || privateContributions.isNegative()) {
            throw new IllegalArgumentException("project " + id + ": budget and private contributions are not negative");
        }
        if (privateContributions.compareTo(budget) > 0) {
            throw new IllegalArgumentException("project " + id + ": private contributions " + privateContributions
                    + " exceed the budget " + budget);
        }
    }

    /** Days of the project, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days of the project between {@code from} and {@code to} (inclusive). */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = to.isBefore(end) ? to : end;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    String canonical() {
        return id + ":" + kind + ":" + callYear + ":" + start + ".." + end + ":" + budget + "/" + privateContributions;
    }
}
