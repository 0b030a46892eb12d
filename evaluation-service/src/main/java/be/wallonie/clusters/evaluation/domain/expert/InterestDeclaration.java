package be.wallonie.clusters.evaluation.domain.expert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A declaration of interests: a deliberate, signed, timestamped record, append-only (never updated in
 * place). Each adds interests; none removes one (see {@link DeclaredInterests}: only the secretariat ends an interest).
 *
 * @param signedBy  the token subject of whoever signed
 * @param statement the affirmation signed, in the signer's words
 * @param interests the links declared (may be empty: "I declare no interest")
 */
public record InterestDeclaration(UUID id, UUID expertId, String signedBy, Instant signedAt, String statement,
        List<DeclaredInterest> interests) {

    public InterestDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(statement, "statement");
        if (statement.isBlank()) {
            throw new IllegalArgumentException("a declaration states what is affirmed");
        }
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
