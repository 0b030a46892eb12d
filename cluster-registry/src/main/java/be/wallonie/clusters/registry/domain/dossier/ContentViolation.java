package be.wallonie.clusters.registry.domain.dossier;

import java.util.Objects;

/**
 * One broken rule of a dossier's content: where (a path such as {@code actions[2].endDate}) and which rule,
 * with its French and English text.
 */
public record ContentViolation(String field, Code code) {

    public enum Code {
        REQUIRED("valeur obligatoire", "a value is required"),
        TOO_LONG("texte trop long", "text too long"),
        TOO_MANY("trop d'éléments", "too many items"),
        UNKNOWN_ORGANISATION("aucune organisation enregistrée avec cet identifiant",
                "no registered organisation has this id"),
        DUPLICATE_MEMBER("cette organisation est déjà membre", "this organisation is already a member"),
        NOT_A_MEMBER("cette organisation n'est pas membre du cluster", "this organisation is not a member of the cluster"),
        SAME_MEMBER("une relation lie deux membres distincts", "a relation links two distinct members"),
        CO_OPTATION_ONLY_FOR_CORE_GROUP("seuls les membres du noyau dur sont cooptés", "only core-group members are co-opted"),
        END_BEFORE_START("la fin précède le début", "the end is before the start"),
        NEGATIVE("ne peut être négatif", "must not be negative"),
        MONEY_SCALE("montant en euros avec au plus 2 décimales", "amount in euros with at most 2 decimals"),
        INVALID_WEBSITE("adresse web en http:// ou https://", "a web address starting with http:// or https://"),
        INVALID_EMAIL("adresse e-mail invalide", "invalid e-mail address");

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

    public ContentViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
