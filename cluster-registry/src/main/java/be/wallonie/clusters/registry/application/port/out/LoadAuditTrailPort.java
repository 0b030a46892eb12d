package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.AuditEntry;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.List;

public interface LoadAuditTrailPort {

    List<AuditEntry> auditTrail(DossierId dossier);
}
