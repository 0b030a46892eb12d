package be.wallonie.clusters.registry.domain.dossier;

/** The six axes of the Walloon clusters' activities (001, "Activités autour de 6 axes"). */
public enum ActionAxis {
    KNOW_AND_MAKE_KNOWN("Actions pour se connaître et faire connaître"),
    COMMERCIAL_LINKS("Actions pour renforcer les liens commerciaux"),
    PARTNERSHIPS("Actions de partenariats dans la production, R&D, création d'activités"),
    PROMOTION("Actions de promotion locale et internationale"),
    KNOWLEDGE_SHARING("Actions de partage de connaissances et d'échange de bonnes pratiques"),
    SYNERGIES("Actions de synergie entre le cluster et d'autres organisations d'entreprises");

    private final String label;

    ActionAxis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
