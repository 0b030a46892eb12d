package be.wallonie.clusters.registry.domain.dossier;

/** A member's place in the cluster (III.4): the core group ("noyau dur") drives it; support organisations help. */
public enum MemberRole {
    /** Co-opted by the cluster's enterprises to drive it ("noyau dur"). */
    CORE_GROUP("noyau dur"),
    /** An ordinary member. */
    MEMBER("membre"),
    /** A support organisation (research or training centre, federation…): in support, never initiator. */
    SUPPORT("structure d'appui");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    /** The French label. */
    public String label() {
        return label;
    }
}
