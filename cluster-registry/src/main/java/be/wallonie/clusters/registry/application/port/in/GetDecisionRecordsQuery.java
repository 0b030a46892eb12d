package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.decision.Opinion;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import java.util.List;
import java.util.Optional;

public interface GetDecisionRecordsQuery {

    /** The Comité's opinion on the dossier's current snapshot. */
    Optional<Opinion> currentOpinion(DossierId dossier);

    List<Decision> decisions(DossierId dossier);

    List<Agrement> agrements(DossierId dossier);

    Optional<AnimatorPost> animatorPost(DossierId dossier);

    /** The funded beneficiary a grape or a pole declared (as it stands, not as frozen). */
    Optional<FundedBeneficiary> fundedBeneficiary(DossierId dossier);
}
