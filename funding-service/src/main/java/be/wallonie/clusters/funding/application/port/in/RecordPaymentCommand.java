package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.LineKey;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Record a payment the Region made (or reversed) against one line of a cluster's schedule. The command checks its own
 * fields (every offending one at once); whether the line may take the amount is the ledger's rule
 * ({@link be.wallonie.clusters.funding.domain.payment.PaymentLedger#check}), and "not in the future" depends on today.
 *
 * @param dossierId  the funding file
 * @param scheme     the schedule paid; may be omitted when the file has a single schedule
 * @param line       the line, {@code "{period}/{agrementYear}/{budgetYear}"}
 * @param amount     euros, 2 decimals at most, not zero; negative for a reversal
 * @param paidOn     the day paid
 * @param reference  the Region's payment reference, unique per funding file
 * @param recordedBy who records it
 */
public record RecordPaymentCommand(UUID dossierId, SchemeCode scheme, LineKey line, Money amount, LocalDate paidOn,
        String reference, String recordedBy) {

    public static final int MAX_REFERENCE_LENGTH = 100;

    public RecordPaymentCommand {
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidOn, "paid on");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(recordedBy, "recorded by");
    }

    /** Reads and checks the request's fields, naming every offending one. */
    public static RecordPaymentCommand of(UUID dossierId, String scheme, String lineKey, BigDecimal amount, LocalDate paidOn,
            String reference, String recordedBy) {
        Checks checks = new Checks();
        SchemeCode code = null;
        if (scheme != null && !scheme.isBlank()) {
            try {
                code = SchemeCode.valueOf(scheme.strip());
            } catch (IllegalArgumentException e) {
                checks.add("scheme", "régime inconnu (CLUSTER_ANIMATOR, CLUSTER_PREPARATION, TECHNOLOGY_GRAPE, COMPETITIVENESS_POLE)",
                        "unknown scheme (CLUSTER_ANIMATOR, CLUSTER_PREPARATION, TECHNOLOGY_GRAPE, COMPETITIVENESS_POLE)");
            }
        }
        LineKey line = null;
        if (checks.required("lineKey", lineKey)) {
            line = LineKey.parse(lineKey).orElse(null);
            if (line == null) {
                checks.add("lineKey", "« période/année d'agrément/année budgétaire », par exemple 1/2/2027 (année de "
                        + LineKey.FIRST_BUDGET_YEAR + " à " + LineKey.LAST_BUDGET_YEAR + ")",
                        "'period/agrément year/budget year', for example 1/2/2027 (year from " + LineKey.FIRST_BUDGET_YEAR
                                + " to " + LineKey.LAST_BUDGET_YEAR + ")");
            }
        }
        Money money = null;
        if (checks.required("amount", amount)) {
            if (amount.signum() == 0) {
                checks.add("amount", "un paiement n'est pas nul (négatif pour une extourne)", "a payment is not zero (negative for a reversal)");
            } else if (amount.stripTrailingZeros().scale() > Money.SCALE) {
                checks.add("amount", "au plus 2 décimales (des euros et des cents)", "at most 2 decimals (euros and cents)");
            } else if (amount.abs().compareTo(Checks.MAX_AMOUNT) > 0) {
                checks.add("amount", "au plus " + Money.rounded(Checks.MAX_AMOUNT).toFrench() + " en valeur absolue",
                        "at most " + Money.rounded(Checks.MAX_AMOUNT).toEnglish() + " in absolute value");
            } else {
                money = new Money(amount);
            }
        }
        checks.date("paidOn", paidOn);
        String ref = reference == null ? null : reference.strip();
        if (checks.required("reference", ref == null || ref.isEmpty() ? null : ref)) {
            if (ref.length() > MAX_REFERENCE_LENGTH || ref.chars().anyMatch(Character::isISOControl)) {
                checks.add("reference", "au plus " + MAX_REFERENCE_LENGTH + " caractères, sans caractère de contrôle",
                        "at most " + MAX_REFERENCE_LENGTH + " characters, no control character");
            }
        }
        checks.throwIfAny();
        return new RecordPaymentCommand(dossierId, code, line, money, paidOn, ref, recordedBy);
    }
}
