package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.registry.domain.organisation.Violation;

/** What each organisation rule means to a user, in French and English. */
final class OrganisationMessages {

    static LocalizedText of(Violation v) {
        return switch (v.code()) {
            case REQUIRED -> LocalizedText.of("Ce champ est obligatoire", "This field is required");
            case TOO_LONG -> LocalizedText.of("Ce texte est trop long (200 caractères au plus)", "This text is too long (200 characters at most)");
            case ENTERPRISE_NUMBER_FORMAT -> LocalizedText.of(
                    "Un numéro d'entreprise compte 10 chiffres, par exemple 0403.170.701 ou BE0403170701",
                    "An enterprise number has 10 digits, for example 0403.170.701 or BE0403170701");
            case ENTERPRISE_NUMBER_FIRST_DIGIT -> LocalizedText.of(
                    "Un numéro d'entreprise commence par 0 ou 1",
                    "An enterprise number starts with 0 or 1");
            case ENTERPRISE_NUMBER_CHECKSUM -> LocalizedText.of(
                    "Numéro d'entreprise invalide : les deux derniers chiffres doivent valoir 97 moins le reste de la division des huit premiers par 97",
                    "Invalid enterprise number: the last two digits must equal 97 minus the remainder of the first eight divided by 97");
            case ENTERPRISE_NUMBER_REQUIRED_FOR_BELGIAN_ORGANISATION -> LocalizedText.of(
                    "Le numéro d'entreprise est obligatoire pour une organisation dont le siège est en Belgique",
                    "The enterprise number is required for an organisation whose registered office is in Belgium");
            case COUNTRY_FORMAT -> LocalizedText.of(
                    "Code pays ISO à deux lettres attendu, par exemple BE ou FR",
                    "Two-letter ISO country code expected, for example BE or FR");
            case BELGIAN_POSTAL_CODE_FORMAT -> LocalizedText.of(
                    "Un code postal belge compte quatre chiffres, de 1000 à 9999",
                    "A Belgian postal code has four digits, from 1000 to 9999");
            case FOREIGN_POSTAL_CODE_FORMAT -> LocalizedText.of(
                    "Code postal illisible (lettres, chiffres, espaces et tirets, 10 caractères au plus)",
                    "Unreadable postal code (letters, digits, spaces and hyphens, 10 characters at most)");
            case NACE_CODE_FORMAT -> LocalizedText.of(
                    "Code NACE-BEL attendu : deux chiffres, un point, puis un à trois chiffres (par exemple 62.010)",
                    "NACE-BEL code expected: two digits, a dot, then one to three digits (for example 62.010)");
            case NEGATIVE_EMPLOYEES -> LocalizedText.of(
                    "Le nombre d'employés ne peut pas être négatif", "The number of employees cannot be negative");
            case SIZE_CLASS_REQUIRED_FOR_ENTERPRISE -> LocalizedText.of(
                    "La taille (MICRO, SMALL, MEDIUM, LARGE) est obligatoire pour une entreprise",
                    "The size class (MICRO, SMALL, MEDIUM, LARGE) is required for an enterprise");
            case SIZE_CLASS_ONLY_FOR_ENTERPRISE -> LocalizedText.of(
                    "Seule une entreprise a une taille ; ne l'indiquez pas pour ce type d'organisation",
                    "Only an enterprise has a size class; leave it out for this kind of organisation");
            case AT_LEAST_ONE_ESTABLISHMENT -> LocalizedText.of(
                    "Indiquez au moins un établissement", "Give at least one establishment");
            case EXACTLY_ONE_REGISTERED_OFFICE -> LocalizedText.of(
                    "Exactement un établissement doit être le siège social (registeredOffice)",
                    "Exactly one establishment must be the registered office (registeredOffice)");
            case REGION_IS_DERIVED -> LocalizedText.of(
                    "La région est déduite des codes postaux et ne peut pas être choisie ; omettez-la",
                    "The region is derived from the postal codes and cannot be chosen; leave it out");
        };
    }

    private OrganisationMessages() {
    }
}
