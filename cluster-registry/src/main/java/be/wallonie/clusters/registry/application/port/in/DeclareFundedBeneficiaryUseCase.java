package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The applicant or the Cellule states who receives a technology grape's or a competitiveness pole's funding (a member
 * organisation) and, for a grape, its yearly eligible costs.
 */
public interface DeclareFundedBeneficiaryUseCase {

    /**
     * States the beneficiary on the dossier version the caller read, while the dossier is editable; part of what a
     * submission freezes, so the dossier gets a new version.
     *
     * @return the dossier with its new version and the beneficiary as stored
     */
    Declared declareFundedBeneficiary(DossierId dossier, long expectedVersion, UUID organisationId, BigDecimal yearlyEligibleCosts,
            Caller by);

    record Declared(Dossier dossier, FundedBeneficiary beneficiary) {
    }
}
