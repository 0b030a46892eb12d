package be.wallonie.clusters.funding.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundingFileReaderTest {

    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final FundingFile FILE = FundingFile.open(UUID.randomUUID()).agrementGranted("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR,
            new FundedPeriod(UUID.randomUUID(), 1, LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), false),
            new Beneficiary(EMPLOYER, "0403.170.701", "Cluster Bois ASBL"), Money.euros(200_000), Money.ZERO, Set.of(EMPLOYER, MEMBER));

    @Test
    void the_region_its_systems_and_the_cellule_read_every_file() {
        assertThat(FundingFileReader.ofEveryFile().namesAnOrganisation()).isTrue();
        assertThat(FundingFileReader.ofEveryFile().maySee(FILE)).isTrue();
        assertThat(FundingFileReader.ofEveryFile().maySee(FundingFile.open(UUID.randomUUID()))).isTrue();
    }

    @Test
    void the_beneficiary_is_named_by_its_enterprise_number_with_or_without_dots_or_by_its_id() {
        assertThat(FundingFileReader.applicant("0403.170.701").maySee(FILE)).isTrue();
        assertThat(FundingFileReader.applicant("0403170701").maySee(FILE)).isTrue();
        assertThat(FundingFileReader.applicant(" 0403.170.701 ").maySee(FILE)).isTrue();
        assertThat(FundingFileReader.applicant(EMPLOYER.toString()).maySee(FILE)).isTrue();
    }

    @Test
    void a_core_group_member_is_named_by_its_id() {
        assertThat(FundingFileReader.applicant(MEMBER.toString()).maySee(FILE)).isTrue();
    }

    @Test
    void nobody_else_reads_the_file() {
        assertThat(FundingFileReader.applicant("0412.345.614").maySee(FILE)).isFalse();
        assertThat(FundingFileReader.applicant(UUID.randomUUID().toString()).maySee(FILE)).isFalse();
        // a file without beneficiary (only costs declared so far) is nobody's
        assertThat(FundingFileReader.applicant("0403.170.701").maySee(FundingFile.open(UUID.randomUUID()))).isFalse();
        assertThat(FundingFileReader.applicant(EMPLOYER.toString()).maySee(FundingFile.open(UUID.randomUUID()))).isFalse();
    }

    @Test
    void an_applicant_without_a_readable_organisation_names_none() {
        assertThat(FundingFileReader.applicant(null).namesAnOrganisation()).isFalse();
        assertThat(FundingFileReader.applicant("").namesAnOrganisation()).isFalse();
        assertThat(FundingFileReader.applicant("Cluster Bois").namesAnOrganisation()).isFalse();
        assertThat(FundingFileReader.applicant("0403.170.70").namesAnOrganisation()).isFalse();
        assertThat(FundingFileReader.applicant(null).maySee(FILE)).isFalse();
        assertThat(FundingFileReader.applicant("0403.170.701").namesAnOrganisation()).isTrue();
        assertThat(FundingFileReader.applicant(MEMBER.toString()).namesAnOrganisation()).isTrue();
    }
}
