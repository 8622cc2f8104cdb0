package nl.sleutelnet.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;

/**
 * The register's filters as they arrive in a query string, with the Dutch parameter names the
 * page and the API share ({@code zoek}, {@code gebied}, {@code netwerk}, {@code rol},
 * {@code status}, {@code contactpersoon}, {@code teLaat}, {@code zonderContactpersoon},
 * {@code sorteer}). Codes are the enum names; sort orders are Dutch words.
 */
public record KeyFigureFilter(String zoek, String gebied, String netwerk, String rol, String status,
        String contactpersoon, String teLaat, String zonderContactpersoon, String sorteer) {

    /** Sort orders by their Dutch parameter value. */
    public static final Map<String, KeyFigureSearch.Sort> SORTS = Map.of("naam", KeyFigureSearch.Sort.NAME, "status",
            KeyFigureSearch.Sort.STATUS, "volgendContact", KeyFigureSearch.Sort.NEXT_CONTACT, "nieuwste",
            KeyFigureSearch.Sort.NEWEST);

    /** The search, or null with the problems added (field = parameter name, message key). */
    public KeyFigureSearch toSearch(List<FieldProblem> problems) {
        int before = problems.size();
        RoleType role = Codes.optional(RoleType.class, rol, "rol", "keyFigures.filter.invalid", problems);
        KeyFigureStatus state = Codes.optional(KeyFigureStatus.class, status, "status", "keyFigures.filter.invalid",
                problems);
        UUID contact = null;
        if (present(contactpersoon)) {
            try {
                contact = UUID.fromString(contactpersoon.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("contactpersoon", "keyFigures.filter.invalid"));
            }
        }
        KeyFigureSearch.Sort sort = KeyFigureSearch.Sort.NAME;
        if (present(sorteer)) {
            sort = SORTS.get(sorteer.strip());
            if (sort == null) {
                problems.add(new FieldProblem("sorteer", "keyFigures.filter.invalid"));
            }
        }
        boolean overdue = flag(teLaat, "teLaat", problems);
        boolean withoutContact = flag(zonderContactpersoon, "zonderContactpersoon", problems);
        KeyFigureSearch search = new KeyFigureSearch(zoek, gebied, netwerk, role, state, contact, overdue, sort, null,
                withoutContact);
        String problem = search.problem();
        if (problem != null) {
            problems.add(new FieldProblem("zoek", problem));
        }
        return problems.size() == before ? search : null;
    }

    /** Whether any filter besides the name is set (the page then opens its filter panel). */
    public boolean narrowed() {
        return present(gebied) || present(netwerk) || present(rol) || present(status) || present(contactpersoon)
                || "true".equals(teLaat) || "true".equals(zonderContactpersoon);
    }

    /** The query string of the filled-in, non-default parameters only, e.g. {@code zoek=sam&status=ACTIVE}. */
    public String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("zoek", zoek);
        values.put("gebied", gebied);
        values.put("netwerk", netwerk);
        values.put("rol", rol);
        values.put("status", status);
        values.put("contactpersoon", contactpersoon);
        values.put("teLaat", teLaat);
        values.put("zonderContactpersoon", zonderContactpersoon);
        values.put("sorteer", sorteer);
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> {
            if (present(value) && !("sorteer".equals(name) && "naam".equals(value.strip()))) {
                parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean flag(String value, String name, List<FieldProblem> problems) {
        if (!present(value) || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip())) {
            return true;
        }
        problems.add(new FieldProblem(name, "keyFigures.filter.invalid"));
        return false;
    }
}
