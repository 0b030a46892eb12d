package be.wallonie.clusters.evaluation.domain.snapshot;

/**
 * What the cluster gathers around (I.1.2 §3 « Intérêt commun »).
 *
 * @param kind        market or technology; {@code null} when the dossier declares none
 * @param domain      the domain, e.g. "chimie verte"; also the key of per-domain critical-mass thresholds
 * @param description free text
 */
public record Focus(FocusKind kind, String domain, String description) {

    /** A focus counts as declared only with a kind and a non-blank domain: a bare territory is no focus. */
    public boolean isDeclared() {
        return kind != null && domain != null && !domain.isBlank();
    }
}
