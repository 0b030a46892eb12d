package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;

/** Submission refused: the dossier lacks what the call needs; every missing item is listed. */
public class DossierIncompleteException extends RuntimeException {

    private final List<MissingItem> missing;

    public DossierIncompleteException(List<MissingItem> missing) {
        super("dossier incomplete: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }
}
