package nl.sleutelnet.organisation;

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

/** Organisations of a municipality; {@code withSensitive} false leaves out those of a sensitive kind. */
@Repository
class Organisations {

    /** A kind reveals a belief when the municipality marked it so, and the faith-based kind always does. */
    static final String SENSITIVE_KIND = "(k.sensitive or k.code = 'FAITH_BASED')";

    private static final String SELECT = "select o.id, o.name, o.kind_code, o.area_code, o.website, o.version, "
            + SENSITIVE_KIND + " as sensitive from organisation o "
            + "join network_kind k on k.municipality_id = o.municipality_id and k.code = o.kind_code ";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Organisation> search(MunicipalityId municipality, String query, boolean withSensitive, PageRequest page) {
        String where = "where o.municipality_id = :m and (:all or not " + SENSITIVE_KIND + ") "
                + "and (cast(:q as text) is null or o.name ilike '%' || :q || '%' escape '\\') ";
        String like = query == null ? null : query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        long total = jdbc.sql("select count(*) from organisation o join network_kind k on k.municipality_id = "
                + "o.municipality_id and k.code = o.kind_code " + where)
                .param("m", municipality.value()).param("all", withSensitive).param("q", like)
                .query(Long.class).single();
        List<Organisation> rows = jdbc.sql(SELECT + where + "order by lower(o.name), o.id limit :size offset :offset")
                .param("m", municipality.value()).param("all", withSensitive).param("q", like)
                .param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> organisation(rs)).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    Optional<Organisation> find(MunicipalityId municipality, OrganisationId id) {
        return jdbc.sql(SELECT + "where o.municipality_id = ? and o.id = ?")
                .params(municipality.value(), id.value()).query((rs, n) -> organisation(rs)).optional();
    }

    /** Everything a user may pick from when linking a key figure, by name (bounded). */
    List<Organisation> choices(MunicipalityId municipality, boolean withSensitive) {
        return jdbc.sql(SELECT + "where o.municipality_id = ? and (? or not " + SENSITIVE_KIND + ") "
                + "order by lower(o.name), o.id limit 1000")
                .params(municipality.value(), withSensitive).query((rs, n) -> organisation(rs)).list();
    }

    boolean nameTaken(MunicipalityId municipality, String name, OrganisationId except) {
        return jdbc.sql("select count(*) from organisation where municipality_id = ? and lower(name) = lower(?) and id <> ?")
                .params(municipality.value(), name, except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    void insert(MunicipalityId municipality, OrganisationId id, String name, String kind, String area, String website) {
        jdbc.sql("""
                insert into organisation (municipality_id, id, name, kind_code, area_code, website)
                values (?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id.value(), name, kind, area, website).update();
    }

    /** Changes the details if nobody else did since {@code version}; false when someone did. */
    boolean update(MunicipalityId municipality, OrganisationId id, int version, String name, String kind, String area,
            String website) {
        return jdbc.sql("""
                update organisation set name = ?, kind_code = ?, area_code = ?, website = ?, updated_at = now(),
                       version = version + 1
                where municipality_id = ? and id = ? and version = ?""")
                .params(name, kind, area, website, municipality.value(), id.value(), version).update() == 1;
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from organisation where municipality_id = ?").param(municipality.value())
                .query(Long.class).single();
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("kind_code"), rs.getString("area_code"), rs.getString("website"),
                rs.getBoolean("sensitive"), rs.getInt("version"));
    }
}
