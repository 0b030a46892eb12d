package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import java.util.UUID;

/** The Cellule records an act of its accompaniment, corrects it or cancels it (never deletes it). */
public interface RecordAccompanimentActUseCase {

    AccompanimentAct recordAct(AccompanimentAct.Form form, String by);

    /** The next version, with the reason; {@link StaleAccompanimentException} when the act moved on. */
    AccompanimentAct correctAct(UUID actId, long expectedVersion, AccompanimentAct.Form form, String reason, String by);

    /** The last version, with the reason; {@link StaleAccompanimentException} when the act moved on. */
    AccompanimentAct cancelAct(UUID actId, long expectedVersion, String reason, String by);
}
