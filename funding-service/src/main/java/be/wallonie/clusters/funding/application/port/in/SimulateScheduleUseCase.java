package be.wallonie.clusters.funding.application.port.in;

/** Simulate a co-funding schedule with the scheme version in force on the computation date; nothing is stored. */
public interface SimulateScheduleUseCase {

    /**
     * @throws InvalidCommandException when the inputs do not fit the version in force (too many agrément periods), or
     *                                 when no version of the scheme is in force on the computation date
     */
    Simulation simulateSchedule(SimulateScheduleCommand command);
}
