package nl.sleutelnet.network;

import java.util.UUID;

/**
 * Filters of the register list. Every field is optional; {@code overdue} keeps active key
 * figures whose agreed contact is overdue; {@code withoutContact} keeps active and paused key
 * figures whose contact person is missing or no longer has an active account.
 * {@code sharedWith} limits to what a partner sees.
 */
public record KeyFigureSearch(String query, String areaCode, String networkKind, RoleType roleType,
        KeyFigureStatus status, UUID contactPerson, boolean overdue, Sort sort, UUID sharedWith,
        boolean withoutContact) {

    public static final int MAX_QUERY_LENGTH = 100;

    /** Sort orders of the register list. */
    public enum Sort { NAME, STATUS, NEXT_CONTACT, NEWEST }

    public KeyFigureSearch {
        query = query == null || query.isBlank() ? null : query.strip();
        areaCode = areaCode == null || areaCode.isBlank() ? null : areaCode.strip();
        networkKind = networkKind == null || networkKind.isBlank() ? null : networkKind.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public KeyFigureSearch(String query, String areaCode, String networkKind, RoleType roleType,
            KeyFigureStatus status, UUID contactPerson, boolean overdue, Sort sort, UUID sharedWith) {
        this(query, areaCode, networkKind, roleType, status, contactPerson, overdue, sort, sharedWith, false);
    }

    public static KeyFigureSearch byName(String query) {
        return new KeyFigureSearch(query, null, null, null, null, null, false, Sort.NAME, null, false);
    }

    public KeyFigureSearch sharedWith(UUID account) {
        return new KeyFigureSearch(query, areaCode, networkKind, roleType, status, contactPerson, overdue, sort, account,
                withoutContact);
    }

    /** The message key of what is wrong with the typed criteria, or null. */
    public String problem() {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            return "keyFigures.search.tooLong";
        }
        if (hasControl(query) || hasControl(areaCode) || hasControl(networkKind)) {
            return "keyFigures.search.invalid";
        }
        if ((areaCode != null && areaCode.length() > 10) || (networkKind != null && networkKind.length() > 40)) {
            return "keyFigures.search.invalid";
        }
        return null;
    }

    private static boolean hasControl(String s) {
        return s != null && !nl.sleutelnet.shared.TextRule.allowed(s, false, false);
    }
}
