package be.wallonie.clusters.evaluation.domain.criteria;

/**
 * Risk factors of the II.2 table (« Facteurs de risques »). They are warnings on an assessment,
 * never failures (domain.md §2). Each is grounded in a row of that table; « actions communes …
 * irréversibles au regard du marché » is not detectable from a dossier and is left to experts.
 */
public enum RiskWarningCode {
    /** Row 1 « Initiative des entreprises »: « présence passive d'un grand groupe dont le pouvoir de décision serait situé à l'étranger ». */
    PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD("II.2, 1 « Initiative des entreprises »"),
    /** Row 1: « une inertie trop importante d'une majorité d'acteurs » harms mutual trust. */
    INERT_MAJORITY("II.2, 1 « Initiative des entreprises »"),
    /** Row 2 « Inter-relations »: a multisector grouping without a common market « peut se restreindre à un club d'échange ». */
    MULTISECTOR_CLUB_WITHOUT_COMMON_MARKET("II.2, 2 « Inter-relations entre entreprises »"),
    /** Row 3 « Masse critique »: « actions "anecdotiques" »; II.3: clusters « banals ». */
    ANECDOTAL_ACTIONS("II.2, 3 « Masse critique » ; II.3"),
    /** Row 5 « Durée »: « règles d'élargissement, règles de non débauchage mutuel ». */
    MISSING_FUNCTIONING_RULES("II.2, 5 « Durée »");

    private final String seedReference;

    RiskWarningCode(String seedReference) {
        this.seedReference = seedReference;
    }

    public String seedReference() {
        return seedReference;
    }
}
