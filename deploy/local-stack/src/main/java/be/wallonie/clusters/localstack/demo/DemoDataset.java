package be.wallonie.clusters.localstack.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo dataset of {@code src/main/resources/demo/} (format in its README): organisations, dossiers and the Comité's
 * pool of demo experts, read as they are written — the loader turns them into request bodies ({@link DemoRequests}).
 */
public record DemoDataset(List<Organisation> organisations, List<Dossier> dossiers, List<Expert> experts) {

    public static final String VALIDATED = "VALIDATED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String COMPLETE_DRAFT = "COMPLETE_DRAFT";
    public static final String DRAFT = "DRAFT";

    /** Reads the dataset from the classpath; a misspelt field is an error, not a silently dropped value. */
    public static DemoDataset fromClasspath() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new DemoDataset(read(json, "/demo/organisations.json", OrganisationFile.class).organisations(),
                read(json, "/demo/dossiers.json", DossierFile.class).dossiers(),
                read(json, "/demo/experts.json", ExpertFile.class).experts());
    }

    public Optional<Organisation> organisation(String key) {
        return organisations.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    public long count(String target) {
        return dossiers.stream().filter(d -> d.target().equals(target)).count();
    }

    private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = DemoDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " on the classpath");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    record OrganisationFile(List<Organisation> organisations) {
    }

    record DossierFile(List<Dossier> dossiers) {
    }

    record ExpertFile(List<Expert> experts) {
    }

    /** One-to-one with the registry's OrganisationRequest, plus the dataset's local key. */
    public record Organisation(String key, String name, String enterpriseNumber, String kind, String sizeClass, Integer employees,
            List<String> naceCodes, List<Establishment> establishments, String corporateGroup, String region) {

        public boolean walloon() {
            return "WALLONIA".equals(region);
        }

        public boolean enterprise() {
            return "ENTERPRISE".equals(kind);
        }

        public String country() {
            return establishments.stream().filter(Establishment::registeredOffice).map(Establishment::country).findFirst().orElse(null);
        }
    }

    public record Establishment(String street, String postalCode, String city, String country, boolean registeredOffice, String region) {
    }

    /** One-to-one with DossierSnapshotV1, organisations named by key, plus the state the loader brings it to. */
    public record Dossier(String key, String target, LocalDate agrementStart, String source, String name, String acronym,
            String scheme, String entryVolet, Focus focus, List<Member> members, List<Relation> relations,
            List<Objective> objectives, List<ExpectedGain> expectedGains, List<Action> actions,
            Governance governance, Animator animator, BigDecimal privateContributionsPerYear, FundedBeneficiary fundedBeneficiary,
            List<PoleProject> poleProjects, PreparationSupport preparationSupport) {

        public Dossier {
            poleProjects = poleProjects == null ? List.of() : poleProjects;
            members = members == null ? List.of() : members;
            relations = relations == null ? List.of() : relations;
            objectives = objectives == null ? List.of() : objectives;
            expectedGains = expectedGains == null ? List.of() : expectedGains;
            actions = actions == null ? List.of() : actions;
        }

        /** Whether the loader submits it (then the evaluation service opens a case). */
        public boolean submitted() {
            return target.equals(SUBMITTED) || target.equals(VALIDATED);
        }
    }

    public record Focus(String kind, String domain, String description) {
    }

    public record Member(String org, String role, LocalDate coOptedOn, boolean decisionCentreAbroad) {
    }

    public record Relation(String from, String to, String kind, String direction, boolean market) {
    }

    public record Objective(String statement, List<String> endorsedBy) {
        public Objective {
            endorsedBy = endorsedBy == null ? List.of() : endorsedBy;
        }
    }

    public record ExpectedGain(String description, String indicator, BigDecimal targetValue, String unit) {
    }

    public record Action(String title, String type, String category, String axis, String orientation, LocalDate startDate,
            LocalDate endDate, boolean recurring, List<String> participants, BigDecimal budget, String expectedMarketOutcome) {
        public Action {
            participants = participants == null ? List.of() : participants;
        }
    }

    public record Governance(boolean admissionRules, boolean noPoachingRule, String decisionMaking, String ambitionStatement) {
    }

    public record Animator(String name, String employer, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost) {
    }

    /**
     * Who receives a grape's or a pole's funding (the registry's FundedBeneficiaryRequest, the organisation by key);
     * {@code yearlyEligibleCosts} for a grape only.
     */
    public record FundedBeneficiary(String org, BigDecimal yearlyEligibleCosts) {
    }

    /**
     * A project the Region approves for a pole in a yearly call (the registry's PoleProjectRequest), dated inside the
     * dataset's agrément period: the loader moves it on with the agrément (same number of years).
     */
    public record PoleProject(String kind, String title, int callYear, LocalDate startDate, LocalDate endDate, BigDecimal budget,
            BigDecimal privateContributions) {
    }

    /** The preparation support the Region grants the draft (the registry's PreparationSupportRequest). */
    public record PreparationSupport(LocalDate startDate, LocalDate endDate) {
    }

    /**
     * A demo expert of the Comité's pool: fictitious, with no link to any demo organisation (no affiliation); signs in with
     * the token subject {@link #userId()}.
     */
    public record Expert(String key, String name, String country, boolean regionalDevelopmentSpecialist, List<String> domains) {

        public String userId() {
            return "demo-expert-" + key;
        }
    }
}
