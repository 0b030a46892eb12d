package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.FundingFile;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who reads a funding file, and what they may read (issue #11 §8). The Region's services, its IT systems and the
 * Cellule read every file; an applicant reads the files of its own organisation only: the beneficiary (the
 * animateur's employer, or a grape's or pole's declared beneficiary) or a member of the core group
 * ({@link FundingFile#readableBy}).
 *
 * <p>The applicant's organisation is the token's {@code org} claim, read as the registry reads it: the Belgian
 * enterprise number (BCE/KBO, {@code 0403.170.701} or its ten digits), which names the beneficiary; or the
 * registry's organisation id (a UUID), which names the beneficiary or a core-group member — the registry's events
 * name core-group members by id only, so a core-group member that is not the beneficiary is recognised by its id.
 *
 * @param everyFile    whether the reader sees every file (FUNDING_READER, REGION, CELLULE)
 * @param organisation the applicant's {@code org} claim, or null
 */
public record FundingFileReader(boolean everyFile, String organisation) {

    /** An enterprise number as written: ten digits, with or without its dots ({@code 0403.170.701}, {@code 0403170701}). */
    private static final Pattern ENTERPRISE_NUMBER = Pattern.compile("\\d{4}\\.?\\d{3}\\.?\\d{3}");

    /** A reader of every file. */
    public static FundingFileReader ofEveryFile() {
        return new FundingFileReader(true, null);
    }

    /** An applicant acting for the organisation its token names (the {@code org} claim, possibly absent). */
    public static FundingFileReader applicant(String organisationClaim) {
        return new FundingFileReader(false, organisationClaim);
    }

    /**
     * Whether the reader names an organisation at all: an applicant without a readable {@code org} claim may read no
     * funding file (a 403, whatever the file).
     */
    public boolean namesAnOrganisation() {
        return everyFile || organisationId().isPresent() || enterpriseDigits().isPresent();
    }

    /** Whether the reader may see {@code file}; a file it may not see is, to it, a file that does not exist. */
    public boolean maySee(FundingFile file) {
        if (everyFile) {
            return true;
        }
        Optional<UUID> id = organisationId();
        if (id.isPresent()) {
            return file.readableBy(id.get());
        }
        Optional<String> digits = enterpriseDigits();
        return digits.isPresent() && file.beneficiary() != null && file.beneficiary().enterpriseDigits().equals(digits)
                && file.readableBy(file.beneficiary().organisationId());
    }

    private Optional<UUID> organisationId() {
        if (organisation == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(organisation.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<String> enterpriseDigits() {
        if (organisation == null || !ENTERPRISE_NUMBER.matcher(organisation.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(organisation.strip().replace(".", ""));
    }
}
