package be.wallonie.clusters.foundation.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject and, for applicants, the enterprise number of their organisation. */
@RequestScoped
public class CurrentUser {

    /** Claim carrying the enterprise number (BCE/KBO) of an applicant's organisation. */
    public static final String ORGANISATION_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> organisation() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.<String>getClaim(ORGANISATION_CLAIM));
        }
        return Optional.ofNullable(identity.<String>getAttribute(ORGANISATION_CLAIM));
    }
}
