package be.wallonie.clusters.evaluation.adapter.in.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an expert reads of the dossier snapshot kept with a case. */
final class SnapshotDtos {

    private SnapshotDtos() {
    }

    static final String EXAMPLE_SNAPSHOT = """
            {"name": "Cluster Bois Wallon", "acronym": "CBW", "scheme": "ECONOMIC_CLUSTER", "entryVolet": "VALIDATION",
             "focus": {"kind": "MARKET", "domain": "construction bois", "description": "Ossatures et menuiseries bois"},
             "members": [{"organisationId": "3f1c2a4e-8b7d-4c1e-9a55-0b6f3d2e1a90", "enterpriseNumber": "0812345604",
                          "name": "Scierie du Condroz SA", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "CORE_GROUP",
                          "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "corporateGroup": null,
                          "naceCodes": ["16.100"], "employees": 24, "decisionCentreAbroad": false, "coOptedOn": null}],
             "relations": [], "objectives": [], "expectedGains": [], "actions": [], "governance": null, "animator": null,
             "privateContributionsPerYear": null}""";

    static final String EXAMPLE_MEMBERS = """
            {"caseId": "5b8e0c7a-2f43-4d16-8a1b-9c0d3e4f5a61", "dossierName": "Cluster Bois Wallon",
             "members": [{"enterpriseNumber": "0812345604", "name": "Scierie du Condroz SA", "kind": "ENTERPRISE", "role": "CORE_GROUP"}]}""";

    @Schema(name = "SnapshotMember", description = "A member organisation of the dossier, as an expert checks it for conflicts")
    record MemberDto(@Schema(example = "0812345604") String enterpriseNumber, @Schema(example = "Scierie du Condroz SA") String name,
            @Schema(example = "ENTERPRISE") String kind, @Schema(example = "CORE_GROUP") String role) {
    }

    @Schema(name = "SnapshotMembers", description = "The members of the snapshot kept with a case, and nothing else of the dossier")
    record MembersResponse(UUID caseId, String dossierName, List<MemberDto> members) {
    }
}
