package be.wallonie.clusters.foundation.security;

/** The roles of the system (architecture.md), carried in the token's {@code groups} claim. */
public final class Roles {

    /** A member enterprise representing a cluster project (core-group member or its animateur). */
    public static final String APPLICANT = "APPLICANT";
    /** The Region's Cellule Clusters: accompanies dossiers, organises the call, follows up clusters. */
    public static final String CELLULE = "CELLULE";
    /** The Region (Minister, Administration): decides on validation and funding. */
    public static final String REGION = "REGION";
    /** The secretariat of the independent Comité d'Evaluation. */
    public static final String COMITE_SECRETARIAT = "COMITE_SECRETARIAT";
    /** An expert of the Comité: sees only the dossiers assigned to them. */
    public static final String EXPERT = "EXPERT";
    /** A regional IT system reading funding data (machine client). */
    public static final String FUNDING_READER = "FUNDING_READER";

    private Roles() {
    }
}
