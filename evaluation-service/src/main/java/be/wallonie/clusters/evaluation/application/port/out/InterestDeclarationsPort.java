package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only record of declarations of interests. */
public interface InterestDeclarationsPort {

    void appendDeclaration(InterestDeclaration declaration);

    /** Newest first. */
    List<InterestDeclaration> declarationsOf(UUID expertId);

    /** The newest declaration of each expert that signed one. */
    Map<UUID, InterestDeclaration> latestDeclarations(Collection<UUID> expertIds);
}
