package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.time.ClockProducer;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery.CurrentSchedule;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The current schedules as a 360Giving data package (standard 1.4): one grant per cluster and scheme, the
 * administration that pays the scheme as funder (the research administration for technology grapes, the economy
 * administration otherwise; configuration), the beneficiary as recipient identified by its Belgian enterprise number
 * ({@code BE-BCE_KBO-0123456789}, the org-id.guide list for the Crossroads Bank for Enterprises). A schedule
 * whose beneficiary has no enterprise number cannot be published under the standard and is left out; the
 * package's description says how many. Dates are written as date-times (the standard accepts both forms).
 */
final class ThreeSixtyGiving {

    /** The org-id.guide prefix of the Belgian Crossroads Bank for Enterprises. */
    static final String BCE_KBO_PREFIX = "BE-BCE_KBO-";

    private ThreeSixtyGiving() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ThreeSixtyGivingPackage", description = "A 360Giving data package (standard 1.4)")
    public record Package(String version, String title, String description, String issued, Publisher publisher, String license,
            List<Grant> grants) {
    }

    public record Publisher(String identifier, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ThreeSixtyGivingGrant")
    public record Grant(String id, String title, String description, String currency, java.math.BigDecimal amountAwarded,
            String awardDate, List<Event> plannedDates, List<Organization> recipientOrganization,
            List<Organization> fundingOrganization, List<Programme> grantProgramme, String dateModified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String startDate, String endDate, Integer duration) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, String department, String companyNumber, String addressCountry) {
    }

    public record Programme(String code, String title) {
    }

    /**
     * An administration that pays a scheme, as 360Giving names it.
     *
     * @param id         org-id.guide identifier ({@code BE-BCE_KBO-} + the enterprise number)
     * @param name       legal name
     * @param department the administration within it
     */
    record Funder(String id, String name, String department) {
    }

    /**
     * Prefix, licence and funders, from configuration.
     *
     * @param regionalFunder the publisher, and the funder of every scheme {@code funders} does not name
     * @param funders        the funder of a scheme that another administration pays (grapes: the research one)
     */
    record Settings(String grantPrefix, String license, Funder regionalFunder, Map<SchemeCode, Funder> funders) {

        Settings {
            funders = Map.copyOf(funders);
        }

        /** The administration that pays {@code scheme}. */
        Funder funderOf(SchemeCode scheme) {
            return funders.getOrDefault(scheme, regionalFunder);
        }
    }

    static Package of(List<CurrentSchedule> schedules, Settings settings, OffsetDateTime issued) {
        List<Grant> grants = schedules.stream().map(s -> grant(s, settings)).flatMap(Optional::stream).toList();
        int left = schedules.size() - grants.size();
        String description = "Cofinancement par la Région wallonne des animateurs de clusters, grappes technologiques et pôles "
                + "de compétitivité : montants planifiés des échéanciers en vigueur." + (left == 0 ? ""
                        : " " + left + " échéancier(s) non publié(s) : bénéficiaire sans numéro d'entreprise BCE.");
        return new Package("1.4", "Politique wallonne des clusters — cofinancements", description, issued.toString(),
                new Publisher(settings.regionalFunder().id(), settings.regionalFunder().name()), settings.license(), grants);
    }

    private static Optional<Grant> grant(CurrentSchedule current, Settings settings) {
        FundingFile file = current.file();
        ComputedSchedule s = current.schedule();
        if (file == null || file.beneficiary() == null || file.beneficiary().enterpriseDigits().isEmpty() || s.lines().isEmpty()) {
            return Optional.empty();
        }
        String digits = file.beneficiary().enterpriseDigits().orElseThrow();
        LocalDate start = s.lines().get(0).from();
        LocalDate end = s.lines().get(s.lines().size() - 1).to();
        int months = (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
        String name = file.clusterName() == null ? file.beneficiary().name() : file.clusterName();
        return Optional.of(new Grant(settings.grantPrefix() + "-" + s.dossierId() + "-" + s.scheme().name(),
                s.scheme().french().substring(0, 1).toUpperCase() + s.scheme().french().substring(1) + " — " + name,
                "Échéancier version " + s.version() + " (régime " + s.scheme().name() + ", version de politique " + s.policyVersion()
                        + ") : " + s.lines().stream().filter(l -> l.granted().amount().signum() > 0).count()
                        + " ligne(s) annuelle(s) financée(s) du " + start + " au " + end + ".",
                "EUR", s.totalGranted().amount(), dateTime(start), List.of(new Event(dateTime(start), dateTime(end), months)),
                List.of(new Organization(BCE_KBO_PREFIX + digits, file.beneficiary().name(), null, digits, "BE")),
                List.of(funding(settings.funderOf(s.scheme()))),
                List.of(new Programme(s.scheme().name(), s.scheme().french())),
                s.computedAt().atOffset(ZoneOffset.UTC).toString()));
    }

    private static Organization funding(Funder funder) {
        return new Organization(funder.id(), funder.name(), funder.department(), null, "BE");
    }

    /** Midnight in Brussels, as a full date-time. */
    private static String dateTime(LocalDate date) {
        return date.atStartOfDay(ClockProducer.BRUSSELS).toOffsetDateTime().toString();
    }
}
