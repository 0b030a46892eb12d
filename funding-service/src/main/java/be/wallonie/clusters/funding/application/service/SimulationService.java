package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.InvalidCommandException;
import be.wallonie.clusters.funding.application.port.in.SimulateScheduleCommand;
import be.wallonie.clusters.funding.application.port.in.SimulateScheduleUseCase;
import be.wallonie.clusters.funding.application.port.in.Simulation;
import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.domain.schedule.AgrementPeriod;
import be.wallonie.clusters.funding.domain.schedule.FundingCalculator;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Computes a schedule with the framework-free calculator: each period priced by the version that governs it (in force
 * on its first day, or a later one applying to running periods); the computation date is only recorded.
 */
@ApplicationScoped
public class SimulationService implements SimulateScheduleUseCase {

    /** A simulation belongs to no dossier: the nil UUID stands for it in the calculator's inputs. */
    public static final UUID NO_DOSSIER = new UUID(0L, 0L);

    private final LoadPolicyBookPort policy;
    private final Clock clock;
    private final FundingCalculator calculator = new FundingCalculator();

    public SimulationService(LoadPolicyBookPort policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Simulation simulateSchedule(SimulateScheduleCommand command) {
        SchemeCode scheme = command.schemeCode();
        LocalDate computedOn = command.requestedComputationDate().orElseGet(() -> LocalDate.now(clock));
        PolicyBook book = policy.loadPolicyBook();
        // the version governing the (first) period is the one in force on its first day
        SchemeVersion version = book.findVersionAt(scheme, command.startDate()).orElseThrow(
                () -> InvalidCommandException.of("startDate",
                        "aucune version du régime " + scheme.name() + " n'est en vigueur le " + command.startDate(),
                        "no version of scheme " + scheme.name() + " is in force on " + command.startDate()));
        FundingInputs inputs = new FundingInputs(NO_DOSSIER, scheme, periods(command, version), command.costs(),
                YearlyAmounts.none(), command.poleProjects(), null);
        FundingSchedule schedule = calculator.compute(inputs, book, computedOn);
        return new Simulation(version, schedule);
    }

    private static List<AgrementPeriod> periods(SimulateScheduleCommand command, SchemeVersion version) {
        SchemeParameters parameters = version.parameters();
        if (parameters instanceof AnimatorParameters animator) {
            int coFunded = animator.periodRates().size();
            int count = command.requestedPeriods().orElse(coFunded);
            if (count > coFunded) {
                throw InvalidCommandException.of("agrementPeriods",
                        "au plus " + coFunded + " périodes d'agrément cofinancées (version " + version.label() + ")",
                        "at most " + coFunded + " co-funded agrément periods (version " + version.label() + ")");
            }
            return AgrementPeriod.consecutive(command.startDate(), count, animator.periodLengthYears());
        }
        if (parameters instanceof TimeLimitedParameters limited && command.requestedEnd().isEmpty()) {
            return List.of(AgrementPeriod.ofMonths(1, command.startDate(), limited.maxMonths()));
        }
        return List.of(new AgrementPeriod(1, command.startDate(), command.requestedEnd().orElseThrow()));
    }
}
