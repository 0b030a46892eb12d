package be.wallonie.clusters.evaluation.domain.panel;

/** The rules a panel composition is checked against (domain.md §4); the names are the stable codes of refusals. */
public enum PanelRule {
    /** Every expert named exists. */
    UNKNOWN_EXPERT,
    /** An expert is named once. */
    DUPLICATE_EXPERT,
    /** The panel has the configured number of experts (default 3, « 3 experts extérieurs », III.2). */
    PANEL_SIZE,
    /** At least one expert is competent in the dossier's focus domain. */
    DOMAIN_COMPETENCE,
    /** At least one expert is a specialist of regional development. */
    REGIONAL_DEVELOPMENT_SPECIALIST,
    /** At least one expert is foreign (non-Belgian, « Jury d'experts internationaux »). */
    FOREIGN_EXPERT,
    /** At least one expert is based in the Region's country (« experts wallons et étrangers », 000_… III.2). */
    HOME_COUNTRY_EXPERT,
    /** No expert linked to any cluster existing or proposed, nor to a member of this dossier. */
    NO_CONFLICT_OF_INTEREST,
    /** No Cellule or Region staff. */
    NO_PUBLIC_AUTHORITY_STAFF
}
