package be.wallonie.clusters.localstack.demo;

import be.wallonie.clusters.localstack.demo.DemoDataset.Dossier;
import be.wallonie.clusters.localstack.demo.DemoDataset.Expert;
import be.wallonie.clusters.localstack.demo.DemoDataset.Member;
import be.wallonie.clusters.localstack.demo.DemoDataset.Organisation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Loads the demo dataset through the services' own REST APIs, as their users would, and lets the events do the rest:
 * the Cellule registers the organisations and opens a call; applicants create, fill and submit their dossiers; the
 * evaluation service opens the cases by itself (DossierSubmitted); for the dossiers to validate, the secretariat composes
 * each panel from its proposal, the experts sign their no-conflict declarations and score, the secretariat issues the
 * opinion; once the registry shows OPINION_RECEIVED (OpinionIssued) the Region validates, and the funding service builds
 * the schedules by itself (AgrementGranted).
 *
 * <p><b>Re-runnable.</b> Nothing is created twice: organisations are found by enterprise number (the registry's 409
 * names the one registered) or, abroad, by name; experts by user id; dossiers by name and acronym, each taken on from the
 * status it has reached. So a load interrupted half-way is finished by the next run.
 */
public final class DemoLoader {

    private static final String USAGE = """
            usage: DemoLoader [--registry URL] [--evaluation URL] [--funding URL] [--wait-seconds N]
              loads the demo dataset through the services' REST APIs (defaults: http://localhost:8081, :8082, :8083;
              each wait for an event's effect is bounded by --wait-seconds, default 90)
            """;

    /** What a load did, for the one-line summary; {@code dossiers} are the registry's ids by dataset key. */
    public record Summary(int organisations, int experts, long validated, long submitted, long drafts, int schedules,
            int poleProjects, int preparationSupports, String call, Map<String, UUID> dossiers, Duration took) {

        public String line() {
            return ("Demo data: %d organisations, %d validated clusters, grapes and poles, %d submitted, %d drafts, %d experts, "
                    + "%d pole projects, %d preparation support(s), %d funding files with schedules, %s (%d s)")
                    .formatted(organisations, validated, submitted, drafts, experts, poleProjects, preparationSupports, schedules, call,
                            took.toSeconds());
        }
    }

    private final DemoDataset data;
    private final RegistryClient registry;
    private final EvaluationClient evaluation;
    private final FundingClient funding;
    private final Tokens tokens = new Tokens();
    private final Duration wait;
    private final PrintStream out;

    public DemoLoader(DemoDataset data, URI registry, URI evaluation, URI funding, Duration wait, PrintStream out) {
        this.data = data;
        this.registry = new RegistryClient(registry, tokens);
        this.evaluation = new EvaluationClient(evaluation, tokens);
        this.funding = new FundingClient(funding, tokens);
        this.wait = wait;
        this.out = out;
    }

    /** Loads everything; throws {@link DemoLoadException} naming the dossier and step at the first refusal. */
    public Summary load() {
        Instant begin = Instant.now();
        Map<String, UUID> orgs = registerOrganisations();
        say("%d organisations in the registry".formatted(orgs.size()));
        // opened on today's UTC date, never after the registry's own today (Brussels is ahead of UTC): today's submissions count
        String call = registry.openCall(DemoRequests.call(LocalDate.now(ZoneOffset.UTC)));
        Map<String, UUID> experts = registerExperts();
        say("%d demo experts in the Comité's pool; %s".formatted(experts.size(), call));

        Map<String, UUID> dossiers = new LinkedHashMap<>();
        int existing = 0;
        for (Dossier d : data.dossiers()) {
            Optional<JsonNode> found = registry.findDossier(d.name(), d.acronym());
            existing += found.isPresent() ? 1 : 0;
            dossiers.put(d.key(), prepare(d, found, orgs));
        }
        int created = dossiers.size() - existing;
        int supports = 0;
        for (Dossier d : data.dossiers()) {
            var support = DemoRequests.preparationSupport(d);
            if (support != null) {
                UUID id = dossiers.get(d.key());
                if (!registry.hasPreparationSupport(d.key(), id)) {
                    registry.grantPreparationSupport(d.key(), id, support);
                }
                supports++;
            }
        }
        say("%d dossiers in the registry (%d new), %d of them submitted".formatted(dossiers.size(), created,
                data.dossiers().stream().filter(Dossier::submitted).count()));

        List<Dossier> toValidate = data.dossiers().stream().filter(d -> d.target().equals(DemoDataset.VALIDATED)).toList();
        Map<UUID, String> expertUsers = new HashMap<>();
        experts.forEach((user, id) -> expertUsers.put(id, user));
        // every panel first, so that the proposals balance the experts' load (seats on cases without an opinion)
        Map<String, UUID> cases = new LinkedHashMap<>();
        for (Dossier d : toValidate) {
            composePanel(d, dossiers.get(d.key())).ifPresent(c -> cases.put(d.key(), c));
        }
        for (Dossier d : toValidate) {
            if (cases.containsKey(d.key())) {
                evaluate(d, cases.get(d.key()), expertUsers);
            }
        }
        for (Dossier d : toValidate) {
            validate(d, dossiers.get(d.key()));
        }
        say("%d dossiers validated by the Region".formatted(toValidate.size()));
        int projects = 0;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Dossier d : toValidate) {
            if (d.poleProjects().isEmpty()) {
                continue;
            }
            UUID id = dossiers.get(d.key());
            Set<String> approved = registry.poleProjectTitles(d.key(), id);
            for (DemoDataset.PoleProject p : d.poleProjects()) {
                if (!approved.contains(p.title())) {
                    registry.approvePoleProject(d.key(), id, DemoRequests.poleProject(d, p, today));
                }
                projects++;
            }
        }
        say("%d pole projects approved by the Region, %d preparation support(s) granted".formatted(projects, supports));

        int schedules = 0;
        for (Dossier d : toValidate) {
            UUID id = dossiers.get(d.key());
            await(d.key() + ": the funding service's schedule (AgrementGranted)", () -> funding.hasSchedule(d.key(), id) ? Optional.of(true)
                    : Optional.empty());
            schedules++;
        }
        return new Summary(orgs.size(), experts.size(), toValidate.size(), data.count(DemoDataset.SUBMITTED),
                data.count(DemoDataset.DRAFT) + data.count(DemoDataset.COMPLETE_DRAFT), schedules, projects, supports, call,
                Map.copyOf(dossiers), Duration.between(begin, Instant.now()));
    }

    private Map<String, UUID> registerOrganisations() {
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (Organisation o : data.organisations()) {
            UUID id = o.enterpriseNumber() == null
                    ? registry.findOrganisation(o.name(), o.country()).orElseGet(() -> registry.registerOrganisation(o.key(), DemoRequests.organisation(o)))
                    : registry.registerOrganisation(o.key(), DemoRequests.organisation(o));
            ids.put(o.key(), id);
        }
        return ids;
    }

    /** The demo experts' ids by user id, registering the missing ones. */
    private Map<String, UUID> registerExperts() {
        Map<String, UUID> known = evaluation.expertsByUser();
        Map<String, UUID> pool = new LinkedHashMap<>();
        for (Expert e : data.experts()) {
            pool.put(e.userId(), known.containsKey(e.userId()) ? known.get(e.userId())
                    : evaluation.registerExpert(e.key(), DemoRequests.expert(e)));
        }
        return pool;
    }

    /**
     * Creates the dossier (or finds it), states its content and animateur post, and submits it when its target asks — as
     * an applicant of its first core-group enterprise (or federation) with a Belgian enterprise number (the Cellule when
     * none has one).
     */
    private UUID prepare(Dossier d, Optional<JsonNode> found, Map<String, UUID> orgs) {
        String token = applicantToken(d);
        UUID id = UUID.fromString(found.orElseGet(() -> registry.createDossier(token, d.key(), DemoRequests.createDossier(d)))
                .path("id").asText());
        String status = registry.status(id, d.key());
        if (!Set.of("DRAFT", "RETURNED_FOR_COMPLETION").contains(status)) {
            return id; // submitted by an earlier load: taken on by the evaluation step
        }
        String etag = registry.dossier(id, d.key() + ": reading the draft").etag().orElse(null);
        registry.replaceContent(token, d.key(), id, etag, DemoRequests.content(d, orgs));
        var animator = DemoRequests.animatorPost(d, orgs);
        if (animator != null) {
            registry.declareAnimatorPost(token, d.key(), id, animator);
        }
        var beneficiary = DemoRequests.fundedBeneficiary(d, orgs);
        if (beneficiary != null) {
            // a grape or a pole is validated only with its funded beneficiary, frozen in the snapshot at submission
            registry.declareFundedBeneficiary(token, d.key(), id, beneficiary);
        }
        if (d.submitted()) {
            registry.submit(token, d.key(), id, registry.dossier(id, d.key() + ": reading before submission").etag().orElse(null));
        }
        return id;
    }

    private String applicantToken(Dossier d) {
        return d.members().stream().filter(m -> m.role().equals("CORE_GROUP")).map(Member::org).map(data::organisation)
                .flatMap(Optional::stream)
                // only an enterprise founds a dossier (000 I.1.2 §2: the others come "en support du cluster, non en initiateurs")
                .filter(o -> "ENTERPRISE".equals(o.kind()))
                .map(Organisation::enterpriseNumber).filter(n -> n != null).findFirst()
                .map(tokens::applicant).orElseGet(tokens::cellule);
    }

    /**
     * The case the evaluation service opened for the submitted dossier, its panel composed by the secretariat from the
     * service's proposal; empty when an earlier load already had the opinion issued.
     */
    private Optional<UUID> composePanel(Dossier d, UUID dossierId) {
        String status = registry.status(dossierId, d.key());
        if (Set.of("OPINION_RECEIVED", "VALIDATED").contains(status)) {
            return Optional.empty();
        }
        UUID caseId = await(d.key() + ": the evaluation case (DossierSubmitted → EvaluationOpened)",
                () -> evaluation.latestCase(d.key(), dossierId));
        if (evaluation.hasOpinion(d.key(), caseId)) {
            return Optional.empty();
        }
        if (EvaluationClient.seated(evaluation.panel(d.key(), caseId)).isEmpty()) {
            evaluation.composeProposedPanel(d.key(), caseId);
        }
        return Optional.of(caseId);
    }

    /** Each seated expert signs the no-conflict declaration and scores (unless done already); the secretariat issues the opinion. */
    private void evaluate(Dossier d, UUID caseId, Map<UUID, String> expertUsers) {
        List<UUID> panel = EvaluationClient.seated(evaluation.panel(d.key(), caseId));
        for (int seat = 0; seat < panel.size(); seat++) {
            String user = expertUsers.get(panel.get(seat));
            if (user == null) {
                throw new DemoLoadException(d.key() + ": the panel seats expert " + panel.get(seat) + ", not one of the demo pool");
            }
            evaluation.signNoConflict(d.key(), user, caseId, DemoRequests.noConflictDeclaration());
            if (!evaluation.scoresSubmitted(d.key(), user, caseId)) {
                evaluation.scoreAndSubmit(d.key(), user, caseId, DemoRequests.scores(d, data, seat));
            }
        }
        String outcome = evaluation.issueOpinion(d.key(), caseId, DemoRequests.opinion());
        if (!outcome.startsWith("FAVOURABLE")) {
            throw new DemoLoadException(d.key() + ": the Comité's opinion is " + outcome + ", the demo expects it favourable");
        }
    }

    private void validate(Dossier d, UUID dossierId) {
        String status = await(d.key() + ": OPINION_RECEIVED in the registry (OpinionIssued)", () -> {
            String s = registry.status(dossierId, d.key());
            return s.equals("OPINION_RECEIVED") || s.equals("VALIDATED") ? Optional.of(s) : Optional.empty();
        });
        if (status.equals("OPINION_RECEIVED")) {
            registry.decide(d.key(), dossierId, DemoRequests.validation(d, LocalDate.now(ZoneOffset.UTC)));
        }
    }

    /** Polls until {@code probe} answers, failing with {@code what} once the wait is over. */
    private <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoLoadException(what + ": still not there after " + wait.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoadException(what + ": interrupted");
            }
        }
    }

    private void say(String line) {
        out.println("[demo] " + line);
    }

    /** {@code DemoLoader --registry URL --evaluation URL --funding URL}: loads the demo into running services. */
    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>(Map.of("registry", "http://localhost:8081", "evaluation", "http://localhost:8082",
                "funding", "http://localhost:8083", "wait-seconds", "90"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!opts.containsKey(name) || i + 1 >= args.length) {
                System.err.print(args[i].equals("--help") || args[i].equals("-h") ? USAGE : "unexpected argument " + args[i] + "\n" + USAGE);
                System.exit(2);
            }
            opts.put(name, args[++i]);
        }
        try {
            Summary s = new DemoLoader(DemoDataset.fromClasspath(), URI.create(opts.get("registry")), URI.create(opts.get("evaluation")),
                    URI.create(opts.get("funding")), Duration.ofSeconds(Long.parseLong(opts.get("wait-seconds"))), System.out).load();
            System.out.println(s.line());
        } catch (DemoLoadException | IllegalArgumentException e) {
            System.err.println("Demo data not loaded: " + e.getMessage());
            System.exit(1);
        }
    }
}
