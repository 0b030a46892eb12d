package be.wallonie.clusters.funding.domain.payment;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.Explanation;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What was paid on each line of one schedule against what its current version grants.
 *
 * <p>The rules of a new payment ({@link #check}): a payment (a positive amount) goes to a line of the current version,
 * and the sum paid on the line never exceeds what the current version grants on it; a reversal (a negative amount) never
 * takes the sum paid on the line below zero — it may be made on a line the current version no longer has, to recover
 * what was paid on it.
 *
 * <p>A later version that grants a line less than what was already paid changes nothing that was paid: the line shows
 * the difference as {@code overpaid} (to recover), with an explanation, until reversals bring the sum down.
 */
public final class PaymentLedger {

    private final ComputedSchedule current;
    /** The current version's amount per line (the parts of a line cut by a scheme version added up), in schedule order. */
    private final Map<LineKey, Money> granted = new LinkedHashMap<>();
    private final Map<LineKey, Money> paid = new LinkedHashMap<>();

    private PaymentLedger(ComputedSchedule current, List<Payment> payments, SchemeCode scheme) {
        this.current = current;
        if (current != null) {
            for (ScheduleLine l : current.lines()) {
                granted.merge(LineKey.of(l), l.granted(), Money::plus);
            }
        }
        for (Payment p : payments) {
            if (p.scheme() == scheme) {
                paid.merge(p.line(), p.amount(), Money::plus);
            }
        }
    }

    /**
     * The ledger of the schedule of {@code scheme}.
     *
     * @param current  the schedule's current (latest) version, or null when the file has none for the scheme
     * @param payments the file's payments (those of other schemes are ignored)
     */
    public static PaymentLedger of(SchemeCode scheme, ComputedSchedule current, List<Payment> payments) {
        Objects.requireNonNull(scheme, "scheme");
        if (current != null && current.scheme() != scheme) {
            throw new IllegalArgumentException("the schedule of " + current.scheme() + " is not the schedule of " + scheme);
        }
        return new PaymentLedger(current, List.copyOf(payments), scheme);
    }

    /** The current version, or null. */
    public ComputedSchedule current() {
        return current;
    }

    public boolean inSchedule(LineKey line) {
        return granted.containsKey(line);
    }

    /** What the current version grants on the line (zero for a line it does not have). */
    public Money granted(LineKey line) {
        return granted.getOrDefault(line, Money.ZERO);
    }

    /** The sum of the payments and reversals on the line. */
    public Money paid(LineKey line) {
        return paid.getOrDefault(line, Money.ZERO);
    }

    /**
     * Whether {@code amount} may be paid (positive) or reversed (negative) on {@code line}.
     *
     * @throws PaymentRefusedException with the line's figures when it may not
     */
    public void check(LineKey line, Money amount) {
        Objects.requireNonNull(line, "line");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payment's amount is not zero");
        }
        Money already = paid(line);
        Money grantedOnLine = granted(line);
        boolean reversal = amount.isNegative();
        if (!inSchedule(line) && !(reversal && already.isGreaterThan(Money.ZERO))) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.LINE_NOT_IN_SCHEDULE, line, grantedOnLine, already, amount);
        }
        Money after = already.plus(amount);
        if (reversal && after.isNegative()) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.BELOW_ZERO, line, grantedOnLine, already, amount);
        }
        if (!reversal && after.isGreaterThan(grantedOnLine)) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.EXCEEDS_GRANTED, line, grantedOnLine, already, amount);
        }
    }

    /**
     * One line's figures.
     *
     * @param granted     what the current version grants on it
     * @param paid        the sum paid on it
     * @param remaining   {@code granted − paid}, never below zero: what is left to pay
     * @param overpaid    {@code paid − granted}, never below zero: what was paid beyond the current version, to recover
     * @param inSchedule  whether the current version has the line (a line it dropped but that was paid stays listed)
     * @param explanation why the line is overpaid (null when it is not)
     */
    public record LineStatus(LineKey line, Money granted, Money paid, Money remaining, Money overpaid, boolean inSchedule,
            Explanation explanation) {
    }

    /** The figures of a budget year: the sums of its lines' figures. */
    public record YearStatus(int budgetYear, Money granted, Money paid, Money remaining, Money overpaid) {
    }

    /**
     * The figures of one line of the current version as shown on it. A line cut in two parts by a scheme version shares
     * its payments between them in date order, each part up to its own amount; what exceeds the whole line is overpaid on
     * its last part, so the parts add up to the line.
     */
    public record PartStatus(LineKey line, Money paid, Money remaining, Money overpaid, Explanation explanation) {
    }

    /** Every line of the current version, in its order, then the lines it no longer has but that were paid. */
    public List<LineStatus> lines() {
        List<LineStatus> out = new ArrayList<>();
        for (Map.Entry<LineKey, Money> e : granted.entrySet()) {
            out.add(status(e.getKey()));
        }
        paid.keySet().stream().filter(k -> !granted.containsKey(k)).sorted()
                .filter(k -> !paid(k).isZero()).forEach(k -> out.add(status(k)));
        return out;
    }

    /** The lines paid beyond what the current version grants. */
    public List<LineStatus> overpaidLines() {
        return lines().stream().filter(s -> s.overpaid().isGreaterThan(Money.ZERO)).toList();
    }

    /** Per budget year, oldest first. */
    public List<YearStatus> budgetYears() {
        Map<Integer, YearStatus> years = new TreeMap<>();
        for (LineStatus s : lines()) {
            years.merge(s.line().budgetYear(), new YearStatus(s.line().budgetYear(), s.granted(), s.paid(), s.remaining(), s.overpaid()),
                    (a, b) -> new YearStatus(a.budgetYear(), a.granted().plus(b.granted()), a.paid().plus(b.paid()),
                            a.remaining().plus(b.remaining()), a.overpaid().plus(b.overpaid())));
        }
        return List.copyOf(years.values());
    }

    /** The whole schedule's figures. */
    public YearStatus totals() {
        Money g = Money.ZERO, p = Money.ZERO, r = Money.ZERO, o = Money.ZERO;
        for (LineStatus s : lines()) {
            g = g.plus(s.granted());
            p = p.plus(s.paid());
            r = r.plus(s.remaining());
            o = o.plus(s.overpaid());
        }
        return new YearStatus(0, g, p, r, o);
    }

    /** One entry per line of the current version, in its order (empty without a current version). */
    public List<PartStatus> parts() {
        if (current == null) {
            return List.of();
        }
        Map<LineKey, Integer> lastPart = new LinkedHashMap<>();
        for (int i = 0; i < current.lines().size(); i++) {
            lastPart.put(LineKey.of(current.lines().get(i)), i);
        }
        Map<LineKey, Money> toShare = new LinkedHashMap<>(paid);
        List<PartStatus> out = new ArrayList<>();
        for (int i = 0; i < current.lines().size(); i++) {
            ScheduleLine l = current.lines().get(i);
            LineKey key = LineKey.of(l);
            Money left = toShare.getOrDefault(key, Money.ZERO);
            boolean last = lastPart.get(key) == i;
            Money here = last ? left : left.min(l.granted()).max(Money.ZERO);
            toShare.put(key, left.minus(here));
            Money overpaid = here.minus(l.granted()).max(Money.ZERO);
            out.add(new PartStatus(key, here, l.granted().minus(here).max(Money.ZERO), overpaid,
                    last && overpaid.isGreaterThan(Money.ZERO) ? explanation(key) : null));
        }
        return out;
    }

    private LineStatus status(LineKey key) {
        Money g = granted(key);
        Money p = paid(key);
        Money overpaid = p.minus(g).max(Money.ZERO);
        return new LineStatus(key, g, p, g.minus(p).max(Money.ZERO), overpaid, inSchedule(key),
                overpaid.isGreaterThan(Money.ZERO) ? explanation(key) : null);
    }

    private Explanation explanation(LineKey key) {
        Money g = granted(key);
        Money p = paid(key);
        Money o = p.minus(g);
        int version = current == null ? 0 : current.version();
        if (!inSchedule(key)) {
            return new Explanation(
                    "La ligne %s ne figure plus dans la version %d du calendrier, mais %s y ont été payés : %s sont à récupérer. "
                            .formatted(key, version, p.toFrench(), o.toFrench())
                            + "Rien n'est modifié d'office : le remboursement s'enregistre comme un paiement négatif.",
                    "Line %s is no longer in version %d of the schedule, but %s was paid on it: %s is to be recovered. "
                            .formatted(key, version, p.toEnglish(), o.toEnglish())
                            + "Nothing is changed automatically: the recovery is recorded as a negative payment.");
        }
        return new Explanation(
                "La version %d du calendrier accorde %s sur la ligne %s, mais %s y ont déjà été payés : %s sont à récupérer. "
                        .formatted(version, g.toFrench(), key, p.toFrench(), o.toFrench())
                        + "Rien n'est modifié d'office : le remboursement s'enregistre comme un paiement négatif.",
                "Version %d of the schedule grants %s on line %s, but %s was already paid on it: %s is to be recovered. "
                        .formatted(version, g.toEnglish(), key, p.toEnglish(), o.toEnglish())
                        + "Nothing is changed automatically: the recovery is recorded as a negative payment.");
    }
}
