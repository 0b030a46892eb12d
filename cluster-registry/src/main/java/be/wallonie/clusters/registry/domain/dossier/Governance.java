package be.wallonie.clusters.registry.domain.dossier;

/**
 * The cluster's functioning rules (II.2 risks): how members are admitted, the rule against mutual poaching
 * (of staff or customers), and how decisions are made. Each is stated in words; null when not yet stated.
 */
public record Governance(String admissionRules, String noPoachingRule, String decisionMaking) {

    public Governance {
        admissionRules = Texts.strip(admissionRules);
        noPoachingRule = Texts.strip(noPoachingRule);
        decisionMaking = Texts.strip(decisionMaking);
    }
}
