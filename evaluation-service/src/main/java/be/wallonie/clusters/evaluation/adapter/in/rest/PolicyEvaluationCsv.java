package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import be.wallonie.clusters.foundation.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as CSV for Belgian spreadsheets, as the funding service's exports with {@code separator=semicolon} and
 * {@code decimal=comma}: ';' between fields, ',' as the decimal mark, CRLF line ends, fields quoted (RFC 4180) when
 * they hold ';', a quote or a line break. One row per figure, in long form, so every figure has a column of its own
 * meaning whatever the schemes, years and indicators of the period.
 */
final class PolicyEvaluationCsv {

    static final List<String> COLUMNS = List.of("report_id", "period_from", "period_to", "section", "indicator", "breakdown",
            "year", "value", "unit");

    /** The columns as documented in the API (a constant, so annotations can use it). */
    static final String COLUMNS_DOC = "`report_id`, `period_from`, `period_to` (exclusive), `section` (dossiers_received, "
            + "time_to_opinion, validation, divergence, agrements, funding_committed, follow_up, cellule_activity, avis_agreement, "
            + "amounts_paid, follow_up_execution, overdue_reports, basis), `indicator`, `breakdown` "
            + "(a scheme, an opinion, an act kind, an avis/opinion pair, `clusters`, `change`, `change_rate` or empty for the "
            + "total), `year` (budget or follow-up year, or empty), `value` (empty when the figure has no denominator), `unit` "
            + "(count, days, hours, share, EUR, value, date, timestamp)";

    /** One figure of a report: the CSV's row and the HTML page's table line. */
    record Figure(String section, String indicator, String breakdown, String year, String value, String unit) {
    }

    private static final char SEPARATOR = ';';
    private static final char DECIMAL_MARK = ',';

    private final List<Figure> figures = new ArrayList<>();
    private final StoredPolicyEvaluation stored;

    private PolicyEvaluationCsv(StoredPolicyEvaluation stored) {
        this.stored = stored;
    }

    static String write(StoredPolicyEvaluation stored) {
        return new PolicyEvaluationCsv(stored).rows().text();
    }

    /** Every figure of the report in order, values as in the CSV (',' decimal mark); the sections a report's method
     * version did not compute have none. */
    static List<Figure> figures(StoredPolicyEvaluation stored) {
        return List.copyOf(new PolicyEvaluationCsv(stored).rows().figures);
    }

    private PolicyEvaluationCsv rows() {
        PolicyEvaluationReport r = stored.report();
        var d = r.dossiersReceived();
        count("dossiers_received", "dossiers", "", d.dossiers());
        count("dossiers_received", "submissions", "", d.submissions());
        d.byScheme().forEach((scheme, n) -> count("dossiers_received", "dossiers", scheme, n));
        var t = r.timeToOpinion();
        count("time_to_opinion", "opinions_issued", "", t.opinionsIssued());
        t.byOpinion().forEach((kind, n) -> count("time_to_opinion", "opinions_issued", kind, n));
        count("time_to_opinion", "measured", "", t.measured());
        row("time_to_opinion", "median", "", "", number(t.medianDays()), "days");
        row("time_to_opinion", "p90", "", "", number(t.p90Days()), "days");
        row("time_to_opinion", "max", "", "", number(t.maxDays()), "days");
        count("time_to_opinion", "awaiting_opinion", "", t.awaitingOpinion());
        var v = r.validation();
        count("validation", "decided", "", v.decided());
        count("validation", "validated", "", v.validated());
        count("validation", "rejected", "", v.rejected());
        row("validation", "validation_rate", "", "", number(v.validationRate()), "share");
        var g = r.divergence();
        count("divergence", "decisions_with_opinion", "", g.decisionsWithOpinion());
        count("divergence", "divergent", "", g.divergent());
        row("divergence", "divergence_rate", "", "", number(g.divergenceRate()), "share");
        count("divergence", "validated_against_unfavourable", "", g.validatedAgainstUnfavourable());
        count("divergence", "rejected_against_favourable", "", g.rejectedAgainstFavourable());
        var a = r.agrements();
        count("agrements", "granted", "", a.granted());
        count("agrements", "renewed", "", a.renewed());
        count("agrements", "expired", "", a.expired());
        var f = r.fundingCommitted();
        row("funding_committed", "granted", "", "", number(f.total()), f.currency());
        f.byScheme().forEach((scheme, amount) -> row("funding_committed", "granted", scheme, "", number(amount), f.currency()));
        f.byBudgetYear().forEach((year, amount) -> row("funding_committed", "granted", "", year.toString(), number(amount),
                f.currency()));
        count("funding_committed", "schedules_counted", "", f.schedulesCounted());
        for (PolicyEvaluationReport.IndicatorTrend trend : r.followUpTrends()) {
            trend.totalsByYear().forEach((year, total) -> row("follow_up", trend.indicator(), "", year.toString(), number(total),
                    "value"));
            trend.clustersByYear().forEach((year, n) -> row("follow_up", trend.indicator(), "clusters", year.toString(),
                    n.toString(), "count"));
            row("follow_up", trend.indicator(), "change", "", number(trend.change()), "value");
            row("follow_up", trend.indicator(), "change_rate", "", number(trend.changeRate()), "share");
        }
        cellule(r.celluleActivity());
        paid(r.amountsPaid());
        execution(r.followUpExecution());
        var b = r.basis();
        count("basis", "submissions", "", b.submissions());
        count("basis", "opinions", "", b.opinions());
        count("basis", "decisions", "", b.decisions());
        count("basis", "agrement_facts", "", b.agrementFacts());
        count("basis", "funding_schedule_versions", "", b.fundingScheduleVersions());
        count("basis", "follow_up_report_versions", "", b.followUpReportVersions());
        optionalCount("basis", "accompaniment_acts", b.accompanimentActs());
        optionalCount("basis", "accompanied_projects", b.accompaniedProjects());
        optionalCount("basis", "cellule_avis_versions", b.celluleAvisVersions());
        optionalCount("basis", "payments", b.payments());
        row("basis", "last_fact_received_at", "", "", b.lastFactReceivedAt() == null ? "" : b.lastFactReceivedAt().toString(),
                "timestamp");
        row("basis", "computed_at", "", "", stored.computedAt().toString(), "timestamp");
        return this;
    }

    private void cellule(PolicyEvaluationReport.CelluleActivity c) {
        if (c == null) {
            return;
        }
        String s = "cellule_activity";
        count(s, "acts", "", c.acts());
        c.actsByKind().forEach((kind, n) -> count(s, "acts", kind, n));
        row(s, "hours", "", "", number(c.hours()), "hours");
        c.hoursByKind().forEach((kind, h) -> row(s, "hours", kind, "", number(h), "hours"));
        count(s, "organisation_participations", "", c.organisationParticipations());
        count(s, "projects_accompanied", "", c.projectsAccompanied());
        count(s, "projects_became_dossiers", "", c.projectsBecameDossiers());
        count(s, "dossiers_accompanied", "", c.dossiersAccompanied());
        count(s, "contact_to_submission_measured", "", c.contactToSubmissionMeasured());
        row(s, "contact_to_submission_median", "", "", number(c.medianDaysContactToSubmission()), "days");
        var a = c.avisAgreement();
        String g = "avis_agreement";
        count(g, "opinions_with_avis", "", a.opinionsWithAvis());
        a.byPair().forEach((pair, n) -> count(g, "opinions_with_avis", pair, n));
        count(g, "opinions_without_avis", "", a.opinionsWithoutAvis());
        count(g, "agreeing", "", a.agreeing());
        row(g, "agreement_rate", "", "", number(a.agreementRate()), "share");
        count(g, "same_direction", "", a.sameDirection());
        row(g, "same_direction_rate", "", "", number(a.sameDirectionRate()), "share");
    }

    private void paid(PolicyEvaluationReport.AmountsPaid p) {
        if (p == null) {
            return;
        }
        String s = "amounts_paid";
        row(s, "paid", "", "", number(p.total()), p.currency());
        p.byScheme().forEach((scheme, amount) -> row(s, "paid", scheme, "", number(amount), p.currency()));
        count(s, "payments", "", p.payments());
        count(s, "reversals", "", p.reversals());
        for (PolicyEvaluationReport.PaidBudgetYear y : p.byBudgetYear()) {
            String year = Integer.toString(y.budgetYear());
            row(s, "paid", "", year, number(y.paid()), p.currency());
            y.paidByScheme().forEach((scheme, amount) -> row(s, "paid", scheme, year, number(amount), p.currency()));
            row(s, "committed", "", year, number(y.committed()), p.currency());
            row(s, "paid_share_of_committed", "", year, number(y.paidShareOfCommitted()), "share");
        }
    }

    private void execution(PolicyEvaluationReport.FollowUpExecution e) {
        if (e == null) {
            return;
        }
        String s = "follow_up_execution";
        for (PolicyEvaluationReport.ExecutionYear y : e.byYear()) {
            String year = Integer.toString(y.year());
            yearCount(s, "reports", year, y.reports());
            yearCount(s, "with_plan_data", year, y.withPlanData());
            yearCount(s, "without_plan_data", year, y.withoutPlanData());
            yearCount(s, "actions_planned", year, y.actionsPlanned());
            yearCount(s, "carried_out", year, y.carriedOut());
            yearCount(s, "ongoing", year, y.ongoing());
            yearCount(s, "postponed", year, y.postponed());
            yearCount(s, "dropped", year, y.dropped());
            row(s, "execution_rate", "", year, number(y.executionRate()), "share");
            row(s, "budget_planned", "", year, number(y.budgetPlanned()), "EUR");
            row(s, "budget_spent", "", year, number(y.budgetSpent()), "EUR");
            row(s, "budget_spent_rate", "", year, number(y.budgetSpentRate()), "share");
            yearCount(s, "gains_targeted", year, y.gainsTargeted());
            yearCount(s, "gains_achieved", year, y.gainsAchieved());
            row(s, "gains_achieved_rate", "", year, number(y.gainsAchievedRate()), "share");
            yearCount(s, "conditions_total", year, y.conditionsTotal());
            yearCount(s, "conditions_met", year, y.conditionsMet());
            row(s, "conditions_met_rate", "", year, number(y.conditionsMetRate()), "share");
        }
        var o = e.overdue();
        String d = "overdue_reports";
        count(d, "reports_with_due_day", "", o.reportsWithDueDay());
        count(d, "filed_late", "", o.filedLate());
        row(d, "filed_late_rate", "", "", number(o.filedLateRate()), "share");
        count(d, "years_due", "", o.yearsDue());
        count(d, "years_due_without_report", "", o.yearsDueWithoutReport());
        row(d, "as_of", "", "", o.asOf() == null ? "" : o.asOf().toString(), "date");
    }

    private void yearCount(String section, String indicator, String year, int n) {
        row(section, indicator, "", year, Integer.toString(n), "count");
    }

    private void optionalCount(String section, String indicator, Integer n) {
        if (n != null) {
            count(section, indicator, "", n);
        }
    }

    private void count(String section, String indicator, String breakdown, int n) {
        row(section, indicator, breakdown, "", Integer.toString(n), "count");
    }

    private void row(String section, String indicator, String breakdown, String year, String value, String unit) {
        figures.add(new Figure(section, indicator, breakdown, year, value, unit));
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', DECIMAL_MARK);
    }

    private String text() {
        CsvWriter out = CsvWriter.of(SEPARATOR, DECIMAL_MARK).row(COLUMNS);
        PolicyEvaluationReport r = stored.report();
        for (Figure f : figures) {
            out.row(List.of(stored.id().toString(), r.period().from().toString(), r.period().to().toString(), f.section(),
                    f.indicator(), f.breakdown(), f.year(), f.value(), f.unit()));
        }
        return out.text();
    }
}
