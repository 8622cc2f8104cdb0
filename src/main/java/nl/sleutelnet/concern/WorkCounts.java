package nl.sleutelnet.concern;

/** A handler's open work: feedback overdue, feedback due soon, outcomes waiting for their approval. */
public record WorkCounts(long overdue, long dueSoon, long awaitingMyApproval) {
}
