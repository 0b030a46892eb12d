package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;

/** The Region publishes a new version of a scheme's policy data. */
public interface PublishSchemeVersionUseCase {

    /**
     * @throws be.wallonie.clusters.funding.domain.scheme.SchemeVersionRefusedException when the label is taken or the
     *         version would take effect in the past or not after the scheme's latest version
     */
    PublishedSchemeVersion publishSchemeVersion(PublishSchemeVersionCommand command);
}
