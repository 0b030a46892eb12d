package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.CloseComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.PlanComiteSessionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordAttendanceCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.RecordRecusalsCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.SetAgendaCommand;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.WriteMinutesCommand;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;

/** The secretariat keeps the record of a selection session, then closes it, which publishes its results. */
public interface RecordComiteSessionUseCase {

    ComiteSession planSession(PlanComiteSessionCommand command);

    ComiteSession setAgenda(SetAgendaCommand command);

    ComiteSession recordAttendance(RecordAttendanceCommand command);

    ComiteSession recordRecusals(RecordRecusalsCommand command);

    ComiteSession writeMinutes(WriteMinutesCommand command);

    ComiteSession closeSession(CloseComiteSessionCommand command);
}
