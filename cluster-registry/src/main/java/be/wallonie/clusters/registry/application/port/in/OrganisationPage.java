package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.Organisation;
import java.util.List;

/** One page of a search: the organisations on it, sorted by name then id, and how many match in all. */
public record OrganisationPage(List<Organisation> items, int page, int size, long totalItems) {

    public OrganisationPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
