package nl.sleutelnet.identity;

import java.util.Objects;
import java.util.UUID;

/** The id of an account (staff or key figure), as modules pass it to one another; SQL still takes the UUID. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /** The id, or null for null: for columns such as a contact person that may be empty. */
    public static AccountId ofNullable(UUID value) {
        return value == null ? null : new AccountId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
