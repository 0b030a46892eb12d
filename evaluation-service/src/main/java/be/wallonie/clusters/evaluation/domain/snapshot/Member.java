package be.wallonie.clusters.evaluation.domain.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A member organisation as it stood at submission (mirrors {@code DossierSnapshotV1.Member} 1:1).
 *
 * @param organisationId       the registry's id; relations, objectives and actions refer to it
 * @param enterpriseNumber     BCE/KBO number, {@code null} for foreign organisations
 * @param name                 display name
 * @param kind                 organisation kind
 * @param sizeClass            enterprises only; {@code null} when unknown or not applicable
 * @param role                 core group, member or support
 * @param region               derived from the establishments; may be {@code null} when unknown
 * @param country              ISO 3166-1 alpha-2 code, upper-cased; may be {@code null}
 * @param walloonEstablishment whether at least one establishment is in Wallonia
 * @param corporateGroup       the corporate group, if any: members of one group are not independent
 *                             (I.1.2 §2 « les parties impliquées gardent leur indépendance »)
 * @param naceCodes            NACE Rev.2 activity codes
 * @param employees            head count, {@code null} when unknown
 * @param decisionCentreAbroad whether the decision centre is abroad (II.2 risk factor)
 * @param coOptedOn            when the member was co-opted into the core group, if known
 */
public record Member(
        UUID organisationId,
        String enterpriseNumber,
        String name,
        OrganisationKind kind,
        SizeClass sizeClass,
        MemberRole role,
        Region region,
        String country,
        boolean walloonEstablishment,
        String corporateGroup,
        List<String> naceCodes,
        Integer employees,
        boolean decisionCentreAbroad,
        LocalDate coOptedOn) {

    public Member {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        naceCodes = naceCodes == null ? List.of() : List.copyOf(naceCodes);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        corporateGroup = corporateGroup == null || corporateGroup.isBlank() ? null : corporateGroup.strip();
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative: " + employees);
        }
    }

    public boolean isEnterprise() {
        return kind == OrganisationKind.ENTERPRISE;
    }

    public boolean isCoreGroup() {
        return role == MemberRole.CORE_GROUP;
    }

    /** Present in Wallonia: a Walloon establishment, whatever the head office's region. */
    public boolean isWalloon() {
        return walloonEstablishment || region == Region.WALLONIA;
    }

    /** Foreign: located abroad or registered in another country than Belgium (openness, I.2). */
    public boolean isForeign() {
        return region == Region.ABROAD || (country != null && !"BE".equals(country));
    }
}
