package be.wallonie.clusters.registry.domain.dossier;

import java.time.LocalDate;

/**
 * The record of a core-group member's co-optation (III.4: the core group is co-opted by the cluster's
 * enterprises): when, and by whom (e.g. "assemblée des entreprises membres"). Checked by {@link DossierContent}.
 */
public record CoOptation(LocalDate on, String by) {

    public CoOptation {
        by = Texts.strip(by);
    }
}
