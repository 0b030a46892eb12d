package be.wallonie.clusters.evaluation.domain.expert;

import java.util.UUID;

/**
 * Why an expert may not sit on a panel (domain.md §4 « no expert with a declared or detected link to any
 * cluster existing or proposed in the region … no Cellule or Region staff »).
 *
 * @param enterpriseNumber the organisation that links the expert to a cluster; {@code null} for staff, or for an
 *                         organisation abroad matched by name and country
 * @param country          the organisation's country when matched by name and country ({@code null} otherwise)
 * @param dossierId        the cluster's dossier; {@code null} for staff
 * @param caseId           the evaluation case whose snapshot lists the organisation; {@code null} for staff and for a
 *                         member the registry announced
 * @param announcedStage   set when the organisation is a member of a cluster the registry announced (a draft, a submitted
 *                         dossier, a validated cluster): the conflict then names no cluster and no case, since the Comité
 *                         does not read drafts — only « membre d'un cluster en projet » (or « existant »)
 */
public record Conflict(Kind kind, String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId,
        String clusterName, String country, ClusterStage announcedStage) {

    public Conflict(Kind kind, String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId, String clusterName) {
        this(kind, enterpriseNumber, organisationName, dossierId, caseId, clusterName, null);
    }

    public Conflict(Kind kind, String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId, String clusterName,
            String country) {
        this(kind, enterpriseNumber, organisationName, dossierId, caseId, clusterName, country, null);
    }

    /** Which cluster, in the secretariat's words: the snapshot's cluster and case, or only the stage of an announced one. */
    private String clusterEn() {
        if (announcedStage == null) {
            return "member of cluster %s (case %s)".formatted(clusterName, caseId);
        }
        return announcedStage.inPreparation() ? "member of a cluster in preparation" : "member of an existing cluster";
    }

    private String clusterFr() {
        if (announcedStage == null) {
            return "membre du cluster %s (dossier d'évaluation %s)".formatted(clusterName, caseId);
        }
        return announcedStage.inPreparation() ? "membre d'un cluster en projet" : "membre d'un cluster existant";
    }

    private String whoEn() {
        return enterpriseNumber != null ? "%s (%s)".formatted(organisationName, enterpriseNumber)
                : "%s (%s, same name and country: legal form, case, accents and punctuation ignored)".formatted(organisationName, country);
    }

    private String whoFr() {
        return enterpriseNumber != null ? "%s (%s)".formatted(organisationName, enterpriseNumber)
                : "%s (%s, même nom et même pays : forme juridique, casse, accents et ponctuation ignorés)".formatted(organisationName, country);
    }

    public enum Kind {
        /** Employed by the Cellule Clusters or the Region. */
        PUBLIC_AUTHORITY_STAFF,
        /** A present affiliation, or a past one still within the cool-off period. */
        AFFILIATION,
        /** An interest the expert declared. */
        DECLARED_INTEREST
    }

    public String describeEn() {
        return switch (kind) {
            case PUBLIC_AUTHORITY_STAFF -> "employed by the Cellule Clusters or the Region";
            case AFFILIATION -> "affiliated with %s, %s".formatted(whoEn(), clusterEn());
            case DECLARED_INTEREST -> "declared an interest in %s, %s".formatted(whoEn(), clusterEn());
        };
    }

    public String describeFr() {
        return switch (kind) {
            case PUBLIC_AUTHORITY_STAFF -> "employé de la Cellule Clusters ou de la Région";
            case AFFILIATION -> "lié à %s, %s".formatted(whoFr(), clusterFr());
            case DECLARED_INTEREST -> "a déclaré un intérêt dans %s, %s".formatted(whoFr(), clusterFr());
        };
    }
}
