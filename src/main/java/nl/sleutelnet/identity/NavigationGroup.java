package nl.sleutelnet.identity;

/**
 * A group of the navigation. {@link #MAIN} entries are links in the bar itself; the other groups
 * are menus in the bar, except {@link #ACCOUNT}, which sits with the user's name. A module may
 * declare a group of its own (with a label key in its own message bundle).
 */
public record NavigationGroup(String id, String labelKey, int order) {

    public static final NavigationGroup MAIN = new NavigationGroup("main", null, 0);
    public static final NavigationGroup NETWORK = new NavigationGroup("netwerk", "nav.group.network", 10);
    public static final NavigationGroup CONTACT = new NavigationGroup("contact", "nav.group.contact", 20);
    public static final NavigationGroup CONCERNS = new NavigationGroup("zorgen", "nav.group.concerns", 30);
    public static final NavigationGroup MANAGEMENT = new NavigationGroup("beheer", "nav.group.management", 40);
    public static final NavigationGroup ACCOUNT = new NavigationGroup("account", "nav.group.account", 90);
}
