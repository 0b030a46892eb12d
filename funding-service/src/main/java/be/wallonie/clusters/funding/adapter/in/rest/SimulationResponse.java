package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.Simulation;
import be.wallonie.clusters.funding.domain.payment.LineKey;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.schedule.AgrementPeriod;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Simulation", description = "A simulated co-funding schedule, stored nowhere. Amounts are strings in euros "
        + "with exactly two decimals, in `currency`; totals are the sums of the (rounded) lines.")
public record SimulationResponse(
        @Schema(example = "EUR") String currency,
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        @Schema(description = "The scheme version governing the first period (in force on `inputs.startDate`); each line names "
                + "the version that priced it (`lines[].schemeVersion`)") VersionUsed schemeVersion,
        @Schema(example = "2025-03-15", description = "The computation date, as recorded: it does not choose the version")
        LocalDate computedOn,
        @Schema(description = "The inputs, echoed with their defaults applied") Inputs inputs,
        @Schema(description = "One line per budget (calendar) year within each agrément (or support) year, in date order")
        List<Line> lines,
        Totals totals) {

    @Schema(name = "SchemeVersionUsed")
    public record VersionUsed(@Schema(example = "defaults-1") String label, @Schema(example = "2000-01-01") LocalDate effectiveFrom,
            SchemeParametersResponse parameters) {
    }

    @Schema(name = "SimulationPeriod")
    public record Period(@Schema(example = "1") int number, @Schema(example = "2025-04-01") LocalDate from,
            @Schema(example = "2028-03-31") LocalDate to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SimulationInputs")
    public record Inputs(
            @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
            @Schema(example = "2025-04-01") LocalDate startDate,
            @Schema(example = "2034-03-31", description = "Last day covered by the periods") LocalDate endDate,
            @Schema(example = "3", description = "CLUSTER_ANIMATOR only") Integer agrementPeriods,
            List<Period> periods,
            @Schema(description = "Every scheme but COMPETITIVENESS_POLE") YearlyAmountsResponse eligibleCosts,
            @Schema(description = "COMPETITIVENESS_POLE only: the projects, in the order given") List<Project> projects,
            @Schema(example = "2025-03-15") LocalDate computedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SimulationPoleProject", description = "A pole project as simulated, defaults applied")
    public record Project(
            @Schema(example = "R_AND_D", enumeration = {"R_AND_D", "TRAINING", "INVESTMENT"}) String kind,
            @Schema(example = "Capteurs pour l'agro-industrie") String title,
            @Schema(example = "2026-01-01") LocalDate startDate,
            @Schema(example = "2027-12-31") LocalDate endDate,
            @Schema(example = "600000.00") String budget,
            @Schema(example = "200000.00") String privateContributions) {
    }

    @Schema(name = "Explanation", description = "How the amount was reached")
    public record Explanation(
            @Schema(example = "2025, période d'agrément 1 (année 1), du 01/04/2025 au 31/12/2025 (275/365 jours) : coûts éligibles "
                    + "150 684,93 € (montant annuel 200 000,00 € au prorata) × 100 % = 150 684,93 € ; plafond 160 000,00 € × 100 % "
                    + "× 275/365 jours de l'année d'agrément 1 (01/04/2025 – 31/03/2026) = 120 547,95 € ; plafond atteint : octroi "
                    + "120 547,95 €, à charge du cluster 30 136,98 €. Version de la politique : defaults-1.")
            String fr,
            @Schema(example = "2025, agrément period 1 (year 1), 2025-04-01 to 2025-12-31 (275/365 days): eligible costs "
                    + "€150,684.93 (yearly amount €200,000.00 pro rata) × 100% = €150,684.93; cap €160,000.00 × 100% × 275/365 "
                    + "days of agrément year 1 (2025-04-01 – 2026-03-31) = €120,547.95; cap reached: granted €120,547.95, left to "
                    + "the cluster €30,136.98. Policy version: defaults-1.")
            String en) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScheduleLine")
    public record Line(
            @Schema(example = "2025") int budgetYear,
            @Schema(example = "1", description = "Agrément period (the support window's number for other schemes)") int period,
            @Schema(example = "1", description = "Agrément year in which the line starts, counted from the first start")
            int agrementYear,
            @Schema(example = "2025-04-01") LocalDate from,
            @Schema(example = "2025-12-31") LocalDate to,
            @Schema(example = "275") int daysCovered,
            @Schema(example = "365") int daysInYear,
            @Schema(example = "150684.93", description = "Eligible costs of the line (a pole: its projects' budgets over the "
                    + "line's days)")
            String eligibleCosts,
            @Schema(example = "1.00", description = "Share the Region pays, as a fraction; 0.00 when self-financed") String rate,
            @Schema(example = "120547.95", description = "Ceiling of the grant for the line: the agrément (or support) year's "
                    + "cap — yearly cap, × rate for CLUSTER_ANIMATOR — × the line's days / the days of that agrément year; the "
                    + "lines of one agrément year add up to its cap to the cent") String capApplied,
            @Schema(example = "0.00", description = "COMPETITIVENESS_POLE only") String privateContributions,
            @Schema(example = "120547.95", description = "What the Region grants") String granted,
            @Schema(example = "30136.98", description = "eligibleCosts − granted: what the cluster finances itself")
            String leftToCluster,
            @Schema(example = "false", description = "Rate 0: the cluster finances the line itself") boolean selfFinanced,
            Explanation explanation,
            @Schema(example = "defaults-1", description = "Label of the scheme version that priced the line: the version in "
                    + "force on the first day of the line's agrément period (or support), unless a later version applies to "
                    + "running periods from a day on or before the line's first day")
            String schemeVersion,
            @Schema(description = "Present only when the line's amount changed since the previous version of the same "
                    + "schedule (a late cost declaration, a correction, an agrément cut short)")
            Correction correction,
            @Schema(example = "1/1/2025", description = "`{period}/{agrementYear}/{budgetYear}`: the line a payment names; it "
                    + "stays the same across a schedule's versions") String lineKey,
            @Schema(example = "60000.00", description = "Current schedules only: what the Region paid on the line (payments less "
                    + "reversals). A line cut in two by a scheme version shares its payments between its parts in date order")
            String paid,
            @Schema(example = "60547.95", description = "Current schedules only: granted − paid, never below zero") String remaining,
            @Schema(example = "0.00", description = "Current schedules only: paid − granted, never below zero — paid beyond what "
                    + "this version grants (a later version lowered the line), to recover") String overpaid,
            @Schema(description = "Only on an overpaid line: why, and what to recover") Explanation overpaidExplanation) {
    }

    @Schema(name = "LineCorrection", description = "How a line differs from the same line (same budget year, period, "
            + "agrément year and first day) of the schedule's previous version")
    public record Correction(
            @Schema(example = "120547.95", description = "What the line granted in the previous version") String previousGranted,
            @Schema(example = "-20547.95", description = "granted − previousGranted; negative when the line now grants less")
            String difference,
            @Schema(example = "coûts déclarés pour 2025", description = "Why the schedule was recomputed (the input that changed)")
            String reason) {

        static Correction of(ScheduleLine.Correction c) {
            return c == null ? null : new Correction(Amounts.money(c.previousGranted()), Amounts.money(c.difference()), c.reason());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScheduleTotals", description = "Sums of the lines")
    public record Totals(
            @Schema(example = "1800000.00") String eligibleCosts,
            @Schema(example = "1080000.00") String granted,
            @Schema(example = "720000.00") String leftToCluster,
            @Schema(description = "COMPETITIVENESS_POLE only") String privateContributions) {
    }

    static SimulationResponse of(Simulation simulation) {
        FundingSchedule schedule = simulation.schedule();
        SchemeVersion version = simulation.version();
        boolean pole = schedule.scheme() == SchemeCode.COMPETITIVENESS_POLE;
        List<Line> lines = schedule.lines().stream().map(line -> line(line, pole)).toList();
        Totals totals = new Totals(Amounts.money(schedule.totalEligible()), Amounts.money(schedule.totalGranted()),
                Amounts.money(schedule.totalLeftToCluster()), pole ? Amounts.money(schedule.totalPrivateContributions()) : null);
        return new SimulationResponse(Amounts.CURRENCY, schedule.scheme(),
                new VersionUsed(version.label(), version.effectiveFrom(), SchemeParametersResponse.of(version.parameters())),
                schedule.computedOn(), inputs(schedule), lines, totals);
    }

    private static Inputs inputs(FundingSchedule schedule) {
        FundingInputs in = schedule.inputs();
        boolean pole = in.scheme() == SchemeCode.COMPETITIVENESS_POLE;
        List<AgrementPeriod> periods = in.periods();
        return new Inputs(in.scheme(), in.firstStart(), in.lastEnd(),
                in.scheme() == SchemeCode.CLUSTER_ANIMATOR ? periods.size() : null,
                periods.stream().map(p -> new Period(p.number(), p.start(), p.end())).toList(),
                pole ? null : YearlyAmountsResponse.of(in.eligibleCosts()),
                pole ? in.projects().stream().map(p -> new Project(p.kind().name(), p.title().isEmpty() ? null : p.title(), p.start(),
                        p.end(), Amounts.money(p.budget()), Amounts.money(p.privateContributions()))).toList() : null,
                schedule.computedOn());
    }

    static Line line(ScheduleLine l, boolean pole) {
        return new Line(l.budgetYear(), l.period(), l.agrementYear(), l.from(), l.to(), l.daysCovered(), l.daysInYear(),
                Amounts.money(l.eligibleCosts()), Amounts.rate(l.rate()), Amounts.money(l.capApplied()),
                pole ? Amounts.money(l.privateContributions()) : null, Amounts.money(l.granted()),
                Amounts.money(l.leftToCluster()), l.selfFinanced(), new Explanation(l.explanation().fr(), l.explanation().en()),
                l.schemeVersion(), Correction.of(l.correction()), LineKey.of(l).toString(), null, null, null, null);
    }

    /** A line of a current schedule, with what was paid on it. */
    static Line line(ScheduleLine l, boolean pole, PaymentLedger.PartStatus paid) {
        Line plain = line(l, pole);
        return new Line(plain.budgetYear(), plain.period(), plain.agrementYear(), plain.from(), plain.to(), plain.daysCovered(),
                plain.daysInYear(), plain.eligibleCosts(), plain.rate(), plain.capApplied(), plain.privateContributions(),
                plain.granted(), plain.leftToCluster(), plain.selfFinanced(), plain.explanation(), plain.schemeVersion(),
                plain.correction(), plain.lineKey(), Amounts.money(paid.paid()), Amounts.money(paid.remaining()),
                Amounts.money(paid.overpaid()), paid.explanation() == null ? null
                        : new Explanation(paid.explanation().fr(), paid.explanation().en()));
    }
}
