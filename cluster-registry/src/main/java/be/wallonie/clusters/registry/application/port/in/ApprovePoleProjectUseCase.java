package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;

/** The Region records a project it approved for a validated competitiveness pole in a yearly call. */
public interface ApprovePoleProjectUseCase {

    /**
     * Stores the project, audited, and announces it (PoleProjectApproved) in the same transaction.
     *
     * @param approvedBy the Region officer's subject
     */
    PoleProject approvePoleProject(DossierId pole, PoleProject.Proposal proposal, String approvedBy);
}
