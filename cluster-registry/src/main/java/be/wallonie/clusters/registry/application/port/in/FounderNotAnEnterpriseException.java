package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;

/** An applicant whose organisation is a support organisation (research centre, university…) tries to found a dossier. */
public class FounderNotAnEnterpriseException extends RuntimeException {

    private final OrganisationKind kind;

    public FounderNotAnEnterpriseException(OrganisationKind kind) {
        super("a " + kind + " does not found a cluster dossier");
        this.kind = kind;
    }

    public OrganisationKind kind() {
        return kind;
    }
}
