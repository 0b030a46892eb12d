package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import be.wallonie.clusters.evaluation.domain.expert.InterestEnding;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only record of declarations of interests and of the secretariat's records that an interest ended. */
public interface InterestDeclarationsPort {

    void appendDeclaration(InterestDeclaration declaration);

    /** Newest first. */
    List<InterestDeclaration> declarationsOf(UUID expertId);

    /** Every declaration of each of these experts (experts without one absent), oldest first. */
    Map<UUID, List<InterestDeclaration>> allDeclarations(Collection<UUID> expertIds);

    /** Records that a declared interest ended (append-only). */
    void appendEnding(InterestEnding ending);

    /** The endings recorded for these experts (experts without one absent), oldest first. */
    Map<UUID, List<InterestEnding>> endingsOf(Collection<UUID> expertIds);
}
