package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import java.util.Objects;

/**
 * Register a new organisation. The profile was checked when it was built, so a command always
 * carries a valid organisation.
 */
public record RegisterOrganisationCommand(OrganisationProfile profile, String requestedBy) {

    public RegisterOrganisationCommand {
        Objects.requireNonNull(profile, "profile");
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new IllegalArgumentException("requestedBy is required");
        }
    }

    /** @throws be.wallonie.clusters.registry.domain.organisation.InvalidOrganisationException when the form breaks a rule */
    public static RegisterOrganisationCommand of(OrganisationForm form, String requestedBy) {
        return new RegisterOrganisationCommand(form.toProfile(), requestedBy);
    }
}
