package be.wallonie.clusters.registry.domain.dossier;

/**
 * The cluster's functioning rules (II.2 risks): how members are admitted, the rule against mutual poaching
 * (of staff or customers), and how decisions are made — each stated in words, null when not yet stated — and how a firm
 * that wants to join reaches it (002: "Toute entreprise … peut prendre une part active"): its website and a public contact
 * e-mail, both published in the public register, both optional.
 */
public record Governance(String admissionRules, String noPoachingRule, String decisionMaking, String website, String contactEmail) {

    public Governance(String admissionRules, String noPoachingRule, String decisionMaking) {
        this(admissionRules, noPoachingRule, decisionMaking, null, null);
    }

    public Governance {
        admissionRules = Texts.strip(admissionRules);
        noPoachingRule = Texts.strip(noPoachingRule);
        decisionMaking = Texts.strip(decisionMaking);
        website = Texts.strip(website);
        contactEmail = Texts.strip(contactEmail);
    }
}
