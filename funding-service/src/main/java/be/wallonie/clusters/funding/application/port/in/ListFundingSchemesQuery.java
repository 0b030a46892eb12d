package be.wallonie.clusters.funding.application.port.in;

import java.util.List;

/** Anyone reads the funding schemes and their versions: the Region's funding rules are public policy. */
public interface ListFundingSchemesQuery {

    /** Every scheme, in the order of {@link be.wallonie.clusters.funding.domain.scheme.SchemeCode}, as of today. */
    List<FundingSchemeView> listFundingSchemes();
}
