package be.wallonie.clusters.funding.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleCsvTest {

    @Test
    void the_documented_columns_are_the_written_ones() {
        assertThat(ScheduleCsv.COLUMNS_DOC).isEqualTo("`" + String.join("`, `", ScheduleCsv.COLUMNS) + "`");
    }

    @Test
    void cursors_round_trip() {
        assertThat(FundingDataResource.position(FundingDataResource.cursor(42))).isEqualTo(42);
        assertThat(FundingDataResource.position(null)).isZero();
    }
}
