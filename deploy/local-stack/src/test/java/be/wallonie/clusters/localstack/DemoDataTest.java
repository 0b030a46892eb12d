package be.wallonie.clusters.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the demo dataset ({@code demo/organisations.json}, {@code demo/dossiers.json}) the loader feeds through the
 * services' REST APIs: organisations well formed as the registry accepts them, dossiers whose keys all resolve, enum
 * names the evaluation accepts, and validated dossiers that meet the criteria engine's defaults of domain.md §2 (so the
 * demo's recognised clusters pass the automatic checks), while the field-study drafts show varied maturities and at
 * least one of the weaknesses Part II describes.
 *
 * <p>Each test gathers every broken item before failing, so one run names them all.
 */
class DemoDataTest {

    // Criteria engine defaults, domain.md §2 (CriteriaPolicy.defaults(), version 2026.1).
    private static final int MIN_INDEPENDENT_ENTERPRISES = 8;
    private static final double CORE_GROUP_ENTERPRISE_SHARE_ABOVE = 50;
    private static final double MEMBER_ENTERPRISE_SHARE_ABOVE = 50;
    private static final double LINKED_ENTERPRISE_SHARE_AT_LEAST = 60;
    private static final double WALLOON_MEMBER_SHARE_AT_LEAST = 50;
    private static final double WALLOON_CORE_GROUP_SHARE_AT_LEAST = 50;
    private static final double ENDORSING_MEMBER_SHARE_AT_LEAST = 50;
    private static final int PLAN_HORIZON_MONTHS = 36;
    private static final int MAX_NACE_SECTIONS = 6;
    private static final double TECHNOLOGY_SHARE_ABOVE = 50;
    private static final Set<String> TECHNOLOGY_CATEGORIES = Set.of("TECHNOLOGY_PRODUCTION", "RESEARCH_DEVELOPMENT");

    // The dataset's own vocabularies (free strings in the contract; listed in demo/README.md).
    private static final Set<String> AXES = Set.of("KNOW_AND_MAKE_KNOWN", "COMMERCIAL_LINKS", "PARTNERSHIPS", "PROMOTION",
            "KNOWLEDGE_SHARING", "SYNERGIES");
    private static final Set<String> ORIENTATIONS = Set.of("MOYENS", "PRODUITS_MARCHES", "CLUB_DE_TRAVAIL");
    private static final Set<String> CATEGORIES = Set.of("COMMERCIAL", "TECHNOLOGY_PRODUCTION", "LOGISTICS",
            "HUMAN_RESOURCES");
    private static final Set<String> TARGETS = Set.of("VALIDATED", "DRAFT", "COMPLETE_DRAFT", "SUBMITTED");
    private static final Set<String> DRAFT_TARGETS = Set.of("DRAFT", "COMPLETE_DRAFT", "SUBMITTED");

    /** The ten clusters and six poles of seed 001, by the name each demo dossier must carry. */
    private static final Set<String> CLUSTER_NAMES = Set.of("ARESA", "CAP 2020", "(Val)+", "Eco-construction", "Infopôle",
            "Logistics in Wallonia", "Photonique", "Plastiwin", "TWEED", "TWIST");
    private static final Set<String> POLE_NAMES = Set.of("BioWin", "Wagralim", "Mecatech", "Logistics in Wallonia",
            "Skywin", "Greenwin");
    /** The six sectors of the field study (000, Part II), by the draft dossier's key. */
    private static final Set<String> FIELD_STUDY_DRAFTS = Set.of("textile", "scieries-feuillus", "ossature-bois",
            "aeronautique", "automobile", "biotech-iaa");

    /**
     * Real Walloon postal codes and their municipality or locality, for every code the dataset uses: a Walloon address
     * must name the city its postal code serves.
     */
    private static final Map<String, Set<String>> WALLOON_CITIES = Map.ofEntries(
            city("1300", "Wavre"), city("1348", "Louvain-la-Neuve"), city("1370", "Jodoigne"), city("1400", "Nivelles"),
            city("1420", "Braine-l'Alleud"), city("1435", "Mont-Saint-Guibert"), city("1480", "Tubize"),
            city("4000", "Liège"), city("4020", "Liège"), city("4031", "Angleur"), city("4040", "Herstal"),
            city("4100", "Seraing"), city("4120", "Neupré"), city("4130", "Esneux"), city("4300", "Waremme"),
            city("4400", "Flémalle"), city("4460", "Grâce-Hollogne"), city("4500", "Huy"), city("4600", "Visé"),
            city("4650", "Herve"), city("4780", "Saint-Vith"), city("4800", "Verviers"), city("4900", "Spa"),
            city("4920", "Aywaille"), city("4960", "Malmedy"), city("4970", "Stavelot"), city("5000", "Namur"),
            city("5030", "Gembloux"), city("5060", "Sambreville"), city("5190", "Jemeppe-sur-Sambre"),
            city("5500", "Dinant"), city("5580", "Rochefort"), city("5590", "Ciney"), city("5640", "Mettet"),
            city("5660", "Couvin"), city("6000", "Charleroi"), city("6030", "Marchienne-au-Pont"), city("6040", "Jumet"),
            city("6041", "Gosselies"), city("6060", "Gilly"), city("6061", "Montignies-sur-Sambre"),
            city("6200", "Châtelet"), city("6220", "Fleurus"), city("6460", "Chimay"), city("6600", "Bastogne"),
            city("6630", "Martelange"), city("6700", "Arlon"), city("6760", "Virton"), city("6800", "Libramont-Chevigny"),
            city("6830", "Bouillon"), city("6870", "Saint-Hubert"), city("6880", "Bertrix"), city("6890", "Libin"),
            city("6900", "Marche-en-Famenne"), city("6920", "Wellin"), city("6980", "La Roche-en-Ardenne"),
            city("6990", "Hotton"), city("7000", "Mons"), city("7011", "Ghlin"), city("7060", "Soignies"),
            city("7080", "Frameries"), city("7100", "La Louvière"), city("7140", "Morlanwelz"), city("7170", "Manage"),
            city("7180", "Seneffe"), city("7181", "Feluy"), city("7330", "Saint-Ghislain"), city("7500", "Tournai"),
            city("7600", "Péruwelz"), city("7700", "Mouscron"), city("7730", "Estaimpuis"),
            city("7780", "Comines-Warneton"), city("7800", "Ath"), city("7860", "Lessines"),
            city("7900", "Leuze-en-Hainaut"));

    private static final Pattern ENTERPRISE_NUMBER = Pattern.compile("([01][0-9]{3})\\.([0-9]{3})\\.([0-9]{3})");
    private static final Pattern NACE = Pattern.compile("(0[1-9]|[1-9][0-9])\\.[0-9]{1,3}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static Map<String, Set<String>> evaluationEnums;
    private static List<Organisation> organisations;
    private static Map<String, Organisation> organisationsByKey;
    private static List<Dossier> dossiers;

    @BeforeAll
    static void load() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                // a misspelt field in the dataset is an error, not a silently dropped value
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        organisations = read(json, "/demo/organisations.json", OrganisationFile.class).organisations();
        dossiers = read(json, "/demo/dossiers.json", DossierFile.class).dossiers();
        organisationsByKey = new HashMap<>();
        organisations.forEach(o -> organisationsByKey.putIfAbsent(o.key(), o));
        evaluationEnums = EvaluationEnums.read();
    }

    // ------------------------------------------------------------------------------------------------ organisations

    @Test
    void enterpriseNumbersAreValidAndUnique() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Organisation o : organisations) {
            String number = o.enterpriseNumber();
            if (number == null) {
                if (o.registeredOffice() != null && "BE".equals(o.registeredOffice().country())) {
                    problems.add(o.key() + ": a Belgian organisation needs an enterprise number");
                }
                continue;
            }
            if (!isValidEnterpriseNumber(number)) {
                problems.add(o.key() + ": invalid enterprise number " + number);
            }
            String previous = owners.putIfAbsent(number, o.key());
            if (previous != null) {
                problems.add(o.key() + ": enterprise number " + number + " already used by " + previous);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(owners).hasSizeGreaterThan(100);
    }

    @Test
    void theEnterpriseNumberRuleRefusesWhatTheRegistryRefuses() {
        assertThat(isValidEnterpriseNumber("0403.170.701")).isTrue();
        assertThat(isValidEnterpriseNumber("0403.170.702")).as("wrong check digits").isFalse();
        assertThat(isValidEnterpriseNumber("2403.170.701")).as("first digit neither 0 nor 1").isFalse();
        assertThat(isValidEnterpriseNumber("0403170701")).as("not written 0123.456.749").isFalse();
    }

    @Test
    void organisationsAreWellFormedAsTheRegistryAcceptsThem() {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> kinds = evaluationEnums.get("OrganisationKind");
        Set<String> sizes = evaluationEnums.get("SizeClass");
        for (Organisation o : organisations) {
            String k = o.key();
            if (k == null || !KEY.matcher(k).matches()) {
                problems.add("bad key " + k);
            } else if (!keys.add(k)) {
                problems.add(k + ": duplicate key");
            }
            if (o.name() == null || o.name().isBlank() || o.name().length() > 200) {
                problems.add(k + ": name missing or longer than 200 characters");
            } else if (!names.add(o.name().toLowerCase(Locale.ROOT))) {
                problems.add(k + ": duplicate name " + o.name());
            }
            if (!kinds.contains(o.kind())) {
                problems.add(k + ": kind " + o.kind() + " not in " + kinds);
            }
            boolean enterprise = "ENTERPRISE".equals(o.kind());
            if (enterprise && !sizes.contains(o.sizeClass())) {
                problems.add(k + ": an enterprise needs a size class in " + sizes + ", has " + o.sizeClass());
            }
            if (!enterprise && o.sizeClass() != null) {
                problems.add(k + ": only enterprises have a size class");
            }
            if (o.employees() == null || o.employees() < 0) {
                problems.add(k + ": employees missing or negative");
            } else if (enterprise && sizes.contains(o.sizeClass()) && !sizeMatchesEmployees(o.sizeClass(), o.employees())) {
                problems.add(k + ": " + o.employees() + " employees do not fit size class " + o.sizeClass());
            }
            if (o.naceCodes() == null || o.naceCodes().isEmpty()) {
                problems.add(k + ": no NACE-BEL code");
            } else {
                o.naceCodes().stream().filter(c -> c == null || !NACE.matcher(c).matches())
                        .forEach(c -> problems.add(k + ": NACE-BEL code " + c + " is not NN.N, NN.NN or NN.NNN"));
            }
            if (o.corporateGroup() != null && o.corporateGroup().isBlank()) {
                problems.add(k + ": blank corporate group (use null)");
            }
            checkEstablishments(o, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBelgianPostalCodeFollowsTheRegionRuleAndWalloonOnesNameTheirRealCity() {
        List<String> problems = new ArrayList<>();
        Set<String> regions = evaluationEnums.get("Region");
        for (Organisation o : organisations) {
            for (Establishment e : nullToEmpty(o.establishments())) {
                String where = o.key() + " (" + e.postalCode() + " " + e.city() + ")";
                String expected = regionOf(e.postalCode(), e.country());
                if (expected == null) {
                    problems.add(where + ": a Belgian postal code has four digits, 1000 to 9999");
                    continue;
                }
                if (!regions.contains(e.region()) || !expected.equals(e.region())) {
                    problems.add(where + ": region " + e.region() + " but the postal code says " + expected);
                }
                if ("WALLONIA".equals(expected)) {
                    Set<String> cities = WALLOON_CITIES.get(e.postalCode());
                    if (cities == null || !cities.contains(e.city())) {
                        problems.add(where + ": not a known Walloon postal code and city" + (cities == null ? "" : ", expected " + cities));
                    }
                }
            }
            String expectedRegion = organisationRegion(o);
            if (!Objects.equals(expectedRegion, o.region())) {
                problems.add(o.key() + ": region " + o.region() + " but its establishments say " + expectedRegion);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRegionRuleItself() {
        assertThat(regionOf("1000", "BE")).isEqualTo("BRUSSELS");
        assertThat(regionOf("1299", "BE")).isEqualTo("BRUSSELS");
        assertThat(regionOf("1300", "BE")).isEqualTo("WALLONIA");
        assertThat(regionOf("1499", "BE")).isEqualTo("WALLONIA");
        assertThat(regionOf("1500", "BE")).isEqualTo("FLANDERS");
        assertThat(regionOf("3999", "BE")).isEqualTo("FLANDERS");
        assertThat(regionOf("4000", "BE")).isEqualTo("WALLONIA");
        assertThat(regionOf("7999", "BE")).isEqualTo("WALLONIA");
        assertThat(regionOf("8000", "BE")).isEqualTo("FLANDERS");
        assertThat(regionOf("59000", "FR")).isEqualTo("ABROAD");
        assertThat(regionOf("999", "BE")).isNull();
    }

    @Test
    void theDatasetIsOpenAndHasEveryKindOfSupportMember() {
        Set<String> regions = organisations.stream().map(Organisation::region).collect(Collectors.toSet());
        assertThat(regions).as("members in Brussels, Flanders and abroad for openness")
                .contains("WALLONIA", "BRUSSELS", "FLANDERS", "ABROAD");
        assertThat(organisations.stream().filter(o -> !"BE".equals(o.registeredOffice().country())
                        || !"WALLONIA".equals(regionOf(o.registeredOffice().postalCode(), "BE")))
                .filter(o -> "WALLONIA".equals(o.region())).count())
                .as("organisations registered outside Wallonia with a Walloon site").isGreaterThanOrEqualTo(2);
        Set<String> kinds = organisations.stream().map(Organisation::kind).collect(Collectors.toSet());
        assertThat(kinds).containsAll(evaluationEnums.get("OrganisationKind"));
        Set<String> sizes = organisations.stream().map(Organisation::sizeClass).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(sizes).containsAll(evaluationEnums.get("SizeClass"));
    }

    @Test
    void corporateGroupsHaveSeveralMembersAndEveryOrganisationIsUsed() {
        Map<String, List<String>> groups = organisations.stream().filter(o -> o.corporateGroup() != null)
                .collect(Collectors.groupingBy(o -> o.corporateGroup().strip().toLowerCase(Locale.ROOT),
                        Collectors.mapping(Organisation::key, Collectors.toList())));
        assertThat(groups).as("some corporate groups").hasSizeGreaterThanOrEqualTo(2);
        assertThat(groups.values()).as("a group of one would be no group").allSatisfy(g -> assertThat(g).hasSizeGreaterThan(1));
        assertThat(dossiers.stream().filter(d -> groupsWithSeveralMembers(d) > 0).count())
                .as("dossiers where two members of one group meet").isGreaterThanOrEqualTo(2);

        Set<String> used = dossiers.stream().flatMap(d -> d.members().stream()).map(Member::org).collect(Collectors.toSet());
        assertThat(organisations.stream().map(Organisation::key).filter(k -> !used.contains(k)))
                .as("organisations no dossier uses").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ dossiers

    @Test
    void tenClustersOneGrapeSixPolesAndSixFieldStudyDrafts() {
        List<Dossier> clusters = dossiers.stream().filter(d -> "VALIDATED".equals(d.target()))
                .filter(d -> "ECONOMIC_CLUSTER".equals(d.scheme())).toList();
        List<Dossier> poles = dossiers.stream().filter(d -> "VALIDATED".equals(d.target()))
                .filter(d -> "COMPETITIVENESS_POLE".equals(d.scheme())).toList();
        List<Dossier> grapes = dossiers.stream().filter(d -> "VALIDATED".equals(d.target()))
                .filter(d -> "TECHNOLOGY_GRAPE".equals(d.scheme())).toList();
        List<Dossier> drafts = dossiers.stream().filter(d -> DRAFT_TARGETS.contains(d.target())).toList();
        assertThat(clusters).hasSize(10);
        assertThat(grapes).as("the technology-grape scheme of domain.md §6").hasSize(1);
        assertThat(poles).hasSize(6);
        assertThat(drafts).hasSize(6);
        assertThat(dossiers).hasSize(23);
        assertThat(CLUSTER_NAMES).allSatisfy(n -> assertThat(clusters).anySatisfy(d -> assertThat(d.name()).contains(n)));
        assertThat(POLE_NAMES).allSatisfy(n -> assertThat(poles).anySatisfy(d -> assertThat(d.name()).containsIgnoringCase(n)));
        assertThat(drafts.stream().map(Dossier::key)).containsExactlyInAnyOrderElementsOf(FIELD_STUDY_DRAFTS);
        assertThat(dossiers.stream().map(Dossier::key).distinct()).hasSize(dossiers.size());
        assertThat(dossiers.stream().map(Dossier::acronym).distinct()).hasSize(dossiers.size());
    }

    @Test
    void everyKeyResolvesAndEveryEnumIsOneTheEvaluationAccepts() {
        List<String> problems = new ArrayList<>();
        for (Dossier d : dossiers) {
            String k = d.key();
            check(problems, TARGETS.contains(d.target()), k, "target " + d.target() + " not in " + TARGETS);
            checkEnum(problems, k, "scheme", d.scheme(), "Scheme");
            checkEnum(problems, k, "entryVolet", d.entryVolet(), "EntryVolet");
            if (d.focus() == null) {
                problems.add(k + ": no focus");
            } else {
                checkEnum(problems, k, "focus.kind", d.focus().kind(), "FocusKind");
                check(problems, notBlank(d.focus().domain()), k, "focus without a domain");
            }
            check(problems, notBlank(d.name()) && d.name().length() <= 200, k, "name missing or too long");
            check(problems, d.acronym() == null || d.acronym().length() <= 30, k, "acronym longer than 30");
            check(problems, notBlank(d.source()), k, "no seed source named");

            Set<String> members = new HashSet<>();
            for (Member m : nullToEmpty(d.members())) {
                check(problems, organisationsByKey.containsKey(m.org()), k, "member " + m.org() + " is no organisation");
                check(problems, members.add(m.org()), k, "member " + m.org() + " listed twice");
                checkEnum(problems, k, "member " + m.org() + " role", m.role(), "MemberRole");
                check(problems, "CORE_GROUP".equals(m.role()) || m.coOptedOn() == null, k,
                        m.org() + ": only core-group members are co-opted");
                Organisation o = organisationsByKey.get(m.org());
                if (o != null && "SUPPORT".equals(m.role())) {
                    check(problems, !"ENTERPRISE".equals(o.kind()), k, m.org() + ": an enterprise is a member, not a support");
                }
                if (o != null && m.decisionCentreAbroad()) {
                    check(problems, "ENTERPRISE".equals(o.kind()), k, m.org() + ": only an enterprise has a decision centre");
                }
            }
            for (Relation r : nullToEmpty(d.relations())) {
                String what = "relation " + r.from() + " → " + r.to();
                check(problems, members.contains(r.from()) && members.contains(r.to()), k, what + " names a non-member");
                check(problems, !Objects.equals(r.from(), r.to()), k, what + " joins a member with itself");
                checkEnum(problems, k, what + " kind", r.kind(), "RelationKind");
                checkEnum(problems, k, what + " direction", r.direction(), "RelationDirection");
                if (Set.of("CUSTOMER_SUPPLIER", "SUBCONTRACTING").contains(r.kind())) {
                    check(problems, "VERTICAL".equals(r.direction()), k, what + ": a supply-chain tie is vertical");
                }
            }
            for (Objective ob : nullToEmpty(d.objectives())) {
                check(problems, notBlank(ob.statement()), k, "objective without a statement");
                check(problems, !nullToEmpty(ob.endorsedBy()).isEmpty(), k, "objective endorsed by nobody: " + ob.statement());
                nullToEmpty(ob.endorsedBy()).stream().filter(e -> !members.contains(e))
                        .forEach(e -> problems.add(k + ": endorser " + e + " is not a member"));
            }
            for (ExpectedGain g : nullToEmpty(d.expectedGains())) {
                check(problems, notBlank(g.description()), k, "expected gain without a description");
                check(problems, g.targetValue() == null || g.targetValue().signum() >= 0, k, "negative target " + g.indicator());
            }
            for (Action a : nullToEmpty(d.actions())) {
                String what = "action « " + a.title() + " »";
                check(problems, notBlank(a.title()), k, "action without a title");
                checkEnum(problems, k, what + " type", a.type(), "ActionType");
                check(problems, CATEGORIES.contains(a.category()), k, what + ": category " + a.category() + " not in " + CATEGORIES);
                check(problems, AXES.contains(a.axis()), k, what + ": axis " + a.axis() + " not in " + AXES);
                check(problems, ORIENTATIONS.contains(a.orientation()), k, what + ": orientation " + a.orientation() + " not in " + ORIENTATIONS);
                check(problems, a.startDate() != null && a.endDate() != null && !a.endDate().isBefore(a.startDate()), k,
                        what + ": needs a start and an end not before it");
                check(problems, a.budget() != null && a.budget().signum() >= 0, k, what + ": budget missing or negative");
                check(problems, !nullToEmpty(a.participants()).isEmpty(), k, what + ": no participant");
                nullToEmpty(a.participants()).stream().filter(p -> !members.contains(p))
                        .forEach(p -> problems.add(k + ": " + what + " participant " + p + " is not a member"));
                if ("TARGETED".equals(a.type())) {
                    check(problems, notBlank(a.expectedMarketOutcome()), k, what + ": a targeted action aims at a market outcome");
                }
            }
            if (d.animator() != null) {
                Animator an = d.animator();
                check(problems, notBlank(an.name()), k, "animateur without a name");
                check(problems, members.contains(an.employer()), k, "animateur employer " + an.employer() + " is not a member");
                check(problems, an.fte() != null && an.fte().signum() > 0 && an.fte().compareTo(BigDecimal.valueOf(5)) <= 0, k,
                        "animateur FTE out of (0, 5]");
                check(problems, an.startDate() != null, k, "animateur without a start date");
                check(problems, an.yearlyCost() != null && an.yearlyCost().compareTo(BigDecimal.valueOf(90_000)) >= 0
                        && an.yearlyCost().compareTo(BigDecimal.valueOf(160_000)) <= 0, k,
                        "animateur yearly cost " + an.yearlyCost() + " outside 90 000–160 000 €");
            }
            check(problems, d.privateContributionsPerYear() == null || d.privateContributionsPerYear().signum() >= 0, k,
                    "negative private contributions");
            check(problems, "VALIDATED".equals(d.target()) == (d.agrementStart() != null), k,
                    "an agrément start date exactly when the dossier is to be validated");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void validatedDossiersMeetTheCriteriaEngineDefaults() {
        List<String> problems = new ArrayList<>();
        List<Dossier> validated = dossiers.stream().filter(d -> "VALIDATED".equals(d.target())).toList();
        assertThat(validated).isNotEmpty();
        for (Dossier d : validated) {
            problems.addAll(criteriaProblems(d));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void validatedDossiersAreCompleteRecognisedClustersAndPoles() {
        List<String> problems = new ArrayList<>();
        for (Dossier d : dossiers.stream().filter(d -> "VALIDATED".equals(d.target())).toList()) {
            String k = d.key();
            Facts f = new Facts(d);
            check(problems, d.members().size() >= 8 && d.members().size() <= 14, k, d.members().size() + " members, not 8–14");
            check(problems, "VALIDATION".equals(d.entryVolet()), k, "a validated dossier went through the Validation volet");
            check(problems, d.agrementStart() != null && !d.agrementStart().isBefore(LocalDate.of(2024, 1, 1))
                    && d.agrementStart().isBefore(LocalDate.of(2027, 1, 1)), k, "agrément start not in 2024–2026");
            check(problems, Objects.equals(f.earliestStart, d.agrementStart()), k, "the action plan starts with the agrément");
            check(problems, f.vertical > 0 && f.horizontal > 0, k, "needs vertical and horizontal relations");
            check(problems, f.market > 0 && f.counted - f.market > 0, k, "needs market and non-market relations");
            check(problems, d.actions().stream().anyMatch(a -> "GENERIC".equals(a.type())), k, "no generic action");
            Set<String> axes = d.actions().stream().map(Action::axis).collect(Collectors.toSet());
            check(problems, axes.size() >= 4, k, "the plan covers only " + axes + " of the six axes");
            check(problems, d.privateContributionsPerYear() != null, k, "private contributions");
            if ("TECHNOLOGY_GRAPE".equals(d.scheme())) {
                // a grape needs no animateur post (domain.md §5): it is funded on its declared eligible costs
                check(problems, d.animator() == null, k, "the demo's grape runs without an animateur post");
            } else {
                check(problems, d.animator() != null && Objects.equals(d.animator().startDate(), d.agrementStart()), k,
                        "an animateur starting with the agrément");
            }
            check(problems, d.members().stream().filter(m -> "CORE_GROUP".equals(m.role())).allMatch(m -> m.coOptedOn() != null
                    && m.coOptedOn().isBefore(d.agrementStart())), k, "core-group members co-opted before the agrément");
            check(problems, f.supportCount > 0, k, "no support organisation (research, training, federation…)");
        }
        Set<String> axes = dossiers.stream().flatMap(d -> d.actions().stream()).map(Action::axis).collect(Collectors.toSet());
        assertThat(axes).containsExactlyInAnyOrderElementsOf(AXES);
        Set<String> orientations = dossiers.stream().flatMap(d -> d.actions().stream()).map(Action::orientation)
                .collect(Collectors.toSet());
        assertThat(orientations).containsExactlyInAnyOrderElementsOf(ORIENTATIONS);
        assertThat(problems).isEmpty();
    }

    @Test
    void grapesAndPolesDeclareTheirFundedBeneficiaryAndClustersDoNot() {
        List<String> problems = new ArrayList<>();
        for (Dossier d : dossiers) {
            String k = d.key();
            FundedBeneficiary b = d.fundedBeneficiary();
            boolean validatedGrapeOrPole = "VALIDATED".equals(d.target()) && !"ECONOMIC_CLUSTER".equals(d.scheme());
            check(problems, validatedGrapeOrPole == (b != null), k,
                    "a funded beneficiary exactly for the validated grapes and poles (an economic cluster's is its animateur's employer)");
            if (b == null) {
                continue;
            }
            check(problems, d.members().stream().anyMatch(m -> m.org().equals(b.org())), k, "beneficiary " + b.org() + " is not a member");
            if ("COMPETITIVENESS_POLE".equals(d.scheme())) {
                check(problems, b.yearlyEligibleCosts() == null, k, "a pole declares no eligible costs: it is funded by its projects");
                check(problems, d.animator() != null && b.org().equals(d.animator().employer()), k,
                        "the pole's structure (its animateur's employer) receives the funding");
            } else {
                // 25 000 € a support year for 2 years (001): costs of at least 25 000.00 € get the full 50 000.00 €
                check(problems, b.yearlyEligibleCosts() != null && b.yearlyEligibleCosts().scale() <= 2
                        && b.yearlyEligibleCosts().compareTo(BigDecimal.valueOf(25_000)) >= 0, k,
                        "a grape's yearly eligible costs, 2 decimals, at least the scheme's 25 000 € a year");
                Organisation o = organisationsByKey.get(b.org());
                check(problems, o != null && "RESEARCH_CENTRE".equals(o.kind()), k, "the demo's grape is led by a research centre");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void polesHaveTwoOrThreeApprovedProjectsInsideTheirAgrement() {
        Set<String> kinds = Set.of("R_AND_D", "TRAINING", "INVESTMENT");
        List<String> problems = new ArrayList<>();
        Set<String> kindsUsed = new HashSet<>();
        for (Dossier d : dossiers) {
            String k = d.key();
            boolean pole = "VALIDATED".equals(d.target()) && "COMPETITIVENESS_POLE".equals(d.scheme());
            if (!pole) {
                check(problems, d.poleProjects().isEmpty(), k, "only a validated pole has approved projects");
                continue;
            }
            check(problems, d.poleProjects().size() >= 2 && d.poleProjects().size() <= 3, k, d.poleProjects().size() + " projects, not 2–3");
            // the agrément of 3 years ends the day before the same date 3 years later (AgrementTerm)
            LocalDate last = d.agrementStart().plusYears(3).minusDays(1);
            Set<String> titles = new HashSet<>();
            for (PoleProject p : d.poleProjects()) {
                String what = k + " « " + p.title() + " »";
                kindsUsed.add(p.kind());
                check(problems, kinds.contains(p.kind()), what, "kind " + p.kind() + " not in " + kinds);
                check(problems, notBlank(p.title()) && p.title().length() <= 300 && titles.add(p.title()), what,
                        "a title of at most 300 characters, unique in the pole (the loader finds projects by title)");
                check(problems, p.startDate() != null && p.endDate() != null && !p.endDate().isBefore(p.startDate())
                        && !p.startDate().isBefore(d.agrementStart()) && !p.endDate().isAfter(last), what,
                        "dates inside the agrément " + d.agrementStart() + " – " + last);
                check(problems, p.startDate() != null && p.callYear() >= d.agrementStart().getYear()
                        && p.callYear() <= p.startDate().getYear(), what, "a yearly call of the agrément, not after the project starts");
                check(problems, p.budget() != null && p.budget().signum() > 0 && p.budget().scale() <= 2, what, "budget > 0, 2 decimals");
                check(problems, p.privateContributions() != null && p.privateContributions().signum() > 0
                        && p.privateContributions().scale() <= 2 && p.budget() != null && p.privateContributions().compareTo(p.budget()) < 0,
                        what, "private contributions (\"+ contributions privées\", 001) above zero and below the budget");
            }
        }
        assertThat(kindsUsed).as("R&D, training and investment projects (002)").isEqualTo(kinds);
        assertThat(problems).isEmpty();
    }

    @Test
    void oneFieldStudyDraftHasAPreparationSupport() {
        List<Dossier> supported = dossiers.stream().filter(d -> d.preparationSupport() != null).toList();
        assertThat(supported).as("one draft supported while it formalises its dossier (000 III.2)").hasSize(1);
        Dossier d = supported.get(0);
        PreparationSupport s = d.preparationSupport();
        assertThat(d.target()).as("granted while the dossier is a draft").isIn("DRAFT", "COMPLETE_DRAFT");
        assertThat(d.entryVolet()).isIn("SENSIBILISATION", "VALIDATION");
        assertThat(d.animator()).as("the support co-funds the animateur post").isNotNull();
        assertThat(s.startDate()).isNotNull().isAfterOrEqualTo(d.animator().startDate());
        // at most 12 months (the registry's default): from 1 January 2027, 31 December 2027 at the latest
        assertThat(s.endDate()).isNotNull().isAfterOrEqualTo(s.startDate()).isBefore(s.startDate().plusMonths(12));
    }

    @Test
    void fieldStudyDraftsShowDifferentMaturities() {
        List<Dossier> drafts = dossiers.stream().filter(d -> DRAFT_TARGETS.contains(d.target())).toList();
        assertThat(drafts.stream().map(Dossier::target).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(DRAFT_TARGETS);
        assertThat(drafts.stream().map(Dossier::entryVolet).collect(Collectors.toSet())).contains("SENSIBILISATION", "VALIDATION");
        List<String> problems = new ArrayList<>();
        for (Dossier d : drafts) {
            String k = d.key();
            if ("DRAFT".equals(d.target())) {
                check(problems, "SENSIBILISATION".equals(d.entryVolet()), k, "an early draft is in the Sensibilisation volet");
                check(problems, d.members().size() < MIN_INDEPENDENT_ENTERPRISES, k, "a sensibilisation draft has a few members only");
            } else {
                // what the registry's completeness check asks before a submission
                check(problems, d.members().stream().anyMatch(m -> "CORE_GROUP".equals(m.role())), k, "no core group");
                check(problems, d.members().size() >= 2, k, "fewer than two members");
                check(problems, !d.objectives().isEmpty(), k, "no objective");
                check(problems, !d.actions().isEmpty(), k, "no action");
                check(problems, d.governance() != null, k, "no governance");
                check(problems, d.animator() != null, k, "no animateur post");
                check(problems, notBlank(d.focus().description()), k, "no focus description");
                check(problems, "VALIDATION".equals(d.entryVolet()), k, "a dossier ready for the concours is in the Validation volet");
            }
        }
        assertThat(problems).isEmpty();

        List<Dossier> ready = drafts.stream().filter(d -> !"DRAFT".equals(d.target())).toList();
        assertThat(ready).as("at least one ready dossier meets every default, as the most mature sector would")
                .anySatisfy(d -> assertThat(criteriaProblems(d)).isEmpty());
        assertThat(ready).as("a defensive club with only generic actions (000 II.3, hardwood sawmills)")
                .anySatisfy(d -> assertThat(d.actions()).isNotEmpty().noneMatch(a -> "TARGETED".equals(a.type())));
        assertThat(ready).as("a passive large member whose decision centre is abroad (000 II.2, aeronautics)")
                .anySatisfy(d -> assertThat(new Facts(d).passiveLargeMembersAbroad()).isNotEmpty());
    }

    @Test
    void theCriteriaChecksCanFail() {
        // A validated dossier stripped of its targeted actions and cut to seven members must fail, or the checks above
        // would prove nothing.
        Dossier plastiwin = dossiers.stream().filter(d -> "plastiwin".equals(d.key())).findFirst().orElseThrow();
        assertThat(criteriaProblems(plastiwin)).isEmpty();
        Dossier weakened = plastiwin.with(plastiwin.members().subList(0, 7),
                plastiwin.actions().stream().filter(a -> !"TARGETED".equals(a.type())).toList());
        assertThat(criteriaProblems(weakened)).anyMatch(p -> p.contains("independent enterprises"))
                .anyMatch(p -> p.contains("targeted action"));
    }

    // ------------------------------------------------------------------------------------------------ the criteria

    /** Every default of domain.md §2 the dossier misses, as the criteria engine computes them. */
    private static List<String> criteriaProblems(Dossier d) {
        List<String> problems = new ArrayList<>();
        String k = d.key();
        Facts f = new Facts(d);
        check(problems, f.independentEnterprises >= MIN_INDEPENDENT_ENTERPRISES, k,
                f.independentEnterprises + " independent enterprises, fewer than " + MIN_INDEPENDENT_ENTERPRISES);
        check(problems, percent(f.coreEnterprises, f.coreSize) > CORE_GROUP_ENTERPRISE_SHARE_ABOVE, k,
                "enterprises are " + f.coreEnterprises + " of " + f.coreSize + " core-group members, not more than half");
        check(problems, percent(f.enterprises, d.members().size()) > MEMBER_ENTERPRISE_SHARE_ABOVE, k,
                "enterprises are not more than half of the members");
        check(problems, percent(f.linkedEnterprises, f.enterprises) >= LINKED_ENTERPRISE_SHARE_AT_LEAST, k,
                f.linkedEnterprises + " of " + f.enterprises + " enterprises tied to another independent member, under 60 %");
        check(problems, percent(f.walloonMembers, d.members().size()) >= WALLOON_MEMBER_SHARE_AT_LEAST, k,
                "fewer than half of the members have a Walloon establishment");
        check(problems, percent(f.walloonCore, f.coreSize) >= WALLOON_CORE_GROUP_SHARE_AT_LEAST, k,
                "fewer than half of the core group has a Walloon establishment");
        check(problems, f.planMonths() >= PLAN_HORIZON_MONTHS, k, "action plan spans " + f.planMonths() + " months, under 36");
        check(problems, f.targetedWithOutcome >= 1, k, "no targeted action with a market outcome");
        check(problems, f.recurring >= 1, k, "no recurring action");
        check(problems, f.quantifiedGains >= 1, k, "no quantified expected gain");
        check(problems, f.objectivesEndorsedByWholeCore >= 1, k, "no objective endorsed by the whole core group");
        check(problems, percent(f.endorsingMembers, d.members().size()) >= ENDORSING_MEMBER_SHARE_AT_LEAST, k,
                "fewer than half of the members endorse an objective");
        check(problems, d.focus() != null && d.focus().kind() != null && notBlank(d.focus().domain()), k, "no declared focus");
        check(problems, f.naceSections.size() <= MAX_NACE_SECTIONS, k, "enterprises span " + f.naceSections + " NACE sections");
        Governance g = d.governance();
        check(problems, g != null && g.admissionRules() && g.noPoachingRule(), k, "no admission or no-poaching rule");
        check(problems, g != null && notBlank(g.ambitionStatement()) && notBlank(g.decisionMaking()), k,
                "no ambition statement or decision making");
        // the II.2 risk warnings the engine would raise
        check(problems, f.passiveLargeMembersAbroad().isEmpty(), k, "passive large members abroad " + f.passiveLargeMembersAbroad());
        check(problems, f.enterprisesWithoutAction == 0, k, f.enterprisesWithoutAction + " enterprises take part in no action");
        if ("ECONOMIC_CLUSTER".equals(d.scheme())) {
            check(problems, f.technologySignals() < 2, k, "an economic cluster the engine would route to a technology grape");
        }
        return problems;
    }

    /** The facts the criteria engine computes (DossierFacts), over the dataset's keys. */
    private static final class Facts {
        final Dossier dossier;
        final Map<String, Integer> unitOf = new HashMap<>();
        int enterprises;
        int independentEnterprises;
        int coreSize;
        int coreEnterprises;
        int walloonMembers;
        int walloonCore;
        int supportCount;
        int counted;
        int vertical;
        int horizontal;
        int market;
        int jointResearch;
        int linkedEnterprises;
        int targetedWithOutcome;
        int recurring;
        int quantifiedGains;
        int objectivesEndorsedByWholeCore;
        int endorsingMembers;
        int enterprisesWithoutAction;
        int technologyActions;
        LocalDate earliestStart;
        LocalDate latestEnd;
        final Set<String> naceSections = new TreeSet<>();
        final Set<String> participants = new HashSet<>();

        Facts(Dossier d) {
            this.dossier = d;
            // one independence unit per member, shared by the members of one corporate group
            Map<String, Integer> groupUnits = new HashMap<>();
            Set<Integer> enterpriseUnits = new HashSet<>();
            Set<String> core = new HashSet<>();
            int nextUnit = 0;
            for (Member m : d.members()) {
                Organisation o = organisationsByKey.get(m.org());
                int unit;
                if (o.corporateGroup() == null) {
                    unit = nextUnit++;
                } else {
                    String group = o.corporateGroup().strip().toLowerCase(Locale.ROOT);
                    Integer known = groupUnits.get(group);
                    unit = known != null ? known : nextUnit++;
                    groupUnits.put(group, unit);
                }
                unitOf.put(m.org(), unit);
                boolean isCore = "CORE_GROUP".equals(m.role());
                boolean walloon = "WALLONIA".equals(o.region());
                if (isCore) {
                    core.add(m.org());
                    coreSize++;
                }
                if (walloon) {
                    walloonMembers++;
                    walloonCore += isCore ? 1 : 0;
                }
                if ("ENTERPRISE".equals(o.kind())) {
                    enterprises++;
                    enterpriseUnits.add(unit);
                    coreEnterprises += isCore ? 1 : 0;
                    o.naceCodes().forEach(c -> naceSections.add(naceSection(Integer.parseInt(c.substring(0, 2)))));
                } else {
                    supportCount++;
                }
            }
            independentEnterprises = enterpriseUnits.size();
            Set<String> linked = new HashSet<>();
            for (Relation r : d.relations()) {
                Integer a = unitOf.get(r.from());
                Integer b = unitOf.get(r.to());
                if (a == null || b == null || a.equals(b)) {
                    continue; // a non-member, or a tie inside one corporate group: not an interrelation
                }
                counted++;
                vertical += "VERTICAL".equals(r.direction()) ? 1 : 0;
                horizontal += "HORIZONTAL".equals(r.direction()) ? 1 : 0;
                market += r.market() ? 1 : 0;
                jointResearch += "JOINT_RESEARCH".equals(r.kind()) ? 1 : 0;
                linked.add(r.from());
                linked.add(r.to());
            }
            linkedEnterprises = (int) d.members().stream().map(Member::org).filter(linked::contains)
                    .filter(key -> "ENTERPRISE".equals(organisationsByKey.get(key).kind())).count();
            for (Action a : d.actions()) {
                if ("TARGETED".equals(a.type()) && notBlank(a.expectedMarketOutcome())) {
                    targetedWithOutcome++;
                }
                recurring += a.recurring() ? 1 : 0;
                technologyActions += TECHNOLOGY_CATEGORIES.contains(a.category()) ? 1 : 0;
                if (a.startDate() != null && (earliestStart == null || a.startDate().isBefore(earliestStart))) {
                    earliestStart = a.startDate();
                }
                if (a.endDate() != null && (latestEnd == null || a.endDate().isAfter(latestEnd))) {
                    latestEnd = a.endDate();
                }
                participants.addAll(a.participants());
            }
            enterprisesWithoutAction = (int) d.members().stream().map(Member::org).filter(key -> !participants.contains(key))
                    .filter(key -> "ENTERPRISE".equals(organisationsByKey.get(key).kind())).count();
            quantifiedGains = (int) d.expectedGains().stream()
                    .filter(g -> g.targetValue() != null && notBlank(g.indicator())).count();
            Set<String> endorsers = new HashSet<>();
            for (Objective ob : d.objectives()) {
                endorsers.addAll(ob.endorsedBy());
                if (!core.isEmpty() && ob.endorsedBy().containsAll(core)) {
                    objectivesEndorsedByWholeCore++;
                }
            }
            endorsingMembers = (int) d.members().stream().map(Member::org).filter(endorsers::contains).count();
        }

        long planMonths() {
            return earliestStart == null || latestEnd == null ? 0 : ChronoUnit.MONTHS.between(earliestStart, latestEnd.plusDays(1));
        }

        int technologySignals() {
            boolean technologyFocus = dossier.focus() != null && "TECHNOLOGY".equals(dossier.focus().kind());
            boolean researchDominant = counted > 0 && percent(jointResearch, counted) > TECHNOLOGY_SHARE_ABOVE;
            boolean technologyDominant = !dossier.actions().isEmpty()
                    && percent(technologyActions, dossier.actions().size()) > TECHNOLOGY_SHARE_ABOVE;
            return (technologyFocus ? 1 : 0) + (researchDominant ? 1 : 0) + (technologyDominant ? 1 : 0);
        }

        List<String> passiveLargeMembersAbroad() {
            return dossier.members().stream().filter(Member::decisionCentreAbroad)
                    .filter(m -> "LARGE".equals(organisationsByKey.get(m.org()).sizeClass()))
                    .map(Member::org).filter(key -> !participants.contains(key)).toList();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static boolean isValidEnterpriseNumber(String number) {
        Matcher m = ENTERPRISE_NUMBER.matcher(number);
        if (!m.matches()) {
            return false;
        }
        String digits = m.group(1) + m.group(2) + m.group(3);
        long firstEight = Long.parseLong(digits.substring(0, 8));
        return Integer.parseInt(digits.substring(8)) == 97 - firstEight % 97;
    }

    /** domain.md §1: Brussels 1000–1299, Wallonia 1300–1499 and 4000–7999, Flanders the other Belgian codes. */
    private static String regionOf(String postalCode, String country) {
        if (!"BE".equals(country)) {
            return "ABROAD";
        }
        if (postalCode == null || !postalCode.matches("[0-9]{4}") || Integer.parseInt(postalCode) < 1000) {
            return null;
        }
        int code = Integer.parseInt(postalCode);
        if (code <= 1299) {
            return "BRUSSELS";
        }
        if (code <= 1499 || (code >= 4000 && code <= 7999)) {
            return "WALLONIA";
        }
        return "FLANDERS";
    }

    private static String organisationRegion(Organisation o) {
        if (o.establishments() == null || o.establishments().isEmpty()) {
            return null;
        }
        if (o.establishments().stream().anyMatch(e -> "WALLONIA".equals(regionOf(e.postalCode(), e.country())))) {
            return "WALLONIA";
        }
        Establishment office = o.registeredOffice();
        return office == null ? null : regionOf(office.postalCode(), office.country());
    }

    private static void checkEstablishments(Organisation o, List<String> problems) {
        List<Establishment> all = nullToEmpty(o.establishments());
        if (all.isEmpty()) {
            problems.add(o.key() + ": no establishment");
            return;
        }
        long offices = all.stream().filter(Establishment::registeredOffice).count();
        if (offices != 1) {
            problems.add(o.key() + ": " + offices + " registered offices, exactly one expected");
        }
        for (Establishment e : all) {
            if (!notBlank(e.street()) || !notBlank(e.city()) || !notBlank(e.postalCode())) {
                problems.add(o.key() + ": establishment without street, postal code or city");
            }
            if (e.country() == null || !e.country().matches("[A-Z]{2}")) {
                problems.add(o.key() + ": country " + e.country() + " is not ISO 3166-1 alpha-2");
            } else if (!"BE".equals(e.country()) && (e.postalCode() == null || !e.postalCode().matches("[A-Z0-9][A-Z0-9 -]{0,9}"))) {
                problems.add(o.key() + ": foreign postal code " + e.postalCode());
            }
        }
    }

    /** Size classes by head count (the EU SME definition's staff thresholds). */
    private static boolean sizeMatchesEmployees(String sizeClass, int employees) {
        return switch (sizeClass) {
            case "MICRO" -> employees < 10;
            case "SMALL" -> employees >= 10 && employees < 50;
            case "MEDIUM" -> employees >= 50 && employees < 250;
            case "LARGE" -> employees >= 250;
            default -> false;
        };
    }

    /** The NACE Rev. 2 section of a two-digit division. */
    private static String naceSection(int division) {
        if (division <= 3) return "A";
        if (division <= 9) return "B";
        if (division <= 33) return "C";
        if (division == 35) return "D";
        if (division <= 39) return "E";
        if (division <= 43) return "F";
        if (division <= 47) return "G";
        if (division <= 53) return "H";
        if (division <= 56) return "I";
        if (division <= 63) return "J";
        if (division <= 66) return "K";
        if (division == 68) return "L";
        if (division <= 75) return "M";
        if (division <= 82) return "N";
        if (division == 84) return "O";
        if (division == 85) return "P";
        if (division <= 88) return "Q";
        if (division <= 93) return "R";
        if (division <= 96) return "S";
        if (division <= 98) return "T";
        return "U";
    }

    private static long groupsWithSeveralMembers(Dossier d) {
        return d.members().stream().map(m -> organisationsByKey.get(m.org())).filter(Objects::nonNull)
                .map(Organisation::corporateGroup).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(g -> g.strip().toLowerCase(Locale.ROOT), Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
    }

    private static void checkEnum(List<String> problems, String dossier, String field, String value, String enumName) {
        Set<String> allowed = evaluationEnums.get(enumName);
        check(problems, allowed.contains(value), dossier, field + " " + value + " not in the evaluation's " + enumName + " " + allowed);
    }

    private static void check(List<String> problems, boolean ok, String where, String problem) {
        if (!ok) {
            problems.add(where + ": " + problem);
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map.Entry<String, Set<String>> city(String postalCode, String... cities) {
        return Map.entry(postalCode, Set.of(cities));
    }

    private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = DemoDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The enum constants of the evaluation service's snapshot types, read from their sources so that the dataset is
     * checked against what the evaluation accepts today (local-stack does not depend on the service's classes).
     */
    private static final class EvaluationEnums {
        private static final String SNAPSHOT = "evaluation-service/src/main/java/be/wallonie/clusters/evaluation/domain/snapshot/";
        private static final List<String> NAMES = List.of("OrganisationKind", "SizeClass", "MemberRole", "Region",
                "RelationKind", "RelationDirection", "ActionType", "EntryVolet", "Scheme", "FocusKind");
        private static final Pattern CONSTANT = Pattern.compile("^\\s*([A-Z][A-Z0-9_]*)");

        static Map<String, Set<String>> read() {
            Path root = Path.of("").toAbsolutePath();
            while (root != null && !Files.isDirectory(root.resolve(SNAPSHOT))) {
                root = root.getParent();
            }
            assertThat(root).as("the evaluation service's sources above " + Path.of("").toAbsolutePath()).isNotNull();
            Path dir = root.resolve(SNAPSHOT);
            return NAMES.stream().collect(Collectors.toMap(Function.identity(), n -> constants(dir.resolve(n + ".java"), n)));
        }

        private static Set<String> constants(Path file, String name) {
            String source;
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            int open = code.indexOf('{', code.indexOf("enum " + name));
            int end = code.length();
            for (int i = open + 1, depth = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && (c == ';' || c == '}')) {
                    end = i;
                    break;
                }
            }
            Set<String> constants = new LinkedHashSet<>();
            for (String part : code.substring(open + 1, end).split(",(?![^(]*\\))")) {
                Matcher m = CONSTANT.matcher(part);
                if (m.find()) {
                    constants.add(m.group(1));
                }
            }
            assertThat(constants).as(name + " constants in " + file).isNotEmpty();
            return Set.copyOf(constants);
        }
    }

    // ------------------------------------------------------------------------------------------------ the format

    record OrganisationFile(List<Organisation> organisations) {
    }

    /** One-to-one with the registry's OrganisationRequest / EstablishmentDto, plus the dataset's local key. */
    record Organisation(String key, String name, String enterpriseNumber, String kind, String sizeClass, Integer employees,
                        List<String> naceCodes, List<Establishment> establishments, String corporateGroup, String region) {
        Establishment registeredOffice() {
            return nullToEmpty(establishments).stream().filter(Establishment::registeredOffice).findFirst().orElse(null);
        }
    }

    record Establishment(String street, String postalCode, String city, String country, boolean registeredOffice,
                         String region) {
    }

    record DossierFile(List<Dossier> dossiers) {
    }

    /** One-to-one with DossierSnapshotV1, organisations named by key; plus the state the loader must bring it to. */
    record Dossier(String key, String target, LocalDate agrementStart, String source, String name, String acronym,
                   String scheme, String entryVolet, Focus focus, List<Member> members, List<Relation> relations,
                   List<Objective> objectives, List<ExpectedGain> expectedGains, List<Action> actions,
                   Governance governance, Animator animator, BigDecimal privateContributionsPerYear,
                   FundedBeneficiary fundedBeneficiary, List<PoleProject> poleProjects, PreparationSupport preparationSupport) {
        Dossier {
            poleProjects = nullToEmpty(poleProjects);
            members = nullToEmpty(members);
            relations = nullToEmpty(relations);
            objectives = nullToEmpty(objectives);
            expectedGains = nullToEmpty(expectedGains);
            actions = nullToEmpty(actions);
        }

        Dossier with(List<Member> newMembers, List<Action> newActions) {
            return new Dossier(key, target, agrementStart, source, name, acronym, scheme, entryVolet, focus, newMembers,
                    relations, objectives, expectedGains, newActions, governance, animator, privateContributionsPerYear,
                    fundedBeneficiary, poleProjects, preparationSupport);
        }
    }

    record FundedBeneficiary(String org, BigDecimal yearlyEligibleCosts) {
    }

    record PoleProject(String kind, String title, int callYear, LocalDate startDate, LocalDate endDate, BigDecimal budget,
                       BigDecimal privateContributions) {
    }

    record PreparationSupport(LocalDate startDate, LocalDate endDate) {
    }

    record Focus(String kind, String domain, String description) {
    }

    record Member(String org, String role, LocalDate coOptedOn, boolean decisionCentreAbroad) {
    }

    record Relation(String from, String to, String kind, String direction, boolean market) {
    }

    record Objective(String statement, List<String> endorsedBy) {
        Objective {
            endorsedBy = nullToEmpty(endorsedBy);
        }
    }

    record ExpectedGain(String description, String indicator, BigDecimal targetValue, String unit) {
    }

    record Action(String title, String type, String category, String axis, String orientation, LocalDate startDate,
                  LocalDate endDate, boolean recurring, List<String> participants, BigDecimal budget,
                  String expectedMarketOutcome) {
        Action {
            participants = nullToEmpty(participants);
        }
    }

    record Governance(boolean admissionRules, boolean noPoachingRule, String decisionMaking, String ambitionStatement) {
    }

    record Animator(String name, String employer, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost) {
    }
}
