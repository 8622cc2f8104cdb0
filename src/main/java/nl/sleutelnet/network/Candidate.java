package nl.sleutelnet.network;

import java.time.LocalDate;

/** A candidate or a key figure in intake, with the day they reached that status. */
public record Candidate(KeyFigure keyFigure, LocalDate since) {
}
