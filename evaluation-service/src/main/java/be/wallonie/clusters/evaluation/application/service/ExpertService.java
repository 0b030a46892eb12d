package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.ExpertForm;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.Caller;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.DeclareInterestsCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.DeclareInterestsUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.EndInterestCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.EndInterestUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertPage;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertSearch;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertView;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.GetExpertQuery;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.InterestForm;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.RegisterExpertCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.RegisterExpertUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.UpdateExpertCommand;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.UpdateExpertUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.out.ExpertsPort;
import be.wallonie.clusters.evaluation.application.port.out.InterestDeclarationsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.DeclaredInterest;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import be.wallonie.clusters.evaluation.domain.expert.InterestEnding;
import be.wallonie.clusters.evaluation.domain.expert.OrganisationName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Expert records and their declarations of interests; each change re-checks the expert's conflicts. */
@ApplicationScoped
public class ExpertService implements RegisterExpertUseCase, UpdateExpertUseCase, DeclareInterestsUseCase, GetExpertQuery,
        EndInterestUseCase {

    private final ExpertsPort experts;
    private final InterestDeclarationsPort declarations;
    private final PanelsPort panels;
    private final ConflictOfInterestService conflicts;
    private final Clock clock;

    public ExpertService(ExpertsPort experts, InterestDeclarationsPort declarations, PanelsPort panels,
            ConflictOfInterestService conflicts, Clock clock) {
        this.experts = experts;
        this.declarations = declarations;
        this.panels = panels;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ExpertView registerExpert(RegisterExpertCommand c) {
        ExpertForm.Valid f = c.form().validate();
        requireUserFree(f.userId(), null);
        Expert e = new Expert(UUID.randomUUID(), f.userId(), f.name(), f.country(), f.domains(), f.regionalDevelopmentSpecialist(),
                f.publicAuthorityStaff(), f.affiliations(), clock.instant(), 0);
        experts.insertExpert(e);
        return view(e);
    }

    @Override
    @Transactional
    public ExpertView updateExpert(UpdateExpertCommand c) {
        Expert current = existing(c.expertId());
        ExpertForm.Valid f = c.form().validate();
        if (current.version() != c.expectedVersion()) {
            throw Refusal.stale("L'expert / The expert", c.expectedVersion(), current.version());
        }
        requireUserFree(f.userId(), current.id());
        requireLoginKeptWhileSeated(current, f.userId());
        Expert stored = experts.updateExpert(new Expert(current.id(), f.userId(), f.name(), f.country(), f.domains(),
                f.regionalDevelopmentSpecialist(), f.publicAuthorityStaff(), f.affiliations(), current.registeredAt(),
                current.version()), c.expectedVersion());
        conflicts.expertChanged(stored);
        return view(stored);
    }

    @Override
    @Transactional
    public InterestDeclaration declareInterests(DeclareInterestsCommand c) {
        Expert expert = existing(c.expertId());
        if (!expert.userId().equals(c.signedBy())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NOT_THE_EXPERT", new LocalizedText(
                    "Seul l'expert lui-même signe sa déclaration d'intérêts", "Only the expert themself signs their declaration of interests"));
        }
        List<Refusal.Violation> v = new ArrayList<>();
        if (c.statement() == null || c.statement().isBlank()) {
            v.add(new Refusal.Violation("statement", new LocalizedText("obligatoire : le texte de l'affirmation signée",
                    "required: the text of the signed affirmation")));
        }
        List<DeclaredInterest> interests = new ArrayList<>();
        List<InterestForm> forms = c.interests() == null ? List.of() : c.interests();
        for (int i = 0; i < forms.size(); i++) {
            InterestForm form = forms.get(i);
            String at = "interests[" + i + "].";
            String number = ExpertForm.organisation(form == null ? null : form.enterpriseNumber(),
                    form == null ? null : form.organisationName(), form == null ? null : form.country(), at, v);
            if (form == null || form.organisationName() == null || form.organisationName().isBlank()) {
                v.add(new Refusal.Violation(at + "organisationName", new LocalizedText("obligatoire", "required")));
            }
            if (form == null || form.nature() == null || form.nature().isBlank()) {
                v.add(new Refusal.Violation(at + "nature", new LocalizedText("obligatoire : la nature du lien",
                        "required: what the link is")));
            }
            if (v.isEmpty()) {
                interests.add(new DeclaredInterest(number, form.organisationName().strip(), form.nature().strip(),
                        number == null ? form.country() : null));
            }
        }
        if (!v.isEmpty()) {
            throw Refusal.invalid(v);
        }
        InterestDeclaration d = new InterestDeclaration(UUID.randomUUID(), expert.id(), c.signedBy(), clock.instant(),
                c.statement().strip(), interests);
        declarations.appendDeclaration(d);
        conflicts.expertChanged(expert);
        return d;
    }

    /**
     * Ends a standing interest: only the secretariat's dated, reasoned record does (append-only); a newer declaration
     * leaving the interest out does not.
     */
    @Override
    @Transactional
    public InterestEnding endInterest(EndInterestCommand c) {
        Expert expert = existing(c.expertId());
        List<Refusal.Violation> v = new ArrayList<>();
        String number = ExpertForm.organisation(c.enterpriseNumber(), c.organisationName(), c.country(), "", v);
        if (number == null && (c.organisationName() == null || c.organisationName().isBlank())) {
            v.add(new Refusal.Violation("organisationName", new LocalizedText(
                    "obligatoire sans numéro d'entreprise BCE", "required without a Belgian enterprise number")));
        }
        if (c.endedOn() == null) {
            v.add(new Refusal.Violation("endedOn", new LocalizedText("obligatoire : le jour où le lien a pris fin",
                    "required: the day the link ended")));
        } else if (c.endedOn().isAfter(LocalDate.now(clock))) {
            v.add(new Refusal.Violation("endedOn", new LocalizedText("dans le futur", "in the future")));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            v.add(new Refusal.Violation("reason", new LocalizedText("obligatoire : pourquoi le lien a pris fin", "required: why the link ended")));
        }
        if (!v.isEmpty()) {
            throw Refusal.invalid(v);
        }
        String key = number != null ? "BCE:" + number : OrganisationName.key(c.organisationName(), c.country());
        DeclaredInterest interest = conflicts.standingInterests(List.of(expert.id())).get(expert.id()).stream()
                .filter(i -> i.organisationKey().equals(key)).findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "INTEREST_NOT_STANDING", new LocalizedText(
                        "L'expert n'a déclaré aucun intérêt en cours dans cette organisation",
                        "The expert declared no standing interest in this organisation")));
        InterestEnding ending = new InterestEnding(UUID.randomUUID(), expert.id(), key, interest.organisationName(), c.endedOn(),
                clock.instant(), c.recordedBy(), c.reason());
        declarations.appendEnding(ending);
        return ending;
    }

    @Override
    public List<DeclaredInterest> standingInterests(UUID expertId, Caller caller) {
        Expert e = existing(expertId);
        requireSelfOrSecretariat(e, caller);
        return conflicts.standingInterests(List.of(e.id())).get(e.id());
    }

    @Override
    public ExpertView expert(UUID id, Caller caller) {
        Expert e = existing(id);
        requireSelfOrSecretariat(e, caller);
        return view(e);
    }

    @Override
    public ExpertView expertOfUser(String userId) {
        return experts.loadExpertOfUser(userId).map(this::view).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "NOT_AN_EXPERT",
                new LocalizedText("Votre compte n'est lié à aucun expert du Comité", "Your account is linked to no expert of the Comité")));
    }

    @Override
    public ExpertPage searchExperts(ExpertSearch search) {
        ExpertsPort.SearchResult r = experts.searchExperts(search);
        Map<UUID, List<Conflict>> cs = conflicts.conflictsOf(r.items());
        Map<UUID, List<UUID>> seats = panels.openSeatsOf(r.items().stream().map(Expert::id).toList());
        return new ExpertPage(r.items().stream()
                .map(e -> new ExpertView(e, cs.get(e.id()), seats.getOrDefault(e.id(), List.of()).size())).toList(),
                search.page(), search.size(), r.total());
    }

    @Override
    public List<InterestDeclaration> declarations(UUID expertId, Caller caller) {
        Expert e = existing(expertId);
        requireSelfOrSecretariat(e, caller);
        return declarations.declarationsOf(expertId);
    }

    private ExpertView view(Expert e) {
        return new ExpertView(e, conflicts.conflictsOf(e), panels.openSeatsOf(List.of(e.id())).getOrDefault(e.id(), List.of()).size());
    }

    private Expert existing(UUID id) {
        return experts.loadExpert(id).orElseThrow(() -> notFound(id));
    }

    static Refusal notFound(UUID id) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "EXPERT_NOT_FOUND",
                new LocalizedText("Aucun expert " + id, "No expert " + id));
    }

    private static void requireSelfOrSecretariat(Expert e, Caller caller) {
        if (!caller.secretariat() && !e.userId().equals(caller.userId())) {
            // an expert does not learn whether other experts exist
            throw notFound(e.id());
        }
    }

    /**
     * The per-dossier no-conflict declarations an expert signed bind the person behind the login: a new login would
     * inherit them unsigned. So the userId stays while the expert sits on a panel without an opinion (remove them from
     * those panels, or wait for the opinions, first); once no open seat remains it may change.
     */
    private void requireLoginKeptWhileSeated(Expert current, String newUserId) {
        if (current.userId().equals(newUserId)) {
            return;
        }
        List<UUID> open = panels.openSeatsOf(List.of(current.id())).getOrDefault(current.id(), List.of());
        if (!open.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "USER_CHANGE_WHILE_SEATED", new LocalizedText(
                    "L'identifiant de connexion de l'expert ne change pas tant qu'il siège dans un panel sans avis (dossiers d'évaluation %s) : "
                            .formatted(open) + "ses déclarations d'absence de conflit ont été signées par l'utilisateur actuel",
                    "The expert's login does not change while they sit on a panel without an opinion (evaluation cases %s): "
                            .formatted(open) + "their no-conflict declarations were signed by the current user"));
        }
    }

    private void requireUserFree(String userId, UUID self) {
        experts.loadExpertOfUser(userId).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new Refusal(Refusal.Kind.CONFLICT, "USER_ALREADY_AN_EXPERT", new LocalizedText(
                    "L'utilisateur %s est déjà lié à l'expert %s".formatted(userId, other.id()),
                    "User %s is already linked to expert %s".formatted(userId, other.id())));
        });
    }
}
