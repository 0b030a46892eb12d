package be.wallonie.clusters.funding.domain.file;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the registry reports about a cluster that changes its funding file; each knows how it changes the file. */
public sealed interface FileChange {

    UUID dossierId();

    /** Why the schedule is recomputed, as kept with the new version. */
    String reason();

    FundingFile applyTo(FundingFile file);

    /** The Region granted the first agrément. */
    record AgrementGranted(UUID dossierId, String clusterName, SchemeCode scheme, FundedPeriod period, Beneficiary beneficiary,
            Money animatorYearlyCost, Money yearlyContributions, CoreGroup coreGroup) implements FileChange {

        public AgrementGranted(UUID dossierId, String clusterName, SchemeCode scheme, FundedPeriod period, Beneficiary beneficiary,
                Money animatorYearlyCost, Money yearlyContributions) {
            this(dossierId, clusterName, scheme, period, beneficiary, animatorYearlyCost, yearlyContributions, CoreGroup.NONE);
        }

        public String reason() {
            return "agrément accordé (période " + period.number() + ", " + period.start() + " – " + period.end() + ")";
        }

        public FundingFile applyTo(FundingFile file) {
            return file.agrementGranted(clusterName, scheme, period, beneficiary, animatorYearlyCost, yearlyContributions, coreGroup);
        }
    }

    /** The agrément was renewed for the next period. */
    record AgrementRenewed(UUID dossierId, String clusterName, SchemeCode scheme, FundedPeriod period, Beneficiary beneficiary,
            Money animatorYearlyCost, Money yearlyContributions, CoreGroup coreGroup) implements FileChange {

        public AgrementRenewed(UUID dossierId, String clusterName, SchemeCode scheme, FundedPeriod period, Beneficiary beneficiary,
                Money animatorYearlyCost, Money yearlyContributions) {
            this(dossierId, clusterName, scheme, period, beneficiary, animatorYearlyCost, yearlyContributions, CoreGroup.NONE);
        }

        public String reason() {
            return "agrément renouvelé (période " + period.number() + ", " + period.start() + " – " + period.end() + ")";
        }

        public FundingFile applyTo(FundingFile file) {
            return file.agrementRenewed(clusterName, scheme, period, beneficiary, animatorYearlyCost, yearlyContributions, coreGroup);
        }
    }

    /** An agrément ended without renewal. */
    record AgrementExpired(UUID dossierId, UUID agrementId, LocalDate endDate) implements FileChange {

        public String reason() {
            return "agrément expiré le " + endDate;
        }

        public FundingFile applyTo(FundingFile file) {
            return file.agrementExpired(agrementId, endDate);
        }
    }

    /** A cluster in validation phase receives preparation support. */
    record PreparationSupportGranted(UUID dossierId, String clusterName, FundingFile.PreparationSupport support,
            Beneficiary beneficiary, CoreGroup coreGroup) implements FileChange {

        public PreparationSupportGranted(UUID dossierId, String clusterName, FundingFile.PreparationSupport support,
                Beneficiary beneficiary) {
            this(dossierId, clusterName, support, beneficiary, CoreGroup.NONE);
        }

        public String reason() {
            return "aide à la préparation accordée (" + support.start() + " – " + support.end() + ")";
        }

        public FundingFile applyTo(FundingFile file) {
            return file.preparationSupportGranted(clusterName, support, beneficiary, coreGroup);
        }
    }

    /** The registry ended a preparation support early: the agrément starts, or the dossier was rejected or withdrawn. */
    record PreparationSupportEnded(UUID dossierId, UUID supportId, LocalDate lastDay, FundingInputs.CutReason cause)
            implements FileChange {

        public String reason() {
            String why = switch (cause) {
                case AGREMENT_STARTS -> "début de l'agrément";
                case DOSSIER_REJECTED -> "dossier refusé";
                case DOSSIER_WITHDRAWN -> "dossier retiré";
            };
            return "aide à la préparation arrêtée le " + lastDay + " (" + why + ")";
        }

        public FundingFile applyTo(FundingFile file) {
            return file.preparationSupportEnded(supportId, lastDay, cause);
        }
    }

    /** The Region approved a project for a competitiveness pole in a yearly call. */
    record PoleProjectApproved(UUID dossierId, String clusterName, PoleProject project) implements FileChange {

        public String reason() {
            return "projet approuvé pour le pôle (appel " + project.callYear() + ", " + project.kind() + " : " + project.title() + ")";
        }

        public FundingFile applyTo(FundingFile file) {
            return file.poleProjectApproved(project);
        }
    }

    /** Eligible costs (and private contributions) declared for a budget year. */
    record CostsDeclared(UUID dossierId, int budgetYear, Money eligibleCosts, Money privateContributions, String correction)
            implements FileChange {

        public String reason() {
            return "coûts déclarés pour " + budgetYear + (correction == null || correction.isBlank() ? "" : " (correction : " + correction + ")");
        }

        public FundingFile applyTo(FundingFile file) {
            return file.costsDeclared(budgetYear, eligibleCosts, privateContributions);
        }
    }
}
