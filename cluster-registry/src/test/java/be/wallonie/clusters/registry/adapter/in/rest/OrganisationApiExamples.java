package be.wallonie.clusters.registry.adapter.in.rest;

/** Gives tests the request examples published in the OpenAPI document. */
public final class OrganisationApiExamples {

    public static String sme() {
        return OrganisationResource.EXAMPLE_SME;
    }

    private OrganisationApiExamples() {
    }
}
