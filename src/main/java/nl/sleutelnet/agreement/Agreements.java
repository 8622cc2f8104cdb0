package nl.sleutelnet.agreement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Agreement versions of one municipality. Versions are inserted, and only their acceptance is ever updated. */
@Repository
class Agreements {

    private static final String COLUMNS = """
            a.id, a.key_figure_id, a.version, a.language, a.template_version, a.role_types,
            a.municipality_expectations, a.key_figure_expectations, a.information_purpose, a.information_access,
            a.information_retention, a.information_rights, a.partner_clause, a.cadence_days, a.contact_person_id,
            a.backup_contact_id, a.review_on, a.created_by, a.created_at, a.accepted_at,
            a.version = (select max(b.version) from agreement b
                         where b.municipality_id = a.municipality_id and b.key_figure_id = a.key_figure_id) as latest""";

    /** The latest version per key figure, as a derived table for the work-list filters. */
    private static final String LATEST = """
            from agreement a where a.municipality_id = :m and a.version = (select max(b.version) from agreement b
                where b.municipality_id = a.municipality_id and b.key_figure_id = a.key_figure_id)""";

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All versions of a key figure, newest first. */
    List<Agreement> of(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("select " + COLUMNS + " from agreement a where a.municipality_id = ? and a.key_figure_id = ?"
                + " order by a.version desc")
                .params(municipality.value(), keyFigure.value())
                .query((rs, n) -> agreement(rs))
                .list();
    }

    Optional<Agreement> find(MunicipalityId municipality, AgreementId id) {
        return jdbc.sql("select " + COLUMNS + " from agreement a where a.municipality_id = ? and a.id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> agreement(rs))
                .optional();
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from agreement where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }

    int nextVersion(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from agreement where municipality_id = ? and key_figure_id = ?")
                .params(municipality.value(), keyFigure.value()).query(Integer.class).single();
    }

    void insert(MunicipalityId municipality, Agreement a) {
        AgreementTexts t = a.texts();
        jdbc.sql("""
                insert into agreement (municipality_id, id, key_figure_id, version, language, template_version,
                    role_types, municipality_expectations, key_figure_expectations, information_purpose,
                    information_access, information_retention, information_rights, partner_clause, cadence_days,
                    contact_person_id, backup_contact_id, review_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), a.id().value(), a.keyFigure().value(), a.version(), a.language(),
                        a.templateVersion(), a.roleTypes().stream().sorted().map(Enum::name).toArray(String[]::new),
                        t.municipalityExpectations(), t.keyFigureExpectations(), t.informationPurpose(),
                        t.informationAccess(), t.informationRetention(), t.informationRights(), t.partnerClause(),
                        a.cadenceDays(), a.contactPerson(), a.backupContact(), a.reviewOn(), a.createdBy(),
                        Timestamp.from(a.createdAt()))
                .update();
    }

    /** Accepts the given version if it is still the latest and not yet accepted; false otherwise. */
    boolean accept(MunicipalityId municipality, KeyFigureId keyFigure, int version, Instant at) {
        return jdbc.sql("""
                update agreement a set accepted_at = ?
                where a.municipality_id = ? and a.key_figure_id = ? and a.version = ? and a.accepted_at is null
                  and a.version = (select max(b.version) from agreement b
                                   where b.municipality_id = a.municipality_id and b.key_figure_id = a.key_figure_id)""")
                .params(Timestamp.from(at), municipality.value(), keyFigure.value(), version)
                .update() == 1;
    }

    /** Latest versions whose review date is on or before {@code until}, soonest first. */
    Page<Agreement> reviewDue(MunicipalityId municipality, LocalDate until, PageRequest page) {
        return page("and a.review_on <= :day", "a.review_on, a.key_figure_id", municipality, until, null, page);
    }

    /** Latest versions not accepted and created before {@code before}, oldest first. */
    Page<Agreement> waitingSince(MunicipalityId municipality, Instant before, PageRequest page) {
        return page("and a.accepted_at is null and a.created_at < :at", "a.created_at, a.key_figure_id", municipality,
                null, before, page);
    }

    long countReviewDue(MunicipalityId municipality, LocalDate until) {
        return jdbc.sql("select count(*) " + LATEST + " and a.review_on <= :day")
                .param("m", municipality.value()).param("day", until).query(Long.class).single();
    }

    long countWaitingSince(MunicipalityId municipality, Instant before) {
        return jdbc.sql("select count(*) " + LATEST + " and a.accepted_at is null and a.created_at < :at")
                .param("m", municipality.value()).param("at", Timestamp.from(before)).query(Long.class).single();
    }

    private Page<Agreement> page(String condition, String order, MunicipalityId municipality, LocalDate day,
            Instant at, PageRequest page) {
        var count = jdbc.sql("select count(*) " + LATEST + " " + condition).param("m", municipality.value());
        var rows = jdbc.sql("select " + COLUMNS + " " + LATEST + " " + condition + " order by " + order
                + " limit :limit offset :offset").param("m", municipality.value());
        if (day != null) {
            count = count.param("day", day);
            rows = rows.param("day", day);
        }
        if (at != null) {
            count = count.param("at", Timestamp.from(at));
            rows = rows.param("at", Timestamp.from(at));
        }
        long total = count.query(Long.class).single();
        List<Agreement> items = rows.param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> agreement(rs)).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    static AgreementTexts texts(ResultSet rs) throws SQLException {
        return new AgreementTexts(rs.getString("municipality_expectations"), rs.getString("key_figure_expectations"),
                rs.getString("information_purpose"), rs.getString("information_access"),
                rs.getString("information_retention"), rs.getString("information_rights"),
                rs.getString("partner_clause"));
    }

    private static Agreement agreement(ResultSet rs) throws SQLException {
        Set<RoleType> roles = EnumSet.noneOf(RoleType.class);
        Array array = rs.getArray("role_types");
        for (String r : (String[]) array.getArray()) {
            roles.add(RoleType.valueOf(r));
        }
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Agreement(new AgreementId(rs.getObject("id", UUID.class)),
                new KeyFigureId(rs.getObject("key_figure_id", UUID.class)), rs.getInt("version"),
                rs.getString("language"), rs.getInt("template_version"), roles, texts(rs), rs.getInt("cadence_days"),
                rs.getObject("contact_person_id", UUID.class), rs.getObject("backup_contact_id", UUID.class),
                rs.getDate("review_on").toLocalDate(), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), accepted == null ? null : accepted.toInstant(),
                rs.getBoolean("latest"));
    }
}
