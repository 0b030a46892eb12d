package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;

/** Keeps a newly published scheme version; a published version is never changed afterwards. */
public interface SaveSchemeVersionPort {

    void saveSchemeVersion(PublishedSchemeVersion version);
}
