package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.FundingSchemeView;
import be.wallonie.clusters.funding.application.port.in.GetFundingSchemeQuery;
import be.wallonie.clusters.funding.application.port.in.ListFundingSchemesQuery;
import be.wallonie.clusters.funding.application.port.in.PublishSchemeVersionCommand;
import be.wallonie.clusters.funding.application.port.in.PublishSchemeVersionUseCase;
import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.application.port.out.SaveSchemeVersionPort;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The funding schemes as versioned policy data: read by anyone, published by the Region. */
@ApplicationScoped
public class FundingSchemeService implements ListFundingSchemesQuery, GetFundingSchemeQuery, PublishSchemeVersionUseCase {

    private final LoadPolicyBookPort policy;
    private final SaveSchemeVersionPort versions;
    private final Clock clock;

    public FundingSchemeService(LoadPolicyBookPort policy, SaveSchemeVersionPort versions, Clock clock) {
        this.policy = policy;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public List<FundingSchemeView> listFundingSchemes() {
        LocalDate today = LocalDate.now(clock);
        List<PublishedSchemeVersion> published = policy.loadPublishedVersions();
        List<FundingSchemeView> views = new ArrayList<>();
        for (SchemeCode scheme : SchemeCode.values()) {
            views.add(view(scheme, today, published));
        }
        return List.copyOf(views);
    }

    @Override
    public FundingSchemeView fundingScheme(SchemeCode scheme) {
        return view(scheme, LocalDate.now(clock), policy.loadPublishedVersions());
    }

    @Override
    @Transactional
    public PublishedSchemeVersion publishSchemeVersion(PublishSchemeVersionCommand command) {
        LocalDate today = LocalDate.now(clock);
        SchemeVersion version = command.version();
        policy.loadPolicyBookForPublication(command.scheme()).publish(version, today);
        PublishedSchemeVersion published = new PublishedSchemeVersion(version, command.source(), command.publishedBy(),
                clock.instant());
        versions.saveSchemeVersion(published);
        return published;
    }

    private static FundingSchemeView view(SchemeCode scheme, LocalDate today, List<PublishedSchemeVersion> published) {
        return new FundingSchemeView(scheme, today, published.stream().filter(v -> v.scheme() == scheme)
                .sorted(Comparator.comparing(v -> v.version().effectiveFrom())).toList());
    }
}
