package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.generic;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.targeted;

import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.time.LocalDate;

/** Test dossiers, most of them taken from the examples of the seeds (report 000). */
final class Dossiers {

    private Dossiers() {
    }

    /**
     * A dossier meeting every criterion with the default policy: ten independent Walloon
     * enterprises around a market, four of them in the core group, tied along a value chain, a
     * three-year plan with a targeted action, quantified gains, functioning rules and an animator.
     */
    static DossierBuilder healthyCluster() {
        DossierBuilder b = dossier("Cluster chimie verte")
                .focus(FocusKind.MARKET, "chimie verte")
                .members(
                        enterprise("e1").core().large().nace("20.14"),
                        enterprise("e2").core().size(SizeClass.MEDIUM).nace("20.59"),
                        enterprise("e3").core().nace("22.21"),
                        enterprise("e4").core().nace("46.75"),
                        enterprise("e5").nace("72.19"),
                        enterprise("e6").size(SizeClass.MICRO).nace("38.21"),
                        enterprise("e7").nace("20.14"),
                        enterprise("e8").nace("28.29"),
                        enterprise("e9").nace("71.12"),
                        enterprise("e10").nace("49.41"),
                        organisation("crl", OrganisationKind.RESEARCH_CENTRE));
        for (int i = 1; i < 10; i++) {
            b.relation("e" + i, "e" + (i + 1), RelationKind.CUSTOMER_SUPPLIER);
        }
        b.relation("e1", "e5", RelationKind.JOINT_RESEARCH)
                .relation("e3", "e7", RelationKind.SHARED_TRAINING)
                .relation("crl", "e5", RelationKind.JOINT_RESEARCH);
        String[] enterprises = {"e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10"};
        return b.objective("Créer cinq entreprises de chimie verte en Wallonie", enterprises)
                .action(targeted("Offre commune à l'export").recurring().participants(enterprises))
                .action(generic("Veille technologique partagée").recurring().participants(enterprises))
                .gain("Entreprises créées", "companies.created", 5, "count")
                .governance(true, true, "Devenir la référence européenne de la chimie verte")
                .animator()
                .privateContributions(60_000L);
    }

    /**
     * Golden Green Valley (I.1.3 §3): « Initiative d'une entreprise leader (N°2 mondial dans son
     * domaine) dans le domaine, suivie par 5 autres »; financed by « prises de participation des
     * entreprises "parrains" »; evaluated on « création d'entreprises ».
     */
    static DossierBuilder goldenGreenValley() {
        DossierBuilder b = dossier("Golden Green Valley")
                .focus(FocusKind.MARKET, "chimie verte")
                .members(enterprise("leader").core().large().nace("20.14"))
                .enterprises("parrain", 5, MemberRole.CORE_GROUP)
                .members(organisation("universite", OrganisationKind.UNIVERSITY));
        for (int i = 1; i <= 5; i++) {
            b.relation("leader", "parrain" + i, RelationKind.CUSTOMER_SUPPLIER);
        }
        return b.objective("Concrétiser les idées innovantes de la chimie verte en réalisations industrielles rentables",
                        "leader", "parrain1", "parrain2", "parrain3", "parrain4", "parrain5")
                .action(targeted("Incubateur et guidance industrielle").recurring()
                        .marketOutcome("Création d'entreprises de chimie verte")
                        .participants("leader", "parrain1", "parrain2", "parrain3", "parrain4", "parrain5"))
                .gain("Création d'entreprises", "companies.created", 6, "count")
                .governance(true, true, null)
                .animator()
                .privateContributions(250_000L);
    }

    /**
     * Agro-Food Valley (I.1.3 §3): « Initiative d'une centre de recherche et de formation, relayée par
     * une Intercommunale »; « le projet semble entièrement dépendant de fonds publics (pas de
     * contribution privée annoncée) »; « conception endogène, fermée ».
     */
    static DossierBuilder agroFoodValley() {
        return dossier("Agro-Food Valley")
                .focus(FocusKind.MARKET, "industrie agro-alimentaire")
                .members(organisation("centre-recherche-formation", OrganisationKind.RESEARCH_CENTRE).core(),
                        organisation("intercommunale", OrganisationKind.PUBLIC_BODY).core())
                .enterprises("iaa", 6, MemberRole.MEMBER)
                .objective("Financer des structures mises à disposition des entreprises de l'IAA",
                        "centre-recherche-formation", "intercommunale")
                .action(generic("Support technique et formation aux entreprises de l'IAA")
                        .participants("centre-recherche-formation", "intercommunale"))
                .privateContributions(0L);
    }

    /**
     * I.1.2 §5: « les groupements d'entreprises constitués pour la réponse à une commande publique
     * … sans mise en oeuvre de mécanismes durables de coopération ».
     */
    static DossierBuilder publicTenderConsortium() {
        return dossier("Consortium appel d'offres")
                .focus(FocusKind.MARKET, "travaux publics")
                .enterprises("c", 8, MemberRole.CORE_GROUP)
                .relation("c1", "c2", RelationKind.SUBCONTRACTING)
                .relation("c1", "c3", RelationKind.SUBCONTRACTING)
                .objective("Remporter le marché public", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8")
                .action(targeted("Réponse commune à l'appel d'offres")
                        .between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31))
                        .marketOutcome("Attribution du marché")
                        .participants("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"))
                .gain("Chiffre d'affaires du marché", "turnover", 2_000_000, "EUR")
                .noGovernance()
                .noAnimator();
    }

    /**
     * I.1.2 §2: « des parcs industriels ou scientifiques thématiques, dans lesquels la dimension
     * d'échanges entre entreprises serait absente ».
     */
    static DossierBuilder scienceParkWithoutExchanges() {
        return healthyCluster().name("Parc scientifique thématique").clearRelations();
    }

    /**
     * I.1.2 §4: « des associations formées dans un but de lobbying politique ne centrent pas leurs
     * activités sur l'activité productive des entreprises ».
     */
    static DossierBuilder lobbyingAssociation() {
        return dossier("Association de défense sectorielle")
                .focus(FocusKind.MARKET, "construction métallique")
                .members(organisation("federation", OrganisationKind.FEDERATION).core(),
                        enterprise("l1").core(), enterprise("l2").core())
                .enterprises("m", 7, MemberRole.MEMBER)
                .relation("l1", "l2", RelationKind.STRATEGIC_ALLIANCE, false)
                .objective("Défendre les intérêts du secteur auprès des pouvoirs publics", "federation", "l1", "l2")
                .action(generic("Représentation auprès des pouvoirs publics").category("LOBBYING").recurring()
                        .participants("federation"))
                .action(generic("Position commune sur la réglementation européenne").category("LOBBYING")
                        .participants("federation", "l1"))
                .unquantifiedGain("Meilleure écoute des pouvoirs publics")
                .governance(true, false, null);
    }

    /** Executive summary: « des partenariats purement transnationaux ne sont donc pas des clusters ». */
    static DossierBuilder transnationalPartnership() {
        return healthyCluster().name("Partenariat transnational")
                .members(
                        enterprise("e1").core().abroad("FR"),
                        enterprise("e2").core().abroad("DE"),
                        enterprise("e3").core().abroad("NL"),
                        enterprise("e5").abroad("FR"),
                        enterprise("e6").abroad("LU"),
                        enterprise("e7").abroad("DE"),
                        enterprise("e8").abroad("IT"),
                        enterprise("e9").abroad("ES"));
    }

    /**
     * Grappe technologique (I.2 « Dimension technologique »; seed 001 « projets R&amp;D communs sur
     * la technologie »): technology focus, joint R&amp;D relations dominant, R&amp;D actions.
     */
    static DossierBuilder researchGrouping() {
        DossierBuilder b = dossier("Grappe photonique")
                .focus(FocusKind.TECHNOLOGY, "photonique")
                .enterprises("r", 8, MemberRole.MEMBER)
                .members(enterprise("r1").core().nace("26.70"), enterprise("r2").core().nace("26.70"),
                        organisation("centre", OrganisationKind.RESEARCH_CENTRE),
                        organisation("universite", OrganisationKind.UNIVERSITY));
        for (int i = 1; i < 8; i++) {
            b.relation("r" + i, "r" + (i + 1), RelationKind.JOINT_RESEARCH);
        }
        return b.relation("centre", "r1", RelationKind.JOINT_RESEARCH)
                .relation("universite", "r2", RelationKind.JOINT_RESEARCH)
                .relation("r3", "r4", RelationKind.CUSTOMER_SUPPLIER)
                .objective("Développer des capteurs photoniques", "r1", "r2", "r3")
                .action(targeted("Programme de R&D commun").category("RESEARCH_DEVELOPMENT")
                        .marketOutcome("Capteurs commercialisés").participants("r1", "r2", "r3", "centre"))
                .action(targeted("Complémentarité des capacités de production").category("TECHNOLOGY_PRODUCTION")
                        .participants("r4", "r5"))
                .action(generic("Veille technologique").category("INFORMATION").recurring())
                .gain("Brevets déposés", "patents.filed", 4, "count")
                .governance(true, true, null);
    }
}
