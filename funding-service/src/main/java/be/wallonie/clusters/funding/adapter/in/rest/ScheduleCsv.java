package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.csv.CsvWriter;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery.CurrentSchedule;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV export of schedules (RFC 4180: CRLF line ends, fields quoted when they hold the separator, a quote or a
 * line break): one row per schedule line, amounts in euros with two decimals. For Belgian spreadsheets the
 * separator may be ';' and the decimal mark ','. {@code policy_version} is the schedule's (the version governing its
 * first period), {@code line_policy_version} the version that priced the line; {@code previous_granted},
 * {@code difference} and {@code correction_reason} are empty unless the line changed since the schedule's previous
 * version; {@code line_key}, {@code paid}, {@code remaining} and {@code overpaid} (issue #14) come last, so the earlier
 * columns keep their positions.
 */
record ScheduleCsv(char separator, char decimalMark) {

    static final List<String> COLUMNS = List.of("dossier_id", "cluster_name", "beneficiary_enterprise_number", "beneficiary_name",
            "scheme", "schedule_version", "policy_version", "computed_on", "budget_year", "period", "date_from", "date_to",
            "days_covered", "days_in_year", "eligible_costs", "rate", "cap_applied", "private_contributions", "granted",
            "left_to_cluster", "currency", "line_policy_version", "previous_granted", "difference", "correction_reason", "line_key", "paid",
            "remaining", "overpaid");

    /** The column list as documented in the API (a constant, so annotations can use it). */
    static final String COLUMNS_DOC = "`dossier_id`, `cluster_name`, `beneficiary_enterprise_number`, `beneficiary_name`, `scheme`, "
            + "`schedule_version`, `policy_version`, `computed_on`, `budget_year`, `period`, `date_from`, `date_to`, `days_covered`, "
            + "`days_in_year`, `eligible_costs`, `rate`, `cap_applied`, `private_contributions`, `granted`, `left_to_cluster`, "
            + "`currency`, `line_policy_version`, `previous_granted`, `difference`, `correction_reason`, `line_key`, `paid`, "
            + "`remaining`, `overpaid`";

    static ScheduleCsv of(String separator, String decimal) {
        char sep = switch (separator.strip().toLowerCase()) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> throw invalid("separator", separator, "comma | semicolon");
        };
        char mark = switch (decimal.strip().toLowerCase()) {
            case "point" -> '.';
            case "comma" -> ',';
            default -> throw invalid("decimal", decimal, "point | comma");
        };
        if (sep == mark) {
            throw invalid("decimal", decimal, "with separator=comma the decimal mark is point; use separator=semicolon");
        }
        return new ScheduleCsv(sep, mark);
    }

    private static ProblemException invalid(String field, String value, String expected) {
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Valeur refusée pour %s : %s", "Value refused for %s: %s").formatted(field, value),
                List.of(new FieldProblem(field, expected)), null);
    }

    /** The schedules with nothing paid on them. */
    String write(List<CurrentSchedule> schedules) {
        return write(schedules, s -> PaymentLedger.of(s.scheme(), s, List.of()));
    }

    /** The schedules, each with what was paid on its lines ({@code ledgers}: the ledger of a current schedule). */
    String write(List<CurrentSchedule> schedules, Function<ComputedSchedule, PaymentLedger> ledgers) {
        CsvWriter out = CsvWriter.of(separator, decimalMark).row(COLUMNS);
        for (CurrentSchedule current : schedules) {
            FundingFile f = current.file();
            ComputedSchedule s = current.schedule();
            List<PaymentLedger.PartStatus> parts = ledgers.apply(s).parts();
            for (int i = 0; i < s.lines().size(); i++) {
                ScheduleLine l = s.lines().get(i);
                PaymentLedger.PartStatus paid = parts.get(i);
                out.row(List.of(s.dossierId().toString(), text(f == null ? null : f.clusterName()),
                        text(f == null || f.beneficiary() == null ? null : f.beneficiary().enterpriseNumber()),
                        text(f == null || f.beneficiary() == null ? null : f.beneficiary().name()), s.scheme().name(),
                        Integer.toString(s.version()), s.policyVersion(), s.computedOn().toString(), Integer.toString(l.budgetYear()),
                        Integer.toString(l.period()), l.from().toString(), l.to().toString(), Integer.toString(l.daysCovered()),
                        Integer.toString(l.daysInYear()), money(l.eligibleCosts()), number(Amounts.rate(l.rate())),
                        money(l.capApplied()), money(l.privateContributions()), money(l.granted()), money(l.leftToCluster()),
                        Money.CURRENCY, l.schemeVersion(), l.correction() == null ? "" : money(l.correction().previousGranted()),
                        l.correction() == null ? "" : money(l.correction().difference()),
                        l.correction() == null ? "" : text(l.correction().reason()), paid.line().toString(), money(paid.paid()),
                        money(paid.remaining()), money(paid.overpaid())));
            }
        }
        return out.text();
    }

    private String money(Money amount) {
        return number(amount.amount().setScale(Money.SCALE).toPlainString());
    }

    private String number(String plain) {
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
