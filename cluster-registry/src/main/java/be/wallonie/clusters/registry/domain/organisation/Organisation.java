package be.wallonie.clusters.registry.domain.organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * An organisation known to the registry: an enterprise, a research or training centre, a
 * university or a facilitator (domain.md §1). Its {@link OrganisationProfile} holds what it
 * declares; its region is derived from its establishments; its version guards concurrent updates.
 */
public final class Organisation {

    private final OrganisationId id;
    private OrganisationProfile profile;
    private final long version;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Organisation(OrganisationId id, OrganisationProfile profile, long version, String createdBy, Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.version = version;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A newly registered organisation. */
    public static Organisation register(OrganisationProfile profile, String createdBy, Instant now) {
        return new Organisation(OrganisationId.newId(), profile, 0, createdBy, now, now);
    }

    /** Rebuilds a stored organisation. */
    public static Organisation restore(OrganisationId id, OrganisationProfile profile, long version, String createdBy,
            Instant createdAt, Instant updatedAt) {
        return new Organisation(id, profile, version, createdBy, createdAt, updatedAt);
    }

    /** Replaces what the organisation declares. */
    public void update(OrganisationProfile newProfile, Instant now) {
        this.profile = Objects.requireNonNull(newProfile, "profile");
        this.updatedAt = now;
    }

    /**
     * Whether the two are independent actors: not the same organisation, and not members of the
     * same corporate group.
     */
    public boolean isIndependentOf(Organisation other) {
        if (other.id.equals(id)) {
            return false;
        }
        CorporateGroup group = profile.corporateGroup();
        return group == null || !group.sameAs(other.profile.corporateGroup());
    }

    public Region region() {
        return profile.region();
    }

    public OrganisationId id() {
        return id;
    }

    public OrganisationProfile profile() {
        return profile;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
