package nl.sleutelnet.registerimport;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The register as an export shows it, read in pages of {@value #PAGE} by key (name, id), so
 * the whole register is never in memory. It selects only the exported columns: no notes, no
 * affiliations, no staff ids, and only network kinds that are not sensitive.
 */
@Repository
class ExportedKeyFigures {

    static final int PAGE = 1_000;

    private final JdbcClient jdbc;

    ExportedKeyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One exported line. */
    record Line(UUID id, String givenName, String prefix, String familyName, String email, String phone,
            String language, String channel, List<String> roles, boolean newToMunicipality, String status,
            List<String> areas, List<String> kinds, LocalDate activeSince, Integer cadenceDays, LocalDate lastContactOn,
            String sortName) {
    }

    long count(MunicipalityId municipality, KeyFigureStatus status) {
        return jdbc.sql("select count(*) from key_figure where municipality_id = ? and (?::text is null or status = ?)")
                .params(municipality.value(), name(status), name(status)).query(Long.class).single();
    }

    void each(MunicipalityId municipality, KeyFigureStatus status, Consumer<Line> consumer) {
        String afterName = "";
        UUID afterId = new UUID(0, 0);
        while (true) {
            List<Line> page = jdbc.sql("""
                    select k.id, k.given_name, k.name_prefix, k.family_name, k.email, k.phone, k.preferred_language,
                        k.preferred_channel, k.role_types, k.new_to_municipality, k.status, k.active_since,
                        k.contact_cadence_days, k.last_contact_on, k.sort_name,
                        array(select a.name from key_figure_area ka join area a
                                on a.municipality_id = ka.municipality_id and a.code = ka.area_code
                              where ka.municipality_id = k.municipality_id and ka.key_figure_id = k.id
                              order by coalesce(a.parent_code, a.code), a.parent_code is not null, a.code) as areas,
                        array(select n.name_nl from key_figure_network_kind kn join network_kind n
                                on n.municipality_id = kn.municipality_id and n.code = kn.kind_code
                              where kn.municipality_id = k.municipality_id and kn.key_figure_id = k.id
                                and not n.sensitive
                              order by n.position, n.name_nl) as kinds
                    from key_figure k
                    where k.municipality_id = ? and (?::text is null or k.status = ?) and (k.sort_name, k.id) > (?, ?)
                    order by k.sort_name, k.id
                    limit ?""")
                    .params(municipality.value(), name(status), name(status), afterName, afterId, PAGE)
                    .query((rs, n) -> line(rs)).list();
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            Line last = page.get(page.size() - 1);
            afterName = last.sortName();
            afterId = last.id();
        }
    }

    private static Line line(ResultSet rs) throws SQLException {
        Integer cadence = rs.getObject("contact_cadence_days", Integer.class);
        return new Line(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("name_prefix"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("preferred_language"), rs.getString("preferred_channel"), strings(rs.getArray("role_types")),
                rs.getBoolean("new_to_municipality"), rs.getString("status"), strings(rs.getArray("areas")),
                strings(rs.getArray("kinds")), date(rs, "active_since"), cadence, date(rs, "last_contact_on"),
                rs.getString("sort_name"));
    }

    private static String name(KeyFigureStatus status) {
        return status == null ? null : status.name();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
