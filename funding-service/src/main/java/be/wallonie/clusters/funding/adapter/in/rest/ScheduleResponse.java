package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One kept version of a cluster's schedule. */
@Schema(name = "Schedule", description = "A kept version of a cluster's co-funding schedule for one scheme")
public record ScheduleResponse(
        @Schema(description = "The version's identifier") UUID id,
        UUID dossierId,
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        @Schema(example = "1", description = "1, 2, 3… per cluster and scheme") int version,
        @Schema(example = "defaults-1", description = "Scheme version governing the schedule's first period; each line names "
                + "the version that priced it (`lines[].schemeVersion`)") String policyVersion,
        @Schema(example = "agrément accordé (période 1, 2025-04-01 – 2028-03-31)", description = "The input that changed")
        String reason,
        @Schema(example = "2025-04-02") LocalDate computedOn,
        Instant computedAt,
        @Schema(example = "EUR") String currency,
        List<SimulationResponse.Line> lines,
        SimulationResponse.Totals totals,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On the current version of a schedule only (a file's current schedules, the latest version in "
                + "its versions, the exports): what the Region paid, per budget year and in all, and the lines paid beyond "
                + "what this version grants") Payments payments) {

    @Schema(name = "SchedulePayments", description = "What the Region paid against the schedule's lines, as of now")
    public record Payments(@Schema(example = "EUR") String currency, List<PaidAmounts> budgetYears, PaidAmounts totals,
            @Schema(description = "Lines paid beyond what this version grants — including a line it no longer has — with what "
                    + "to recover and why; nothing paid is changed automatically") List<OverpaidLine> overpaidLines) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PaidAmounts", description = "Granted, paid, remaining and overpaid: for a budget year, the sums of its lines")
    public record PaidAmounts(@Schema(example = "2027", description = "Absent from the totals") Integer budgetYear,
            @Schema(example = "160000.00") String granted, @Schema(example = "100000.00") String paid,
            @Schema(example = "60000.00", description = "Left to pay: the lines' granted − paid, each never below zero")
            String remaining,
            @Schema(example = "0.00", description = "To recover: the lines' paid − granted, each never below zero") String overpaid) {

        static PaidAmounts of(PaymentLedger.YearStatus y, boolean total) {
            return new PaidAmounts(total ? null : y.budgetYear(), Amounts.money(y.granted()), Amounts.money(y.paid()),
                    Amounts.money(y.remaining()), Amounts.money(y.overpaid()));
        }
    }

    @Schema(name = "OverpaidLine", description = "A line paid beyond what the schedule's current version grants on it")
    public record OverpaidLine(@Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme, @Schema(example = "1/2/2027") String lineKey,
            int period, int agrementYear, int budgetYear, @Schema(example = "30000.00") String granted,
            @Schema(example = "40000.00") String paid, @Schema(example = "10000.00", description = "paid − granted: to recover")
            String overpaid,
            @Schema(description = "Whether the current version still has the line (false: it dropped it, granted 0.00)")
            boolean inSchedule,
            SimulationResponse.Explanation explanation) {

        static List<OverpaidLine> of(SchemeCode scheme, PaymentLedger ledger) {
            List<OverpaidLine> out = new ArrayList<>();
            for (PaymentLedger.LineStatus s : ledger.overpaidLines()) {
                out.add(new OverpaidLine(scheme, s.line().toString(), s.line().period(), s.line().agrementYear(), s.line().budgetYear(),
                        Amounts.money(s.granted()), Amounts.money(s.paid()), Amounts.money(s.overpaid()), s.inSchedule(),
                        new SimulationResponse.Explanation(s.explanation().fr(), s.explanation().en())));
            }
            return out;
        }
    }

    /** A version as kept, without payments (an earlier version, the feed). */
    static ScheduleResponse of(ComputedSchedule s) {
        return of(s, null);
    }

    /** The current version, with what was paid on it ({@code ledger} null: shown without payments). */
    static ScheduleResponse of(ComputedSchedule s, PaymentLedger ledger) {
        boolean pole = s.scheme() == SchemeCode.COMPETITIVENESS_POLE;
        List<SimulationResponse.Line> lines;
        Payments payments = null;
        if (ledger == null) {
            lines = s.lines().stream().map(l -> SimulationResponse.line(l, pole)).toList();
        } else {
            List<PaymentLedger.PartStatus> parts = ledger.parts();
            lines = new ArrayList<>();
            for (int i = 0; i < s.lines().size(); i++) {
                lines.add(SimulationResponse.line(s.lines().get(i), pole, parts.get(i)));
            }
            payments = new Payments(Amounts.CURRENCY, ledger.budgetYears().stream().map(y -> PaidAmounts.of(y, false)).toList(),
                    PaidAmounts.of(ledger.totals(), true), OverpaidLine.of(s.scheme(), ledger));
        }
        return new ScheduleResponse(s.id(), s.dossierId(), s.scheme(), s.version(), s.policyVersion(), s.reason(), s.computedOn(),
                s.computedAt(), Amounts.CURRENCY, lines,
                new SimulationResponse.Totals(Amounts.money(s.totalEligible()), Amounts.money(s.totalGranted()),
                        Amounts.money(s.totalLeftToCluster()), pole ? Amounts.money(s.totalPrivateContributions()) : null),
                payments);
    }
}
