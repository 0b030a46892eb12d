package be.wallonie.clusters.funding.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.Explanation;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment rules on hand-worked figures. */
class PaymentLedgerTest {

    static final UUID DOSSIER = UUID.randomUUID();
    static final LineKey LINE_2061 = new LineKey(1, 1, 2061);
    static final LineKey LINE_2062 = new LineKey(1, 2, 2062);

    /** A whole calendar year as agrément year 1 (2061) and 2 (2062): 40 182.65 € and 160 000.00 € granted. */
    static ComputedSchedule schedule(int version, String granted2061, String granted2062) {
        return new ComputedSchedule(UUID.randomUUID(), DOSSIER, SchemeCode.CLUSTER_ANIMATOR, version, "defaults-1", "test",
                LocalDate.of(2060, 12, 1), Instant.now(), "f", version, List.of(line(2061, 1, LocalDate.of(2061, 1, 1),
                        LocalDate.of(2061, 12, 31), granted2061), line(2062, 2, LocalDate.of(2062, 1, 1), LocalDate.of(2062, 12, 31),
                        granted2062)), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    static ScheduleLine line(int year, int agrementYear, LocalDate from, LocalDate to, String granted) {
        Money g = Money.euros(granted);
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        return new ScheduleLine(year, 1, agrementYear, from, to, days, java.time.Year.of(year).length(), g, BigDecimal.ONE,
                Money.euros(160_000), Money.ZERO, g, Money.ZERO, new Explanation("fr", "en"), "defaults-1", null);
    }

    static Payment paid(LineKey line, String amount) {
        return new Payment(UUID.randomUUID(), DOSSIER, SchemeCode.CLUSTER_ANIMATOR, line, Money.euros(amount), LocalDate.of(2061, 6, 30),
                "ref-" + UUID.randomUUID(), UUID.randomUUID(), 1, "region-1", Instant.now());
    }

    @Test
    void a_line_granted_40_182_65_paid_20_000_00_and_20_182_65_has_nothing_left_and_refuses_a_further_cent() {
        ComputedSchedule s = schedule(1, "40182.65", "160000.00");
        List<Payment> payments = new ArrayList<>();
        PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, s, payments).check(LINE_2061, Money.euros("20000.00"));
        payments.add(paid(LINE_2061, "20000.00"));
        PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, s, payments).check(LINE_2061, Money.euros("20182.65"));
        payments.add(paid(LINE_2061, "20182.65"));
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, s, payments);

        PaymentLedger.LineStatus status = ledger.lines().get(0);
        assertThat(status.line()).isEqualTo(LINE_2061);
        assertThat(status.paid()).isEqualTo(Money.euros("40182.65"));
        assertThat(status.remaining()).isEqualTo(Money.euros("0.00"));
        assertThat(status.overpaid()).isEqualTo(Money.ZERO);
        assertThat(status.explanation()).isNull();

        assertThatThrownBy(() -> ledger.check(LINE_2061, Money.euros("0.01"))).isInstanceOfSatisfying(PaymentRefusedException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.EXCEEDS_GRANTED);
                    assertThat(e.granted()).isEqualTo(Money.euros("40182.65"));
                    assertThat(e.alreadyPaid()).isEqualTo(Money.euros("40182.65"));
                    assertThat(e.asked()).isEqualTo(Money.euros("0.01"));
                });
        // per budget year and in all: 2061 paid whole, 2062 untouched
        assertThat(ledger.budgetYears()).containsExactly(
                new PaymentLedger.YearStatus(2061, Money.euros("40182.65"), Money.euros("40182.65"), Money.euros("0.00"), Money.ZERO),
                new PaymentLedger.YearStatus(2062, Money.euros("160000.00"), Money.ZERO, Money.euros("160000.00"), Money.ZERO));
        assertThat(ledger.totals().remaining()).isEqualTo(Money.euros("160000.00"));
    }

    @Test
    void a_reversal_brings_the_sum_down_but_never_below_zero() {
        ComputedSchedule s = schedule(1, "40182.65", "160000.00");
        List<Payment> payments = List.of(paid(LINE_2062, "50000.00"));
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, s, payments);
        ledger.check(LINE_2062, Money.euros("-50000.00"));
        assertThatThrownBy(() -> ledger.check(LINE_2062, Money.euros("-50000.01"))).isInstanceOfSatisfying(
                PaymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.BELOW_ZERO);
                    assertThat(e.alreadyPaid()).isEqualTo(Money.euros("50000.00"));
                    assertThat(e.asked()).isEqualTo(Money.euros("-50000.01"));
                });
        // nothing paid on 2061: no reversal there
        assertThatThrownBy(() -> ledger.check(LINE_2061, Money.euros("-0.01"))).isInstanceOfSatisfying(PaymentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.BELOW_ZERO));
        List<Payment> reversed = new ArrayList<>(payments);
        reversed.add(paid(LINE_2062, "-12500.00"));
        PaymentLedger after = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, s, reversed);
        assertThat(after.paid(LINE_2062)).isEqualTo(Money.euros("37500.00"));
        assertThat(after.lines().get(1).remaining()).isEqualTo(Money.euros("122500.00"));
    }

    @Test
    void a_line_not_in_the_current_version_takes_no_payment() {
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, schedule(1, "40182.65", "160000.00"), List.of());
        assertThatThrownBy(() -> ledger.check(new LineKey(2, 4, 2064), Money.euros("1.00"))).isInstanceOfSatisfying(
                PaymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.LINE_NOT_IN_SCHEDULE);
                    assertThat(e.granted()).isEqualTo(Money.ZERO);
                });
        assertThatThrownBy(() -> PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, null, List.of()).check(LINE_2061, Money.euros("1.00")))
                .isInstanceOf(PaymentRefusedException.class);
    }

    @Test
    void a_later_version_that_lowers_a_paid_line_shows_it_overpaid_and_changes_nothing_paid() {
        List<Payment> payments = List.of(paid(LINE_2062, "100000.00"), paid(LINE_2062, "40000.00"));
        // version 2 grants 2062 only 120 000.00 (costs declared lower): 140 000.00 − 120 000.00 = 20 000.00 to recover
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, schedule(2, "40182.65", "120000.00"), payments);
        PaymentLedger.LineStatus line = ledger.lines().get(1);
        assertThat(line.paid()).isEqualTo(Money.euros("140000.00"));
        assertThat(line.remaining()).isEqualTo(Money.euros("0.00"));
        assertThat(line.overpaid()).isEqualTo(Money.euros("20000.00"));
        assertThat(line.explanation().fr()).startsWith("La version 2 du calendrier accorde 120 000,00 € sur la ligne 1/2/2062, mais "
                + "140 000,00 € y ont déjà été payés : 20 000,00 € sont à récupérer.");
        assertThat(line.explanation().en()).startsWith("Version 2 of the schedule grants €120,000.00 on line 1/2/2062, but "
                + "€140,000.00 was already paid on it: €20,000.00 is to be recovered.");
        assertThat(ledger.overpaidLines()).containsExactly(line);
        assertThat(ledger.budgetYears().get(1).overpaid()).isEqualTo(Money.euros("20000.00"));
        // no further payment, a recovery is accepted
        assertThatThrownBy(() -> ledger.check(LINE_2062, Money.euros("0.01"))).isInstanceOf(PaymentRefusedException.class);
        ledger.check(LINE_2062, Money.euros("-20000.00"));
        // the part shown on the schedule's line carries the same figures
        assertThat(ledger.parts().get(1)).isEqualTo(new PaymentLedger.PartStatus(LINE_2062, Money.euros("140000.00"), Money.ZERO,
                Money.euros("20000.00"), line.explanation()));
    }

    @Test
    void a_line_a_later_version_drops_stays_listed_overpaid_and_may_be_recovered() {
        ComputedSchedule shorter = new ComputedSchedule(UUID.randomUUID(), DOSSIER, SchemeCode.CLUSTER_ANIMATOR, 3, "defaults-1", "cut",
                LocalDate.of(2061, 7, 1), Instant.now(), "g", 3, List.of(line(2061, 1, LocalDate.of(2061, 1, 1),
                        LocalDate.of(2061, 12, 31), "40182.65")), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, shorter, List.of(paid(LINE_2062, "30000.00")));
        assertThat(ledger.overpaidLines()).singleElement().satisfies(l -> {
            assertThat(l.inSchedule()).isFalse();
            assertThat(l.granted()).isEqualTo(Money.ZERO);
            assertThat(l.overpaid()).isEqualTo(Money.euros("30000.00"));
            assertThat(l.explanation().en()).startsWith("Line 1/2/2062 is no longer in version 3 of the schedule");
        });
        ledger.check(LINE_2062, Money.euros("-30000.00"));
        assertThatThrownBy(() -> ledger.check(LINE_2062, Money.euros("1.00"))).isInstanceOfSatisfying(PaymentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.LINE_NOT_IN_SCHEDULE));
    }

    @Test
    void a_line_cut_in_two_by_a_scheme_version_is_one_line_to_pay_shared_between_its_parts_in_date_order() {
        ComputedSchedule cut = new ComputedSchedule(UUID.randomUUID(), DOSSIER, SchemeCode.CLUSTER_ANIMATOR, 1, "defaults-1", "x",
                LocalDate.of(2061, 1, 1), Instant.now(), "h", 1, List.of(
                        line(2061, 1, LocalDate.of(2061, 1, 1), LocalDate.of(2061, 6, 30), "20000.00"),
                        line(2061, 1, LocalDate.of(2061, 7, 1), LocalDate.of(2061, 12, 31), "25000.00")),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        PaymentLedger ledger = PaymentLedger.of(SchemeCode.CLUSTER_ANIMATOR, cut, List.of(paid(LINE_2061, "30000.00")));
        assertThat(ledger.granted(LINE_2061)).isEqualTo(Money.euros("45000.00"));
        assertThat(ledger.lines()).hasSize(1);
        assertThat(ledger.parts()).extracting(PaymentLedger.PartStatus::paid).containsExactly(Money.euros("20000.00"),
                Money.euros("10000.00"));
        assertThat(ledger.parts()).extracting(PaymentLedger.PartStatus::remaining).containsExactly(Money.ZERO, Money.euros("15000.00"));
        ledger.check(LINE_2061, Money.euros("15000.00"));
        assertThatThrownBy(() -> ledger.check(LINE_2061, Money.euros("15000.01"))).isInstanceOf(PaymentRefusedException.class);
    }

    @Test
    void line_keys_read_as_the_contract_writes_them() {
        assertThat(LineKey.parse("1/2/2027")).contains(new LineKey(1, 2, 2027));
        assertThat(new LineKey(1, 2, 2027)).hasToString("1/2/2027");
        assertThat(LineKey.parse("0/2/2027")).isEmpty();
        assertThat(LineKey.parse("1/2/1989")).isEmpty();
        assertThat(LineKey.parse("1-2-2027")).isEmpty();
    }
}
