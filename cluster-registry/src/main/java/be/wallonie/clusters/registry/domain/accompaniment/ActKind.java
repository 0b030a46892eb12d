package be.wallonie.clusters.registry.domain.accompaniment;

/** The kinds of the Cellule's accompaniment acts (000 III.2 "volet 1 sensibilisation", 003 "rôle des pouvoirs publics"). */
public enum ActKind {
    MEETING("Rencontre", "Meeting"),
    INFORMATION_SESSION("Séance d'information", "Information session"),
    FORMALISATION_HELP("Aide à la formalisation", "Formalisation help"),
    PARTNER_SEARCH("Recherche de partenaires", "Partner search"),
    EXPERIENCE_EXCHANGE("Échange d'expériences", "Exchange of experience"),
    REFERRAL_TO_OTHER_AID("Orientation vers d'autres aides régionales", "Referral to other regional aids");

    private final String french;
    private final String english;

    ActKind(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }
}
