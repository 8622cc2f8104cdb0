package nl.sleutelnet.concern;

/**
 * Which concerns a handler's list shows: a view (open, overdue, due soon, waiting for my approval,
 * mine, closed, all), optionally one status or one exact reference.
 */
public record ConcernFilter(View view, ConcernStatus status, String reference) {

    public enum View { OPEN, OVERDUE, DUE, APPROVAL, MINE, CLOSED, ALL }

    public static ConcernFilter open() {
        return new ConcernFilter(View.OPEN, null, null);
    }
}
