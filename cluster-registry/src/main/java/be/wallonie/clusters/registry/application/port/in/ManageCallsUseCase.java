package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.call.Call;
import java.time.LocalDate;
import java.util.UUID;

/** The Cellule organises the call: opens it (its sessions are generated), moves its closing day, or cancels it. */
public interface ManageCallsUseCase {

    Call openCall(OpenCallCommand command);

    /** @param expectedVersion the version the Cellule read (If-Match) */
    Call changeClosingDate(UUID callId, long expectedVersion, LocalDate closingDate, String by);

    Call cancelCall(UUID callId, long expectedVersion, String by);
}
