package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.application.port.in.RecordFileChangeUseCase;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery;
import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.application.port.out.PublishFundingEventsPort;
import be.wallonie.clusters.funding.application.port.out.ScheduleStorePort;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FileChange;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.schedule.FundingCalculator;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each cluster's funding file and its schedules in step with the registry. A schedule is recomputed
 * only when its inputs changed (same inputs, same schedule: nothing stored, nothing announced); each period is
 * priced by the scheme version that governs it (in force when the period started), so a version published since
 * never re-prices a running period; earlier schedule versions are never rewritten, and a line whose amount moved
 * carries its previous amount, the difference and the reason.
 */
@ApplicationScoped
public class FundingFileService implements RecordFileChangeUseCase, GetFundingFileQuery, ScheduleFeedQuery {

    private final FundingFilePort files;
    private final ScheduleStorePort schedules;
    private final LoadPolicyBookPort policy;
    private final PublishFundingEventsPort events;
    private final Clock clock;
    private final FundingCalculator calculator = new FundingCalculator();

    public FundingFileService(FundingFilePort files, ScheduleStorePort schedules, LoadPolicyBookPort policy,
            PublishFundingEventsPort events, Clock clock) {
        this.files = files;
        this.schedules = schedules;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<ComputedSchedule> recordFileChange(FileChange change) {
        FundingFile before = files.loadFundingFileForUpdate(change.dossierId()).orElseGet(() -> FundingFile.open(change.dossierId()));
        FundingFile after = change.applyTo(before);
        files.saveFundingFile(after);
        LocalDate today = LocalDate.now(clock);
        PolicyBook book = null;
        List<ComputedSchedule> computed = new ArrayList<>();
        for (FundingInputs inputs : after.scheduleInputs()) {
            Optional<String> latest = schedules.latestInputsFingerprint(after.dossierId(), inputs.scheme());
            if (latest.isPresent() && latest.get().equals(inputs.fingerprint())) {
                continue;
            }
            book = book == null ? policy.loadPolicyBook() : book;
            // each period is priced by the version that governs it; lines that moved show what they were before
            FundingSchedule schedule = calculator.compute(inputs, book, today);
            Optional<ComputedSchedule> previous = schedules.latestSchedule(after.dossierId(), inputs.scheme());
            if (previous.isPresent()) {
                if (FundingSchedule.sameLines(previous.get().lines(), schedule.lines())) {
                    continue; // the inputs moved but not a figure (e.g. a cut on the day the support ended anyway)
                }
                schedule = schedule.comparedWith(previous.get().lines(), change.reason());
            }
            ComputedSchedule stored = schedules.appendSchedule(schedule, change.reason(), clock.instant());
            events.scheduleComputed(stored);
            computed.add(stored);
        }
        return computed;
    }

    @Override
    public Optional<FundingFile> fundingFile(UUID dossierId) {
        return files.loadFundingFile(dossierId);
    }

    @Override
    public List<ComputedSchedule> schedulesOf(UUID dossierId) {
        return schedules.schedulesOf(dossierId);
    }

    @Override
    public List<ComputedSchedule> scheduleVersionsAfter(long afterPosition, int limit) {
        return schedules.scheduleVersionsAfter(afterPosition, limit);
    }

    @Override
    public List<Commitment> commitments(int fromYear, int toYear, Optional<SchemeCode> scheme) {
        return schedules.commitments(fromYear, toYear, scheme);
    }

    @Override
    public List<CurrentSchedule> currentSchedules(Optional<SchemeCode> scheme) {
        return schedules.currentSchedules(scheme);
    }
}
