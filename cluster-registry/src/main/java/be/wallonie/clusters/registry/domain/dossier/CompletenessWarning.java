package be.wallonie.clusters.registry.domain.dossier;

/**
 * What the completeness check points out without refusing the submission. None today: a core group without an
 * enterprise majority, once a warning (NO_ENTERPRISE_IN_CORE_GROUP), is the missing item
 * {@link MissingItem.Code#CORE_GROUP_ENTERPRISE_MAJORITY} since issue #14 ("à l'initiative majoritairement
 * d'entreprises", 001). The list stays in the API for what the Comité should weigh without it refusing a submission.
 */
public enum CompletenessWarning {
    ;

    public String field() {
        return "";
    }

    public String fr() {
        return "";
    }

    public String en() {
        return "";
    }
}
