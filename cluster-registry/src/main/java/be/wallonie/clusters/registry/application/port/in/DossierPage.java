package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import java.util.List;

/** One page of dossiers and the total number matching. */
public record DossierPage(List<Dossier> items, int page, int size, long total) {

    public DossierPage {
        items = List.copyOf(items);
    }

    public static DossierPage empty(int page, int size) {
        return new DossierPage(List.of(), page, size, 0);
    }
}
