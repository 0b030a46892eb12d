package be.wallonie.clusters.evaluation.domain.snapshot;

/**
 * Functioning rules of the cluster. II.2 (risk « Durée »): « préciser les règles de fonctionnement
 * des partenariats … (règles d'élargissement, règles de non débauchage mutuel, etc.) ».
 */
public record Governance(boolean admissionRules, boolean noPoachingRule, String decisionMaking, String ambitionStatement) {

    /** Both rules II.2 names: admission (élargissement) and no mutual poaching (non-débauchage). */
    public boolean hasFunctioningRules() {
        return admissionRules && noPoachingRule;
    }

    public boolean hasAmbitionStatement() {
        return ambitionStatement != null && !ambitionStatement.isBlank();
    }
}
