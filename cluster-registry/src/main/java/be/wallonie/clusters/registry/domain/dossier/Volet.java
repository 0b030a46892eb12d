package be.wallonie.clusters.registry.domain.dossier;

/** The three volets of the policy (III.2); a project may enter at any of them, they are not necessarily consecutive. */
public enum Volet {
    SENSIBILISATION,
    VALIDATION,
    MISE_EN_OEUVRE
}
