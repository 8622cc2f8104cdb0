package nl.sleutelnet.reciprocity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Ledger items of one municipality; explanation and outcome are encrypted on the way in and out. */
@Repository
class ReciprocityItems {

    private static final String COLUMNS = """
            id, key_figure_id, direction, kind, title, explanation, amount, status, outcome, opened_on, closed_on,
            from_portal, created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ReciprocityItems(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    List<ReciprocityItem> of(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("select " + COLUMNS + " from reciprocity_item where municipality_id = ? and key_figure_id = ?"
                + " order by opened_on desc, created_at desc")
                .params(municipality.value(), keyFigure.value())
                .query((rs, n) -> item(rs))
                .list();
    }

    Optional<ReciprocityItem> find(MunicipalityId municipality, ReciprocityItemId id) {
        return jdbc.sql("select " + COLUMNS + " from reciprocity_item where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> item(rs))
                .optional();
    }

    void insert(MunicipalityId municipality, ReciprocityItem i, UUID createdBy) {
        jdbc.sql("""
                insert into reciprocity_item (municipality_id, id, key_figure_id, direction, kind, title, explanation,
                    amount, status, outcome, opened_on, closed_on, from_portal, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), i.id().value(), i.keyFigure().value(), i.direction().name(),
                        i.kind().name(), i.title(), seal(i.explanation()), i.amount(), i.status().name(),
                        seal(i.outcome()), i.openedOn(), i.closedOn(), i.fromPortal(), createdBy,
                        java.sql.Timestamp.from(i.createdAt()), java.sql.Timestamp.from(i.createdAt()))
                .update();
    }

    /** Changes title, amount, status and outcome if the version still matches; false otherwise. */
    boolean update(MunicipalityId municipality, ReciprocityItem i) {
        return jdbc.sql("""
                update reciprocity_item set title = ?, amount = ?, status = ?, outcome = ?, closed_on = ?,
                    updated_at = now(), version = version + 1
                where municipality_id = ? and id = ? and version = ?""")
                .params(i.title(), i.amount(), i.status().name(), seal(i.outcome()), i.closedOn(),
                        municipality.value(), i.id().value(), i.version())
                .update() == 1;
    }

    /** Requests filed in the portal that nobody has taken up yet, oldest first. */
    Page<ReciprocityItem> newRequests(MunicipalityId municipality, PageRequest page) {
        long total = countNewRequests(municipality);
        List<ReciprocityItem> items = jdbc.sql("select " + COLUMNS + " from reciprocity_item"
                + " where municipality_id = ? and from_portal and status = 'REQUESTED'"
                + " order by created_at, id limit ? offset ?")
                .params(municipality.value(), page.size(), page.offset())
                .query((rs, n) -> item(rs))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    long countNewRequests(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from reciprocity_item where municipality_id = ? and from_portal"
                + " and status = 'REQUESTED'").param(municipality.value()).query(Long.class).single();
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from reciprocity_item where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }

    private String seal(String text) {
        return text == null ? null : encryption.encrypt(text);
    }

    private String open(String stored) {
        return stored == null ? null : encryption.decrypt(stored);
    }

    private ReciprocityItem item(ResultSet rs) throws SQLException {
        Date closed = rs.getDate("closed_on");
        BigDecimal amount = rs.getBigDecimal("amount");
        return new ReciprocityItem(new ReciprocityItemId(rs.getObject("id", UUID.class)),
                new KeyFigureId(rs.getObject("key_figure_id", UUID.class)), Direction.valueOf(rs.getString("direction")),
                ItemKind.valueOf(rs.getString("kind")), rs.getString("title"), open(rs.getString("explanation")),
                amount, ItemStatus.valueOf(rs.getString("status")), open(rs.getString("outcome")),
                rs.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate(),
                rs.getBoolean("from_portal"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
