package be.wallonie.clusters.registry.domain.accompaniment;

/** Where an accompanied project stands: still accompanied, became a dossier (linked), or abandoned (with a reason). */
public enum ProjectStatus {
    OPEN,
    BECAME_DOSSIER,
    ABANDONED
}
