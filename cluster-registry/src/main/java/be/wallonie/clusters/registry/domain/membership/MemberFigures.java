package be.wallonie.clusters.registry.domain.membership;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The follow-up's "members by kind" and "enterprises by size" (domain.md §3), derived from the membership ledger, never
 * typed: every kind and every size class is present, 0 when none.
 */
public record MemberFigures(Map<String, Integer> membersByKind, Map<String, Integer> enterprisesBySize) {

    /** A member organisation on the day counted, with its kind and (an enterprise) its size class. */
    public record MemberProfile(UUID organisationId, OrganisationKind kind, SizeClass sizeClass) {
    }

    public MemberFigures {
        membersByKind = Map.copyOf(membersByKind);
        enterprisesBySize = Map.copyOf(enterprisesBySize);
    }

    public static MemberFigures of(Collection<MemberProfile> members) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (OrganisationKind k : OrganisationKind.values()) {
            byKind.put(k.name(), 0);
        }
        Map<String, Integer> bySize = new LinkedHashMap<>();
        for (SizeClass s : SizeClass.values()) {
            bySize.put(s.name(), 0);
        }
        for (MemberProfile m : members) {
            byKind.merge(m.kind().name(), 1, Integer::sum);
            if (m.kind().isEnterprise() && m.sizeClass() != null) {
                bySize.merge(m.sizeClass().name(), 1, Integer::sum);
            }
        }
        return new MemberFigures(byKind, bySize);
    }

    /**
     * The day a year's follow-up report counts the members on: 31 December of the year, or the last day of the agrément
     * the year falls in when it ends earlier.
     */
    public static LocalDate reportDay(int year, Agrement agrement) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return agrement != null && agrement.end().isBefore(endOfYear) ? agrement.end() : endOfYear;
    }
}
