package be.wallonie.clusters.registry.domain.dossier;

/** The three directions, not mutually exclusive, a collaboration may take (003, "L'engagement volontaire"). */
public enum Orientation {
    MOYENS("Moyens : solutions collectives à des besoins communs (formation, R&D, veille commerciale…)"),
    PRODUITS_MARCHES("Produits/Marchés : exploiter les complémentarités pour de nouveaux produits et services ou élargir le marché"),
    CLUB_DE_TRAVAIL("Club de travail : échange d'expériences et de connaissances");

    private final String label;

    Orientation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
