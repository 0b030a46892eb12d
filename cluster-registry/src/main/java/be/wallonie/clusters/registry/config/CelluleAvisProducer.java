package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.domain.avis.ApplicantVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class CelluleAvisProducer {

    /**
     * {@code clusters.cellule-avis.applicant-visible}: when the dossier's applicants may read the Cellule's avis —
     * {@code AFTER_DECISION} (default: once the Region decided on the snapshot), {@code NEVER} or {@code ALWAYS}.
     */
    @Produces
    @Singleton
    ApplicantVisibility celluleAvisApplicantVisibility(
            @ConfigProperty(name = "clusters.cellule-avis.applicant-visible", defaultValue = "AFTER_DECISION") ApplicantVisibility v) {
        return v;
    }
}
