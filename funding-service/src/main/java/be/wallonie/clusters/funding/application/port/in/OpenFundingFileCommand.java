package be.wallonie.clusters.funding.application.port.in;

import java.util.Objects;
import java.util.UUID;

/** A dossier was submitted: the funding service opens (or refreshes) the cluster's funding file. */
public record OpenFundingFileCommand(UUID dossierId, String clusterName, String schemeAppliedFor) {

    public OpenFundingFileCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(schemeAppliedFor, "schemeAppliedFor");
    }
}
