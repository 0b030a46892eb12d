package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.util.UUID;

/**
 * Filters of the dossier list (all optional, combined with AND) and the page.
 *
 * @param text             part of the name or acronym, case-insensitive
 * @param actingOrganisation only dossiers this organisation acts for: a core-group member or the employer of the
 *                         animateur post (set for applicants)
 */
public record DossierSearchCriteria(DossierStatus status, Scheme scheme, String text, UUID actingOrganisation, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public DossierSearchCriteria {
        text = text == null || text.isBlank() ? null : text.strip();
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page or size out of range");
        }
    }

    public DossierSearchCriteria onlyActingFor(UUID organisation) {
        return new DossierSearchCriteria(status, scheme, text, organisation, page, size);
    }
}
