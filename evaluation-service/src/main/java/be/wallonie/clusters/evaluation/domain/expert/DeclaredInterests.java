package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which declared interests still stand: an interest, once declared, stays until the secretariat records that it ended.
 * An expert's newest declaration adds interests but cannot remove one; an interest declared again after its ending
 * stands again.
 */
public final class DeclaredInterests {

    private DeclaredInterests() {
    }

    /** The standing interests, one per organisation, in the words of the newest declaration naming it. */
    public static List<DeclaredInterest> standing(Collection<InterestDeclaration> declarations, Collection<InterestEnding> endings) {
        Map<String, DeclaredInterest> standing = new LinkedHashMap<>();
        declarations.stream().sorted(Comparator.comparing(InterestDeclaration::signedAt)).forEach(d -> d.interests().forEach(i -> {
            boolean endedSince = endings.stream().anyMatch(e -> e.organisationKey().equals(i.organisationKey())
                    && e.recordedAt().isAfter(d.signedAt()));
            if (endedSince) {
                standing.remove(i.organisationKey());
            } else {
                standing.put(i.organisationKey(), i);
            }
        }));
        return List.copyOf(standing.values());
    }
}
