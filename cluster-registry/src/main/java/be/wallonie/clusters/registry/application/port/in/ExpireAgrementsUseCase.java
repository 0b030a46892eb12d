package be.wallonie.clusters.registry.application.port.in;

/** The nightly job: agréments whose last day has passed, without renewal, expire. */
public interface ExpireAgrementsUseCase {

    /** @return how many agréments expired */
    int expireEndedAgrements();
}
