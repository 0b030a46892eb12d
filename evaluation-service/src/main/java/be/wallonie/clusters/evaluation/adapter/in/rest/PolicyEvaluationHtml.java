package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.rest.PolicyEvaluationCsv.Figure;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stored report as the Region's printable document: one self-contained HTML page (no script, no external
 * resource, print CSS), in French or English, with the Comité's findings and recommendations and every section of
 * figures as a table with its explanation. Every text that comes from a request or an event is escaped, so a finding
 * containing markup is shown as written, never interpreted.
 */
final class PolicyEvaluationHtml {

    private record Text(String fr, String en) {
        String in(boolean english) {
            return english ? en : fr;
        }
    }

    private record Section(Text title, Text explanation) {
    }

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The sections in the document's order, with how their figures are counted. */
    private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, Text> INDICATORS = new LinkedHashMap<>();
    private static final Map<String, Text> UNITS = Map.of(
            "count", new Text("nombre", "count"), "days", new Text("jours", "days"), "hours", new Text("heures", "hours"),
            "share", new Text("part (0–1)", "share (0–1)"), "EUR", new Text("EUR", "EUR"), "value", new Text("valeur", "value"),
            "date", new Text("date", "date"), "timestamp", new Text("horodatage (UTC)", "timestamp (UTC)"));

    private static void section(String code, String titleFr, String titleEn, String explanationFr, String explanationEn) {
        SECTIONS.put(code, new Section(new Text(titleFr, titleEn), new Text(explanationFr, explanationEn)));
    }

    private static void label(String code, String fr, String en) {
        INDICATORS.put(code, new Text(fr, en));
    }

    static {
        section("dossiers_received", "Dossiers reçus", "Dossiers received",
                "Dossiers distincts dont au moins une version a été déposée pendant la période (jours de Bruxelles, début inclus, "
                        + "fin exclue), par le régime de leur dernier dépôt ; les dépôts comptent aussi les redépôts.",
                "Distinct dossiers with at least one snapshot submitted in the period (Brussels days, start included, end excluded), "
                        + "by the scheme of their last submission; submissions count resubmissions too.");
        section("time_to_opinion", "Délai jusqu'à l'avis du Comité", "Time to the Comité's opinion",
                "Pour les avis rendus pendant la période : jours (1 décimale) depuis le dépôt de la même version — médiane, "
                        + "90e centile (rang le plus proche), maximum ; les versions déposées sans avis avant la fin sont en attente.",
                "For the opinions issued in the period: days (1 decimal) from the submission of the same snapshot — median, "
                        + "90th percentile (nearest rank), maximum; snapshots of the period without an opinion before its end are awaiting.");
        section("validation", "Validations", "Validation",
                "Décisions de la Région enregistrées pendant la période ; taux = validées / décidées.",
                "The Region's decisions recorded in the period; rate = validated / decided.");
        section("divergence", "Divergences avec l'avis", "Divergence from the opinion",
                "Décisions de la période contraires à l'avis du Comité (validée malgré un avis défavorable, rejetée malgré un avis "
                        + "favorable) ; taux sur les décisions précédées d'un avis.",
                "Decisions of the period that went against the Comité's opinion (validated against an unfavourable one, rejected "
                        + "against a favourable one); rate over the decisions with an opinion.");
        section("agrements", "Agréments", "Agréments", "Agréments accordés, renouvelés et expirés pendant la période.",
                "Agréments granted, renewed and expired in the period.");
        section("funding_committed", "Financement engagé", "Funding committed",
                "Dernière version de chaque échéancier par dossier et régime ; somme des lignes des années budgétaires dont le "
                        + "1er janvier tombe dans la période.",
                "The latest schedule version of each dossier and scheme; sum of its lines whose budget year's 1 January falls in "
                        + "the period.");
        section("follow_up", "Indicateurs de suivi", "Follow-up indicators",
                "Dernière version du rapport de chaque cluster par année (années dont le 1er janvier tombe dans la période) : total "
                        + "par indicateur, clusters ayant rapporté, évolution entre la première et la dernière année.",
                "The latest version of each cluster's report per year (years whose 1 January falls in the period): total per "
                        + "indicator, clusters that reported, change between the first and the last year.");
        section("cellule_activity", "Activité de la Cellule Clusters", "The Cellule Clusters' activity",
                "Actes d'accompagnement datés dans la période (un acte corrigé compte dans sa dernière version), par nature, et le "
                        + "temps passé en heures (1 décimale) ; projets distincts accompagnés par un acte de la période et, parmi eux, "
                        + "ceux devenus dossiers ; délai médian en jours du premier contact au premier dépôt du dossier issu du projet, "
                        + "pour les premiers dépôts de la période.",
                "Accompaniment acts dated in the period (a corrected act counts in its last version), by kind, and the time spent "
                        + "in hours (1 decimal); distinct projects accompanied by an act of the period and, of those, the ones that "
                        + "became dossiers; median days from first contact to the first submission of the dossier the project became, "
                        + "for first submissions of the period.");
        section("avis_agreement", "Avis de la Cellule et avis du Comité", "The Cellule's avis and the Comité's opinion",
                "Avis du Comité rendus dans la période comparés au dernier avis de la Cellule rédigé avant eux sur la même version. "
                        + "Accord : favorable ↔ favorable, réservé ↔ favorable sous conditions, défavorable ↔ défavorable. Même sens : "
                        + "favorable ou réservé ↔ favorable avec ou sans conditions, défavorable ↔ défavorable. Taux sur les avis du "
                        + "Comité précédés d'un avis de la Cellule (vide sans aucun).",
                "Opinions issued in the period compared with the Cellule's latest avis written before them on the same snapshot. "
                        + "Agreement: favourable ↔ favourable, reserved ↔ favourable with conditions, unfavourable ↔ unfavourable. Same "
                        + "direction: favourable or reserved ↔ favourable with or without conditions, unfavourable ↔ unfavourable. "
                        + "Rates over the opinions with an avis (empty without any).");
        section("amounts_paid", "Montants payés", "Amounts paid",
                "Paiements de la Région effectués un jour de la période (les annulations en négatif), par année budgétaire de la "
                        + "ligne payée et par régime, à côté du montant engagé pour cette année par les dernières versions des "
                        + "échéanciers ; part payée = payé / engagé.",
                "The Region's payments made on a day of the period (reversals negative), by budget year of the line paid and by "
                        + "scheme, beside the amount the latest schedule versions commit for that year; paid share = paid / committed.");
        section("follow_up_execution", "Exécution du plan d'action", "Execution of the action plan",
                "Par année rapportée, dernière version du rapport de chaque cluster ; taux cumulés sur les clusters : actions "
                        + "réalisées / prévues, budget dépensé / prévu, gains atteints / visés, conditions remplies / posées. Les rapports "
                        + "sans données de plan (plus anciens) sont comptés à part et n'entrent dans aucun taux.",
                "Per reported year, the latest version of each cluster's report; rates pooled across clusters: actions carried out / "
                        + "planned, budget spent / planned, gains achieved / targeted, conditions met / total. Reports without plan data "
                        + "(older ones) are counted apart and enter no rate.");
        section("overdue_reports", "Rapports en retard", "Overdue reports",
                "Rapports dont l'échéance tombe dans la période et déposés (premier dépôt) après elle ; années couvertes par un "
                        + "agrément dont le rapport était dû dans la période, échéance passée au jour du calcul, et sans aucun rapport.",
                "Reports due in the period and first filed after their due day; years covered by an agrément whose report was due "
                        + "in the period, past due on the day of computation, with no report at all.");
        section("basis", "Base du calcul", "Basis",
                "Tous les faits reçus au moment du calcul, quelle que soit leur date, et l'arrivée du plus récent.",
                "Every fact received at computation time, whatever its date, and when the newest arrived.");

        label("dossiers", "Dossiers", "Dossiers");
        label("submissions", "Dépôts", "Submissions");
        label("opinions_issued", "Avis rendus", "Opinions issued");
        label("measured", "Mesurés", "Measured");
        label("median", "Médiane", "Median");
        label("p90", "90e centile", "90th percentile");
        label("max", "Maximum", "Maximum");
        label("awaiting_opinion", "En attente d'avis", "Awaiting an opinion");
        label("decided", "Décidés", "Decided");
        label("validated", "Validés", "Validated");
        label("rejected", "Rejetés", "Rejected");
        label("validation_rate", "Taux de validation", "Validation rate");
        label("decisions_with_opinion", "Décisions précédées d'un avis", "Decisions with an opinion");
        label("divergent", "Divergentes", "Divergent");
        label("divergence_rate", "Taux de divergence", "Divergence rate");
        label("validated_against_unfavourable", "Validées malgré un avis défavorable", "Validated against an unfavourable opinion");
        label("rejected_against_favourable", "Rejetées malgré un avis favorable", "Rejected against a favourable opinion");
        label("granted", "Accordés / engagé", "Granted / committed");
        label("renewed", "Renouvelés", "Renewed");
        label("expired", "Expirés", "Expired");
        label("schedules_counted", "Échéanciers lus", "Schedules counted");
        label("acts", "Actes d'accompagnement", "Accompaniment acts");
        label("hours", "Temps passé", "Time spent");
        label("organisation_participations", "Participations d'organisations", "Organisation participations");
        label("projects_accompanied", "Projets accompagnés", "Projects accompanied");
        label("projects_became_dossiers", "Projets devenus dossiers", "Projects that became dossiers");
        label("dossiers_accompanied", "Dossiers accompagnés", "Dossiers accompanied");
        label("contact_to_submission_measured", "Premiers dépôts mesurés", "First submissions measured");
        label("contact_to_submission_median", "Délai médian premier contact → dépôt", "Median first contact → submission");
        label("opinions_with_avis", "Avis du Comité précédés d'un avis de la Cellule", "Opinions with a Cellule avis");
        label("opinions_without_avis", "Avis du Comité sans avis de la Cellule", "Opinions without a Cellule avis");
        label("agreeing", "Concordants", "Agreeing");
        label("agreement_rate", "Taux de concordance", "Agreement rate");
        label("same_direction", "Dans le même sens", "Same direction");
        label("same_direction_rate", "Taux de même sens", "Same-direction rate");
        label("paid", "Payé", "Paid");
        label("payments", "Paiements", "Payments");
        label("reversals", "Annulations", "Reversals");
        label("committed", "Engagé", "Committed");
        label("paid_share_of_committed", "Part payée de l'engagé", "Paid share of committed");
        label("reports", "Rapports", "Reports");
        label("with_plan_data", "Avec données du plan", "With plan data");
        label("without_plan_data", "Sans données du plan", "Without plan data");
        label("actions_planned", "Actions prévues", "Actions planned");
        label("carried_out", "Réalisées", "Carried out");
        label("ongoing", "En cours", "Ongoing");
        label("postponed", "Reportées", "Postponed");
        label("dropped", "Abandonnées", "Dropped");
        label("execution_rate", "Taux d'exécution", "Execution rate");
        label("budget_planned", "Budget prévu", "Budget planned");
        label("budget_spent", "Budget dépensé", "Budget spent");
        label("budget_spent_rate", "Budget dépensé / prévu", "Budget spent / planned");
        label("gains_targeted", "Gains visés", "Gains targeted");
        label("gains_achieved", "Gains atteints", "Gains achieved");
        label("gains_achieved_rate", "Gains atteints / visés", "Gains achieved / targeted");
        label("conditions_total", "Conditions posées", "Conditions set");
        label("conditions_met", "Conditions remplies", "Conditions met");
        label("conditions_met_rate", "Conditions remplies / posées", "Conditions met / set");
        label("reports_with_due_day", "Rapports échus dans la période", "Reports due in the period");
        label("filed_late", "Déposés en retard", "Filed late");
        label("filed_late_rate", "Part déposée en retard", "Share filed late");
        label("years_due", "Années dues (agréments)", "Years due (agréments)");
        label("years_due_without_report", "Années dues sans rapport", "Years due without a report");
        label("as_of", "Au", "As of");
        label("agrement_facts", "Faits d'agrément", "Agrément facts");
        label("funding_schedule_versions", "Versions d'échéanciers", "Funding schedule versions");
        label("follow_up_report_versions", "Versions de rapports de suivi", "Follow-up report versions");
        label("accompaniment_acts", "Actes d'accompagnement", "Accompaniment acts");
        label("accompanied_projects", "Projets accompagnés", "Accompanied projects");
        label("cellule_avis_versions", "Versions d'avis de la Cellule", "Cellule avis versions");
        label("last_fact_received_at", "Dernier fait reçu", "Last fact received");
        label("computed_at", "Calculé le", "Computed at");
        label("opinions", "Avis", "Opinions");
        label("decisions", "Décisions", "Decisions");
    }

    private static final String CSS = """
            body{font-family:"DejaVu Serif",Georgia,serif;color:#111;margin:2em auto;max-width:60em;line-height:1.4}
            h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;border-bottom:1px solid #888;margin-top:1.6em}
            .issuer{font-variant:small-caps;color:#444;margin:0}.meta{color:#333}.meta dt{font-weight:bold;float:left;clear:left;width:14em}
            .meta dd{margin-left:15em}.status{font-weight:bold}.explanation{font-size:.92em;color:#333}
            .note{font-style:italic;color:#555}table{border-collapse:collapse;width:100%;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}td.value{text-align:right;white-space:nowrap}
            thead th{background:#eee}.text p{margin:.4em 0;white-space:pre-wrap}
            @page{size:A4;margin:18mm 15mm}
            @media print{body{margin:0;max-width:none;font-size:10.5pt}section{break-inside:auto}h2{break-after:avoid}
            tr{break-inside:avoid}thead{display:table-header-group}}
            """;

    private final StringBuilder out = new StringBuilder(16_384);
    private final boolean en;

    private PolicyEvaluationHtml(boolean english) {
        this.en = english;
    }

    static String write(StoredPolicyEvaluation stored, PolicyEvaluationFindings findings, boolean english) {
        return new PolicyEvaluationHtml(english).document(stored, findings == null ? PolicyEvaluationFindings.none(stored.id())
                : findings);
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private String t(String fr, String english) {
        return en ? english : fr;
    }

    private String document(StoredPolicyEvaluation stored, PolicyEvaluationFindings findings) {
        PolicyEvaluationReport r = stored.report();
        String title = t("Évaluation de la politique des clusters", "Evaluation of the cluster policy");
        String period = t("Période du %s au %s inclus", "Period from %s to %s inclusive").formatted(day(r.period().from()),
                day(r.period().to().minusDays(1)));
        out.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "fr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title + " — " + period)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<p class=\"issuer\">")
                .append(escape(t("Comité d'Evaluation des Clusters — Région wallonne", "Comité d'Evaluation des Clusters — Walloon Region")))
                .append("</p>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"period\">").append(escape(period)).append("</p>\n")
                .append("<dl class=\"meta\">\n");
        meta(t("Rapport", "Report"), stored.id().toString());
        meta(t("Calculé le", "Computed at"), stored.computedAt().atZone(BRUSSELS).toLocalDateTime().withNano(0).toString()
                .replace('T', ' ') + t(" (heure de Bruxelles)", " (Brussels time)"));
        meta(t("Calculé par", "Computed by"), stored.computedBy());
        meta(t("Méthode", "Method"), r.methodVersion());
        meta(t("Statut", "Status"), findings.isFinal()
                ? t("définitif depuis le %s", "final since %s").formatted(day(findings.finalisedAt().atZone(BRUSSELS).toLocalDate()))
                : t("projet (constats en cours de rédaction, version %d)", "draft (findings being written, version %d)")
                        .formatted(findings.version()));
        out.append("</dl>\n</header>\n");
        texts("findings", t("Constats du Comité", "The Comité's findings"), findings.findings());
        texts("recommendations", t("Recommandations", "Recommendations"), findings.recommendations());

        Map<String, List<Figure>> bySection = new LinkedHashMap<>();
        for (Figure f : PolicyEvaluationCsv.figures(stored)) {
            bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(f);
        }
        List<String> missing = new ArrayList<>();
        SECTIONS.forEach((code, section) -> {
            List<Figure> figures = bySection.get(code);
            if (figures == null) {
                missing.add(section.title().in(en));
                return;
            }
            table(code, section, figures);
        });
        if (!missing.isEmpty()) {
            out.append("<p class=\"note\">").append(escape(t("Sections non calculées par la méthode %s : %s.",
                    "Sections not computed by method %s: %s.").formatted(r.methodVersion(), String.join(", ", missing))))
                    .append("</p>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void meta(String term, String value) {
        out.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private void texts(String id, String heading, PolicyEvaluationFindings.Texts texts) {
        out.append("<section id=\"").append(id).append("\" class=\"text\">\n<h2>").append(escape(heading)).append("</h2>\n");
        String text = texts.in(en);
        if (text == null) {
            out.append("<p class=\"note\">").append(escape(t("Non rédigé.", "Not written."))).append("</p>\n");
        } else {
            boolean otherLanguage = (en ? texts.en() : texts.fr()) == null;
            if (otherLanguage) {
                out.append("<p class=\"note\">").append(escape(t("Rédigé en anglais uniquement :", "Written in French only:")))
                        .append("</p>\n");
            }
            for (String paragraph : text.strip().split("\\R\\s*\\R")) {
                out.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        out.append("</section>\n");
    }

    private void table(String code, Section section, List<Figure> figures) {
        out.append("<section id=\"").append(code).append("\">\n<h2>").append(escape(section.title().in(en))).append("</h2>\n")
                .append("<p class=\"explanation\">").append(escape(section.explanation().in(en))).append("</p>\n")
                .append("<table>\n<thead><tr><th>").append(escape(t("Indicateur", "Indicator"))).append("</th><th>")
                .append(escape(t("Ventilation", "Breakdown"))).append("</th><th>").append(escape(t("Année", "Year")))
                .append("</th><th>").append(escape(t("Valeur", "Value"))).append("</th><th>").append(escape(t("Unité", "Unit")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Figure f : figures) {
            Text label = INDICATORS.get(f.indicator());
            Text unit = UNITS.get(f.unit());
            out.append("<tr><td>").append(escape(label == null ? f.indicator() : label.in(en))).append("</td><td>")
                    .append(escape(f.breakdown())).append("</td><td>").append(escape(f.year())).append("</td><td class=\"value\">")
                    .append(escape(value(f))).append("</td><td>").append(escape(unit == null ? f.unit() : unit.in(en)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private String value(Figure f) {
        if (f.value().isEmpty()) {
            return t("— (sans dénominateur)", "— (no denominator)");
        }
        boolean number = !f.unit().equals("timestamp") && !f.unit().equals("date");
        return number && en ? f.value().replace(',', '.') : f.value();
    }

    private String day(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", en ? Locale.ENGLISH : Locale.FRENCH));
    }
}
