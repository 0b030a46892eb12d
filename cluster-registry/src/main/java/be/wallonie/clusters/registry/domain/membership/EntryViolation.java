package be.wallonie.clusters.registry.domain.membership;

import java.util.Objects;

/** One broken rule of a membership entry as stated: where and which rule. */
public record EntryViolation(String field, Code code) {

    public enum Code {
        REQUIRED("valeur obligatoire", "a value is required"),
        TOO_LONG("texte trop long", "text too long"),
        UNKNOWN_ORGANISATION("aucune organisation enregistrée avec cet identifiant", "no registered organisation has this id"),
        NOT_FOR_A_LEAVE("un départ n'a ni rôle ni accord de publication", "a leave has neither a role nor a consent to be listed"),
        NOTHING_TO_CORRECT("indiquez ce qui change (date, rôle, accord de publication) ou annulez l'entrée",
                "say what changes (day, role, consent to be listed) or void the entry");

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

    public EntryViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
