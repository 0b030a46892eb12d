package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import java.util.List;
import java.util.UUID;

/** What the secretariat and the experts do with expert records. */
public final class ExpertUseCases {

    private ExpertUseCases() {
    }

    /** An expert with the conflicts detected today (empty when eligible). */
    public record ExpertView(Expert expert, List<Conflict> conflicts, int activePanels) {
    }

    /** A page of experts. */
    public record ExpertPage(List<ExpertView> items, int page, int size, long totalItems) {

        public long totalPages() {
            return size == 0 ? 0 : (totalItems + size - 1) / size;
        }
    }

    /** Filters (combined with AND, each optional) and the page. */
    public record ExpertSearch(String domain, String country, Boolean regionalDevelopmentSpecialist, int page, int size) {
    }

    public record RegisterExpertCommand(ExpertForm form, String registeredBy) {
    }

    public record UpdateExpertCommand(UUID expertId, ExpertForm form, long expectedVersion, String updatedBy) {
    }

    /**
     * An expert signs a declaration of interests.
     *
     * @param signedBy the token subject: must be the expert's own user
     */
    public record DeclareInterestsCommand(UUID expertId, String signedBy, String statement, List<InterestForm> interests) {
    }

    /** An organisation named by Belgian enterprise number, or (abroad) by name and country. */
    public record InterestForm(String enterpriseNumber, String organisationName, String nature, String country) {
        public InterestForm(String enterpriseNumber, String organisationName, String nature) {
            this(enterpriseNumber, organisationName, nature, null);
        }
    }

    /** The caller, as the expert endpoints need to know them. */
    public record Caller(String userId, boolean secretariat) {
    }

    /**
     * The secretariat records that a declared interest ended; the organisation is named as it was declared (Belgian
     * enterprise number, or name and country).
     */
    public record EndInterestCommand(UUID expertId, String enterpriseNumber, String organisationName, String country,
            java.time.LocalDate endedOn, String reason, String recordedBy) {
    }

    public interface EndInterestUseCase {
        be.wallonie.clusters.evaluation.domain.expert.InterestEnding endInterest(EndInterestCommand c);

        /** The interests of the expert that still stand. */
        List<be.wallonie.clusters.evaluation.domain.expert.DeclaredInterest> standingInterests(UUID expertId, Caller caller);
    }

    public interface RegisterExpertUseCase {
        ExpertView registerExpert(RegisterExpertCommand c);
    }

    public interface UpdateExpertUseCase {
        ExpertView updateExpert(UpdateExpertCommand c);
    }

    public interface DeclareInterestsUseCase {
        InterestDeclaration declareInterests(DeclareInterestsCommand c);
    }

    public interface GetExpertQuery {
        /** The expert, if the caller may see them (the secretariat, or the expert themself); else NOT_FOUND/FORBIDDEN. */
        ExpertView expert(UUID id, Caller caller);

        /** The expert an EXPERT user is (their userId is the token subject); NOT_FOUND when none. */
        ExpertView expertOfUser(String userId);

        ExpertPage searchExperts(ExpertSearch search);

        List<InterestDeclaration> declarations(UUID expertId, Caller caller);
    }
}
