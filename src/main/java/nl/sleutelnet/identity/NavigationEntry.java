package nl.sleutelnet.identity;

/**
 * A link in the navigation, contributed by the module that owns the page. It shows exactly when
 * the route table lets the user's role GET {@code href}; {@code order} sorts it within its group.
 */
public record NavigationEntry(String labelKey, String href, NavigationGroup group, int order) {
}
