package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The French and English explanation of a line. */
final class LineTexts {

    record Facts(FundingCalculator.Piece piece, int days, int daysInYear, Money eligible, boolean declared, Money defaultYearly,
            Money wanted, Money cap, Money contributions, Money granted, Money left, boolean capReached, SchemeCode scheme) {

        SchemeParameters parameters() {
            return piece.parameters();
        }
    }

    private LineTexts() {
    }

    static Explanation explain(Facts f) {
        return Explanation.rendered(() -> render(f));
    }

    private static String[] render(Facts f) {
        FundingCalculator.Piece piece = f.piece();
        int year = piece.year();
        String ratio = f.days() + "/" + f.daysInYear();
        String yearRatio = f.days() + "/" + piece.daysInAgrementYear();
        String yearFr = (f.scheme() == SchemeCode.CLUSTER_ANIMATOR ? "de l'année d'agrément " : "de l'année de soutien ")
                + piece.agrementYear() + " (" + fr(piece.yearStart()) + " – " + fr(piece.yearEnd()) + ")";
        String yearEn = (f.scheme() == SchemeCode.CLUSTER_ANIMATOR ? "of agrément year " : "of support year ")
                + piece.agrementYear() + " (" + piece.yearStart() + " – " + piece.yearEnd() + ")";
        String fr = year + ", " + headFr(f) + ", du " + fr(piece.from()) + " au " + fr(piece.to()) + " (" + ratio + " jours) : ";
        String en = year + ", " + headEn(f) + ", " + piece.from() + " to " + piece.to() + " (" + ratio + " days): ";
        switch (piece.basis()) {
            case BEYOND_FUNDED_YEARS, BEYOND_RATED_PERIODS -> {
                String whyFr;
                String whyEn;
                if (piece.basis() == FundingCalculator.Basis.BEYOND_FUNDED_YEARS) {
                    int max = ((AnimatorParameters) f.parameters()).maxFundedYears();
                    whyFr = "au-delà des " + max + " années cofinancées";
                    whyEn = "beyond the " + max + " co-funded years";
                } else {
                    whyFr = "la période d'agrément " + piece.period().number() + " n'est plus cofinancée";
                    whyEn = "agrément period " + piece.period().number() + " is no longer co-funded";
                }
                fr += "autofinancement (" + whyFr + ") : taux 0 %, octroi " + Money.ZERO.toFrench() + ", coûts éligibles "
                        + f.eligible().toFrench() + " (" + sourceFr(f) + ") à charge du cluster.";
                en += "self-financing (" + whyEn + "): rate 0%, granted " + Money.ZERO.toEnglish() + ", eligible costs "
                        + f.eligible().toEnglish() + " (" + sourceEn(f) + ") left to the cluster.";
            }
            case POLE -> {
                Money yearlyCap = f.parameters().yearlyCap();
                String outcomeFr = f.capReached() ? "plafond atteint"
                        : f.wanted().isZero() ? "contributions privées égales ou supérieures au budget" : "budget net";
                String outcomeEn = f.capReached() ? "cap reached"
                        : f.wanted().isZero() ? "private contributions cover the budget" : "net budget";
                fr += "budget des projets approuvés " + f.eligible().toFrench() + " (au prorata des jours de chaque projet) moins "
                        + "contributions privées " + f.contributions().toFrench() + " ; plafond " + yearlyCap.toFrench() + " × "
                        + yearRatio + " jours " + yearFr.replace("de soutien", "de labellisation") + " = " + f.cap().toFrench()
                        + " ; " + outcomeFr + " : octroi " + f.granted().toFrench() + ", à charge du pôle " + f.left().toFrench() + ".";
                en += "approved projects' budget " + f.eligible().toEnglish() + " (pro rata of each project's days) less private "
                        + "contributions " + f.contributions().toEnglish() + "; cap " + yearlyCap.toEnglish() + " × " + yearRatio
                        + " days " + yearEn.replace("of support", "of labelling") + " = " + f.cap().toEnglish() + "; " + outcomeEn
                        + ": granted " + f.granted().toEnglish() + ", left to the pole " + f.left().toEnglish() + ".";
            }
            case FUNDED -> {
                Money yearlyCap = f.parameters().yearlyCap();
                String rate = percent(piece.rate());
                boolean capScales = f.parameters() instanceof AnimatorParameters;
                String capFormula = capScales ? " × " + rate + " %" : "";
                String capFormulaEn = capScales ? " × " + rate + "%" : "";
                fr += "coûts éligibles " + f.eligible().toFrench() + " (" + sourceFr(f) + ") × " + rate + " % = "
                        + f.wanted().toFrench() + " ; plafond " + yearlyCap.toFrench() + capFormula + " × " + yearRatio + " jours "
                        + yearFr + " = " + f.cap().toFrench() + " ; " + (f.capReached() ? "plafond atteint" : "sous le plafond")
                        + " : octroi " + f.granted().toFrench() + ", à charge du cluster " + f.left().toFrench() + ".";
                en += "eligible costs " + f.eligible().toEnglish() + " (" + sourceEn(f) + ") × " + rate + "% = "
                        + f.wanted().toEnglish() + "; cap " + yearlyCap.toEnglish() + capFormulaEn + " × " + yearRatio + " days "
                        + yearEn + " = " + f.cap().toEnglish() + "; " + (f.capReached() ? "cap reached" : "below the cap")
                        + ": granted " + f.granted().toEnglish() + ", left to the cluster " + f.left().toEnglish() + ".";
                if (piece.limit() != null && f.parameters() instanceof TimeLimitedParameters limited) {
                    fr += " Soutien limité à " + limited.maxMonths() + " mois : il s'arrête le " + fr(piece.limit()) + ".";
                    en += " Support limited to " + limited.maxMonths() + " months: it stops on " + piece.limit() + ".";
                }
            }
            default -> throw new IllegalStateException("unknown basis " + piece.basis());
        }
        if (piece.cut() != null) {
            LocalDate next = piece.cut().lastDay().plusDays(1);
            switch (piece.cut().reason()) {
                case AGREMENT_STARTS -> {
                    fr += " Aide arrêtée le " + fr(piece.cut().lastDay()) + ", veille du début de l'agrément (" + fr(next)
                            + ") : un même jour n'est jamais financé deux fois.";
                    en += " Support stopped on " + piece.cut().lastDay() + ", the day before the agrément starts (" + next
                            + "): no day is funded twice.";
                }
                case DOSSIER_REJECTED -> {
                    fr += " Aide arrêtée le " + fr(piece.cut().lastDay()) + " : dossier refusé par la Région.";
                    en += " Support stopped on " + piece.cut().lastDay() + ": the Region rejected the dossier.";
                }
                case DOSSIER_WITHDRAWN -> {
                    fr += " Aide arrêtée le " + fr(piece.cut().lastDay()) + " : dossier retiré.";
                    en += " Support stopped on " + piece.cut().lastDay() + ": the dossier was withdrawn.";
                }
                default -> throw new IllegalStateException("unknown cut " + piece.cut().reason());
            }
        }
        fr += " Version de la politique : " + piece.version().label() + ".";
        en += " Policy version: " + piece.version().label() + ".";
        return new String[] {fr, en};
    }

    private static String headFr(Facts f) {
        int period = f.piece().period().number();
        return switch (f.scheme()) {
            case CLUSTER_ANIMATOR -> "période d'agrément " + period + " (année " + f.piece().agrementYear() + ")";
            case CLUSTER_PREPARATION -> "cluster en préparation";
            case TECHNOLOGY_GRAPE -> "grappe technologique (année " + f.piece().agrementYear() + ")";
            case COMPETITIVENESS_POLE -> "pôle de compétitivité, période " + period;
        };
    }

    private static String headEn(Facts f) {
        int period = f.piece().period().number();
        return switch (f.scheme()) {
            case CLUSTER_ANIMATOR -> "agrément period " + period + " (year " + f.piece().agrementYear() + ")";
            case CLUSTER_PREPARATION -> "cluster in preparation";
            case TECHNOLOGY_GRAPE -> "technology grape (year " + f.piece().agrementYear() + ")";
            case COMPETITIVENESS_POLE -> "competitiveness pole, period " + period;
        };
    }

    private static String sourceFr(Facts f) {
        if (f.declared()) {
            return "déclarés pour " + f.piece().year();
        }
        return "montant annuel " + f.defaultYearly().toFrench() + (f.days() == f.daysInYear() ? "" : " au prorata");
    }

    private static String sourceEn(Facts f) {
        if (f.declared()) {
            return "declared for " + f.piece().year();
        }
        return "yearly amount " + f.defaultYearly().toEnglish() + (f.days() == f.daysInYear() ? "" : " pro rata");
    }

    private static String percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
    }

    private static String fr(LocalDate date) {
        StringBuilder out = new StringBuilder(10);
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        out.append(day < 10 ? "0" : "").append(day).append('/').append(month < 10 ? "0" : "").append(month).append('/');
        return out.append(date.getYear()).toString();
    }
}
