package be.wallonie.clusters.registry.domain.dossier;

/**
 * What the completeness check points out without refusing the submission: the Comité judges it (domain.md §1, support
 * organisations are members in support, never initiators, yet the Cellule may co-opt them into a core group).
 */
public enum CompletenessWarning {
    NO_ENTERPRISE_IN_CORE_GROUP("members", "le noyau dur ne compte aucune entreprise : les structures d'appui sont membres en appui, "
            + "jamais initiatrices", "the core group has no enterprise: support organisations are members in support, never initiators");

    private final String field;
    private final String fr;
    private final String en;

    CompletenessWarning(String field, String fr, String en) {
        this.field = field;
        this.fr = fr;
        this.en = en;
    }

    public String field() {
        return field;
    }

    public String fr() {
        return fr;
    }

    public String en() {
        return en;
    }
}
