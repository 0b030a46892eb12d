package be.wallonie.clusters.funding.domain.file;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A cluster's funding file: opened when its dossier is submitted (a cluster in validation may already
 * receive preparation support), and later fed with agréments, declared costs and schedules.
 */
public record FundingFile(UUID dossierId, String clusterName, String schemeAppliedFor, FileStatus status, Instant openedAt) {

    public FundingFile {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(schemeAppliedFor, "schemeAppliedFor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public enum FileStatus {
        /** Submitted, no decision of the Region yet: nothing is committed. */
        AWAITING_DECISION
    }

    public static FundingFile open(UUID dossierId, String clusterName, String schemeAppliedFor, Instant now) {
        return new FundingFile(dossierId, clusterName, schemeAppliedFor, FileStatus.AWAITING_DECISION, now);
    }

    /** A resubmission may rename the cluster; the file keeps its status. */
    public FundingFile renamed(String name, String scheme) {
        return new FundingFile(dossierId, name, scheme, status, openedAt);
    }
}
