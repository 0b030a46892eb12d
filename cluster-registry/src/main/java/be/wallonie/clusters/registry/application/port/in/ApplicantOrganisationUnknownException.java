package be.wallonie.clusters.registry.application.port.in;

/** An applicant opens a dossier but their token names no registered organisation: register it first. */
public class ApplicantOrganisationUnknownException extends RuntimeException {

    /** The enterprise number the token carries, null when none. */
    private final String enterpriseNumber;

    public ApplicantOrganisationUnknownException(String enterpriseNumber) {
        super("applicant organisation not registered: " + enterpriseNumber);
        this.enterpriseNumber = enterpriseNumber;
    }

    public String enterpriseNumber() {
        return enterpriseNumber;
    }
}
