package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import java.util.Objects;

/**
 * Replace what an organisation declares.
 *
 * @param expectedVersion the version the requester last read (If-Match): the update is refused if
 *                        the organisation changed since
 */
public record UpdateOrganisationCommand(OrganisationId id, OrganisationProfile profile, long expectedVersion, Requester requester) {

    public UpdateOrganisationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(requester, "requester");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative");
        }
    }

    /** @throws be.wallonie.clusters.registry.domain.organisation.InvalidOrganisationException when the form breaks a rule */
    public static UpdateOrganisationCommand of(OrganisationId id, OrganisationForm form, long expectedVersion, Requester requester) {
        return new UpdateOrganisationCommand(id, form.toProfile(), expectedVersion, requester);
    }
}
