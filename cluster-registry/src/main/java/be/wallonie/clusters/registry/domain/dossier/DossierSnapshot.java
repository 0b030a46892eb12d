package be.wallonie.clusters.registry.domain.dossier;

/**
 * The immutable content of a dossier at submission: what the Comité evaluates. It grows with the
 * dossier (members, relations, action plan…) and is versioned by {@code snapshotVersion}.
 */
public record DossierSnapshot(DossierId dossierId, int snapshotVersion, String name, String acronym, Scheme scheme,
        Volet entryVolet, Focus focus) {
}
