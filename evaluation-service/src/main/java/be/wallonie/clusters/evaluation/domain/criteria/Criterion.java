package be.wallonie.clusters.evaluation.domain.criteria;

/**
 * The criteria a Walloon dossier is judged on (tableau I.3, domain.md §2). All eight are necessary
 * for a Walloon cluster: the five essential elements of I.1.2 plus the optional elements Wallonia
 * retained in I.2 (origin, regional value added, collective vision in its weak form). The declaration
 * order is the order of an assessment's results.
 */
public enum Criterion {
    BUSINESS_INITIATIVE("Initiative d'entreprises", "Business initiative", "I.2 « L'origine »", true),
    CRITICAL_MASS("Masse critique", "Critical mass", "I.1.2 §1", true),
    INTERRELATIONS("Interrelations entre entreprises", "Interrelations between enterprises", "I.1.2 §2", true),
    COMMON_INTEREST("Intérêt commun", "Common interest", "I.1.2 §3", true),
    COMPETITIVENESS("Compétitivité", "Competitiveness", "I.1.2 §4", true),
    DURABILITY("Pérennité", "Durability", "I.1.2 §5", true),
    REGIONAL_VALUE_ADDED("Valeur ajoutée pour la Wallonie", "Value added for Wallonia",
            "I.2 « Dimension géographique »", true),
    SHARED_VISION("Vision collective", "Shared vision", "I.2 « Vision collective »", true);

    private final String labelFr;
    private final String labelEn;
    private final String seedReference;
    private final boolean necessary;

    Criterion(String labelFr, String labelEn, String seedReference, boolean necessary) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.seedReference = seedReference;
        this.necessary = necessary;
    }

    public LocalizedText label() {
        return new LocalizedText(labelFr, labelEn);
    }

    /** Where the report (seed 000) defines the criterion. */
    public String seedReference() {
        return seedReference;
    }

    /** Whether a dossier must meet it to be a Walloon cluster (tableau I.3). */
    public boolean necessary() {
        return necessary;
    }
}
