package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.util.List;

/** The published scheme versions: the policy data the calculator applies. */
public interface LoadPolicyBookPort {

    /** Every published version, as the calculator reads them. */
    PolicyBook loadPolicyBook();

    /** Every published version with who published it and when, by scheme then effective date. */
    List<PublishedSchemeVersion> loadPublishedVersions();

    /**
     * The book, holding the publication lock of {@code scheme} until the current transaction ends: two publications
     * of one scheme are checked against each other's result, one after the other.
     */
    PolicyBook loadPolicyBookForPublication(SchemeCode scheme);
}
