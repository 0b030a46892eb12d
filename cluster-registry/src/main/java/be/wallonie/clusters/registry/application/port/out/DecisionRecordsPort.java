package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the registry keeps around a dossier's decision: the Comité's opinions, the Region's decisions, agréments. */
public interface DecisionRecordsPort {

    /** Stores an opinion; false when that opinion was already stored. */
    boolean saveOpinion(DossierId dossier, Opinion opinion);

    /** The latest opinion received on the given snapshot. */
    Optional<Opinion> opinionOn(DossierId dossier, int snapshotVersion);

    /** One opinion received on the dossier, by its id (the one a decision followed). */
    Optional<Opinion> opinion(DossierId dossier, UUID opinionId);

    void saveDecision(DossierId dossier, Decision decision);

    List<Decision> decisionsOf(DossierId dossier);

    void saveAnimatorPost(DossierId dossier, AnimatorPost post, String by);

    Optional<AnimatorPost> animatorPostOf(DossierId dossier);

    void saveFundedBeneficiary(DossierId dossier, FundedBeneficiary beneficiary, String by);

    Optional<FundedBeneficiary> fundedBeneficiaryOf(DossierId dossier);

    void saveAgrement(Agrement agrement);

    List<Agrement> agrementsOf(DossierId dossier);

    /**
     * The active agréments whose last day is before {@code day}, locked for this transaction; rows another
     * transaction holds are skipped, so two replicas never expire the same agrément.
     */
    List<Agrement> lockActiveAgrementsEndingBefore(LocalDate day, int limit);

    void changeAgrementStatus(Agrement agrement, Agrement.Status status, String by, Instant at);
}
