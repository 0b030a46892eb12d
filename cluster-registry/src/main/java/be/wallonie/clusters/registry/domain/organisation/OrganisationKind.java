package be.wallonie.clusters.registry.domain.organisation;

/** What an organisation is (domain.md §1). */
public enum OrganisationKind {
    /** An enterprise (TPE, PME, GE): the heart of every cluster; carries a size class. */
    ENTERPRISE,
    /** A research centre: member in support, never initiator. */
    RESEARCH_CENTRE,
    /** A training centre: member in support, never initiator. */
    TRAINING_CENTRE,
    /** A university: member in support, never initiator. */
    UNIVERSITY,
    /** A professional federation: a facilitator ("structure d'appui"). */
    FEDERATION,
    /** A chamber of commerce and industry (CCI): a facilitator. */
    CHAMBER_OF_COMMERCE,
    /** An intercommunale, a development agency or another public body: a facilitator. */
    PUBLIC_BODY;

    public boolean isEnterprise() {
        return this == ENTERPRISE;
    }

    /**
     * Whether it may found a cluster dossier as its first core-group member: an enterprise only. 000 I.1.2 §2 lists
     * "centres de formation, de recherche, fédérations professionnelles, chambres de commerce, services, organismes de
     * régulation, etc." and says "Ces derniers arrivent en support du cluster, non en initiateurs": every other kind
     * (research and training centres, universities, federations, chambers of commerce, public bodies) is in support.
     */
    public boolean mayFoundACluster() {
        return this == ENTERPRISE;
    }
}
