package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.scheme.SchemeCode;

/** One scheme with all its versions. */
public interface GetFundingSchemeQuery {

    /** The scheme as of today (a scheme with no version yet has an empty history). */
    FundingSchemeView fundingScheme(SchemeCode scheme);
}
