package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.List;

public interface GetAuditTrailQuery {

    /** Every recorded change to the dossier, its decisions and agréments, oldest first. */
    List<AuditEntry> auditTrail(DossierId dossier);
}
