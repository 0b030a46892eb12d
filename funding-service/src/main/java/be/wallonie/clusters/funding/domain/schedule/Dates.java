package be.wallonie.clusters.funding.domain.schedule;

import java.time.LocalDate;

/** Date arithmetic shared by the calculator and the inputs. Every date range is inclusive of both ends. */
final class Dates {

    private Dates() {
    }


    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
