package be.wallonie.clusters.evaluation.domain.worklist;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One live evaluation round on the secretariat's worklist, with the counts that put it in its state.
 *
 * @param callId               the call the dossier was submitted to, when the registry said it
 * @param sessionId            the registry's selection session the dossier is scheduled to, when it said it
 * @param panelSize            the configured panel size the counts are measured against
 * @param seated               experts seated on the panel now
 * @param declarationsSigned   seated experts who signed the per-dossier no-conflict declaration
 * @param scoresSubmitted      seated experts whose current score sheet is submitted
 * @param agendaSessionId      the open Comité session whose agenda lists the case, or null
 * @param agendaMeetingDate    that session's meeting date, or null
 */
public record CaseWorkItem(UUID caseId, UUID dossierId, int snapshotVersion, int round, String clusterName, String focusDomain,
        String scheme, UUID callId, UUID sessionId, Instant submittedAt, Instant openedAt, int panelSize, int seated,
        int declarationsSigned, int scoresSubmitted, UUID agendaSessionId, LocalDate agendaMeetingDate) {

    public CaseWorkItem {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(dossierId, "dossierId");
    }

    /** Where the panel stands, whatever the agenda. */
    public CaseWorkState progress() {
        if (seated < panelSize) {
            return CaseWorkState.AWAITING_PANEL;
        }
        if (declarationsSigned < seated) {
            return CaseWorkState.AWAITING_DECLARATIONS;
        }
        if (scoresSubmitted < seated) {
            return CaseWorkState.AWAITING_SCORES;
        }
        return CaseWorkState.READY_FOR_OPINION;
    }

    /** The item's state: {@link CaseWorkState#ON_AGENDA} while on an open session's agenda, its progress otherwise. */
    public CaseWorkState state() {
        return agendaSessionId != null ? CaseWorkState.ON_AGENDA : progress();
    }

    /** Why the item is in its state, e.g. « 2 déclarations signées sur 3 » / "2 of 3 declarations signed". */
    public LocalizedText reason() {
        LocalizedText progress = switch (progress()) {
            case AWAITING_PANEL -> new LocalizedText(
                    "Panel incomplet : %d expert(s) siégeant sur %d".formatted(seated, panelSize),
                    "Panel incomplete: %d of %d experts seated".formatted(seated, panelSize));
            case AWAITING_DECLARATIONS -> new LocalizedText(
                    "%d déclaration(s) d'absence de conflit signée(s) sur %d".formatted(declarationsSigned, seated),
                    "%d of %d no-conflict declarations signed".formatted(declarationsSigned, seated));
            case AWAITING_SCORES -> new LocalizedText(
                    "%d grille(s) de scores soumise(s) sur %d".formatted(scoresSubmitted, seated),
                    "%d of %d score sheets submitted".formatted(scoresSubmitted, seated));
            default -> new LocalizedText(
                    "%d grille(s) de scores soumise(s) sur %d : l'avis peut être rendu".formatted(scoresSubmitted, seated),
                    "%d of %d score sheets submitted: the opinion can be issued".formatted(scoresSubmitted, seated));
        };
        if (agendaSessionId == null) {
            return progress;
        }
        return new LocalizedText("À l'ordre du jour de la séance du %s ; %s".formatted(agendaMeetingDate, lowerFirst(progress.fr())),
                "On the agenda of the session of %s; %s".formatted(agendaMeetingDate, lowerFirst(progress.en())));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || Character.isDigit(s.charAt(0)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
