package nl.sleutelnet.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Key-figure rows, always of one municipality. */
@Repository
class KeyFigures {

    private static final String COLUMNS = """
            municipality_id, id, display_name, role_type, area_name, email, phone, status, active_since""";

    private final JdbcClient jdbc;

    KeyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KeyFigure> find(MunicipalityId municipality, KeyFigureId id) {
        return jdbc.sql("select " + COLUMNS + " from key_figure where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> keyFigure(rs))
                .optional();
    }

    /** Name search (case-insensitive, anywhere in the name), ordered by name. */
    Page<KeyFigure> search(MunicipalityId municipality, String query, PageRequest page) {
        String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.strip().toLowerCase()) + "%";
        String where = " from key_figure where municipality_id = :m"
                + (pattern == null ? "" : " and lower(display_name) like :q escape '\\'");
        var count = jdbc.sql("select count(*)" + where).param("m", municipality.value());
        var rows = jdbc.sql("select " + COLUMNS + where + " order by lower(display_name), id limit :limit offset :offset")
                .param("m", municipality.value())
                .param("limit", page.size())
                .param("offset", page.offset());
        if (pattern != null) {
            count = count.param("q", pattern);
            rows = rows.param("q", pattern);
        }
        long total = count.query(Long.class).single();
        List<KeyFigure> items = rows.query((rs, n) -> keyFigure(rs)).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    void insert(KeyFigure k) {
        jdbc.sql("""
                insert into key_figure (municipality_id, id, display_name, role_type, area_name, email, phone, status,
                                        active_since)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(k.municipality().value(), k.id().value(), k.displayName(), k.roleType().name(), k.areaName(),
                        k.email(), k.phone(), k.status().name(), k.activeSince())
                .update();
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from key_figure where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static KeyFigure keyFigure(ResultSet rs) throws SQLException {
        var since = rs.getDate("active_since");
        return new KeyFigure(new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                new KeyFigureId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                RoleType.valueOf(rs.getString("role_type")), rs.getString("area_name"), rs.getString("email"),
                rs.getString("phone"), KeyFigureStatus.valueOf(rs.getString("status")),
                since == null ? null : since.toLocalDate());
    }
}
