package be.wallonie.clusters.registry.domain.dossier;

import java.util.Objects;

/** One thing a dossier still lacks before it can be submitted: a stable code, where (a field path) and its text. */
public record MissingItem(Code code, String field) {

    public enum Code {
        FOCUS_DESCRIPTION("décrivez le marché ou la technologie autour duquel le cluster se rassemble",
                "describe the market or technology the cluster gathers around"),
        CORE_GROUP("le cluster a au moins un membre du noyau dur", "the cluster has at least one core-group member"),
        CORE_GROUP_ENTERPRISE_MAJORITY("les entreprises sont plus de la moitié du noyau dur : un cluster est « une association de "
                + "fait ou légale à l'initiative majoritairement d'entreprises » ; centres de recherche et de formation, "
                + "fédérations, chambres de commerce et organismes publics « arrivent en support du cluster, non en initiateurs »",
                "enterprises are more than half of the core group: a cluster is \"une association de fait ou légale à l'initiative "
                + "majoritairement d'entreprises\" (an association on the initiative mainly of enterprises); research and training "
                + "centres, federations, chambers of commerce and public bodies \"arrivent en support du cluster, non en "
                + "initiateurs\" (come in support of the cluster, not as its initiators)"),
        TOO_FEW_MEMBERS("le cluster réunit au moins " + DossierCompleteness.MIN_MEMBERS + " membres",
                "the cluster gathers at least " + DossierCompleteness.MIN_MEMBERS + " members"),
        CO_OPTATION("indiquez quand et par qui ce membre du noyau dur a été coopté",
                "state when and by whom this core-group member was co-opted"),
        RELATIONS("déclarez les relations entre les membres", "declare the relations between the members"),
        OBJECTIVES("énoncez au moins un objectif commun", "state at least one shared objective"),
        OBJECTIVE_ENDORSEMENT("au moins un membre soutient cet objectif", "at least one member endorses this objective"),
        VISION("énoncez la vision de développement commune", "state the shared development vision"),
        EXPECTED_GAINS("chiffrez au moins un gain attendu", "quantify at least one expected gain"),
        ACTIONS("le plan d'actions compte au moins une action", "the action plan has at least one action"),
        GOVERNANCE_ADMISSION("énoncez les règles d'admission de nouveaux membres", "state the rules for admitting new members"),
        GOVERNANCE_NO_POACHING("énoncez la règle de non-débauchage entre membres", "state the rule against mutual poaching"),
        GOVERNANCE_DECISION_MAKING("indiquez comment les décisions sont prises", "state how decisions are made"),
        ANIMATOR_POST("déclarez le poste d'animateur (obligation d'engager un animateur)",
                "state the animateur post (hiring an animateur is mandatory)"),
        PRIVATE_CONTRIBUTIONS("indiquez les contributions privées annuelles des membres",
                "state the members' yearly private contributions");

        private final String fr;
        private final String en;

        Code(String fr, String en) {
            this.fr = fr;
            this.en = en;
        }

        public String fr() {
            return fr;
        }

        public String en() {
            return en;
        }
    }

    public MissingItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
    }
}
