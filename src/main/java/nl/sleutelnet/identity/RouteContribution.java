package nl.sleutelnet.identity;

import java.util.List;

/**
 * Implemented once per module (a small bean in the module, e.g. {@code concern.web.ConcernRoutes}):
 * the module's routes with who may use them, and its entries in the navigation. {@link RouteTable}
 * joins every contribution; anything no contribution lists is denied. A navigation entry shows for
 * a user exactly when the route table allows one of their roles a GET on its href, so a module never
 * repeats its role rules for the menu.
 */
public interface RouteContribution {

    List<RouteTable.Route> routes();

    default List<NavigationEntry> navigation() {
        return List.of();
    }
}
