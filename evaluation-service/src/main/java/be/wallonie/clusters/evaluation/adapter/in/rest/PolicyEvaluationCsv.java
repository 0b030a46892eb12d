package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
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
            + "time_to_opinion, validation, divergence, agrements, funding_committed, follow_up, basis), `indicator`, `breakdown` "
            + "(a scheme, an opinion, `clusters`, `change`, `change_rate` or empty for the total), `year` (budget or follow-up "
            + "year, or empty), `value` (empty when the figure has no denominator), `unit` (count, days, share, EUR, value, "
            + "timestamp)";

    private static final char SEPARATOR = ';';
    private static final char DECIMAL_MARK = ',';

    private final List<List<String>> rows = new ArrayList<>();
    private final StoredPolicyEvaluation stored;

    private PolicyEvaluationCsv(StoredPolicyEvaluation stored) {
        this.stored = stored;
    }

    static String write(StoredPolicyEvaluation stored) {
        return new PolicyEvaluationCsv(stored).rows().text();
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
        var b = r.basis();
        count("basis", "submissions", "", b.submissions());
        count("basis", "opinions", "", b.opinions());
        count("basis", "decisions", "", b.decisions());
        count("basis", "agrement_facts", "", b.agrementFacts());
        count("basis", "funding_schedule_versions", "", b.fundingScheduleVersions());
        count("basis", "follow_up_report_versions", "", b.followUpReportVersions());
        row("basis", "last_fact_received_at", "", "", b.lastFactReceivedAt() == null ? "" : b.lastFactReceivedAt().toString(),
                "timestamp");
        row("basis", "computed_at", "", "", stored.computedAt().toString(), "timestamp");
        return this;
    }

    private void count(String section, String indicator, String breakdown, int n) {
        row(section, indicator, breakdown, "", Integer.toString(n), "count");
    }

    private void row(String section, String indicator, String breakdown, String year, String value, String unit) {
        PolicyEvaluationReport r = stored.report();
        rows.add(List.of(stored.id().toString(), r.period().from().toString(), r.period().to().toString(), section, indicator,
                breakdown, year, value, unit));
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', DECIMAL_MARK);
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(SEPARATOR) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            out.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.append("\r\n");
    }
}
