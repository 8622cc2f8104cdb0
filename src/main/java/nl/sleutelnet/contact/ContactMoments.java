package nl.sleutelnet.contact;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Contact-moment rows of one municipality, with who was present. Notes stay ciphertext here;
 * the service decides who may read them. {@code visibleTo} limits to contacts that account was
 * present at (a partner's view); null means all of the municipality.
 */
@Repository
class ContactMoments {

    /** A stored contact moment; {@code note} is ciphertext or null. */
    record Row(UUID id, UUID keyFigure, LocalDate occurredOn, String channel, List<String> topics, String note,
            UUID loggedBy, List<UUID> participants) {
    }

    /** Filters of the API list; every field optional. */
    record Filter(UUID keyFigure, LocalDate from, LocalDate to, String topic) {
    }

    private static final String COLUMNS = """
            c.id, c.key_figure_id, c.occurred_on, c.channel, c.topics, c.note, c.logged_by,
            array(select p.account_id from contact_moment_participant p
                  where p.municipality_id = c.municipality_id and p.contact_moment_id = c.id
                  order by p.account_id) as participants""";

    private static final String VISIBLE = " " + """
             and exists (select 1 from contact_moment_participant v where v.municipality_id = c.municipality_id
                         and v.contact_moment_id = c.id and v.account_id = :viewer)""";

    private final JdbcClient jdbc;

    ContactMoments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MunicipalityId municipality, Row row) {
        jdbc.sql("""
                insert into contact_moment (municipality_id, id, key_figure_id, occurred_on, channel, topics, note, logged_by)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?)""")
                .params(municipality.value(), row.id(), row.keyFigure(), Date.valueOf(row.occurredOn()), row.channel(),
                        row.topics().toArray(String[]::new), row.note(), row.loggedBy())
                .update();
        jdbc.sql("""
                insert into contact_moment_participant (municipality_id, contact_moment_id, account_id, key_figure_id,
                                                        occurred_on)
                select ?, ?, unnest(?::uuid[]), ?, ?""")
                .params(municipality.value(), row.id(), row.participants().toArray(UUID[]::new), row.keyFigure(),
                        Date.valueOf(row.occurredOn()))
                .update();
    }

    Optional<Row> find(MunicipalityId municipality, UUID id, UUID visibleTo) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", municipality.value());
        params.put("id", id);
        String visible = visible(visibleTo, params);
        return jdbc.sql("select " + COLUMNS + " from contact_moment c where c.municipality_id = :m and c.id = :id" + visible)
                .params(params).query((rs, n) -> row(rs)).optional();
    }

    /** A key figure's contacts, newest first, with the exact total (a key figure has at most a few thousand). */
    Page<Row> ofKeyFigure(MunicipalityId municipality, UUID keyFigure, UUID visibleTo, PageRequest page) {
        return search(municipality, new Filter(keyFigure, null, null, null), visibleTo, page, 0);
    }

    /**
     * Contacts by criteria, newest first. With {@code countAhead > 0} the total is counted only up
     * to {@code offset + countAhead + 1} rows: an exact count over a large municipality's contacts
     * (a quarter of a million) costs more than the page itself, reading every row. A total above
     * {@code offset + countAhead} therefore means "at least this many" (see {@link #countStopped}).
     */
    Page<Row> search(MunicipalityId municipality, Filter filter, UUID visibleTo, PageRequest page, int countAhead) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", municipality.value());
        StringBuilder where = new StringBuilder(" from contact_moment c where c.municipality_id = :m");
        if (filter.keyFigure() != null) {
            where.append(" and c.key_figure_id = :kf");
            params.put("kf", filter.keyFigure());
        }
        if (filter.from() != null) {
            where.append(" and c.occurred_on >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and c.occurred_on <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        if (filter.topic() != null) {
            where.append(" and :topic = any (c.topics)");
            params.put("topic", filter.topic());
        }
        where.append(visible(visibleTo, params));
        long total = countAhead <= 0
                ? jdbc.sql("select count(*)" + where).params(params).query(Long.class).single()
                : jdbc.sql("select count(*) from (select 1" + where + " limit :countLimit) counted").params(params)
                        .param("countLimit", page.offset() + countAhead + 1).query(Long.class).single();
        List<Row> rows = jdbc.sql("select " + COLUMNS + where
                + " order by c.occurred_on desc, c.created_at desc, c.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    /** Whether the total of a page from {@link #search} with this {@code countAhead} is a lower bound. */
    static boolean countStopped(Page<?> page, int countAhead) {
        return countAhead > 0 && page.total() > (long) (page.page() - 1) * page.size() + countAhead;
    }

    /** The newest contacts of a key figure (timeline), without paging. */
    List<Row> newestOf(MunicipalityId municipality, UUID keyFigure, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from contact_moment c where c.municipality_id = ? and c.key_figure_id = ?
                 order by c.occurred_on desc, c.created_at desc, c.id limit ?""")
                .params(municipality.value(), keyFigure, limit).query((rs, n) -> row(rs)).list();
    }

    private static String visible(UUID visibleTo, Map<String, Object> params) {
        if (visibleTo == null) {
            return "";
        }
        params.put("viewer", visibleTo);
        return VISIBLE;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("key_figure_id", UUID.class),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("channel"), strings(rs.getArray("topics")),
                rs.getString("note"), rs.getObject("logged_by", UUID.class), uuids(rs.getArray("participants")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((UUID[]) array.getArray()));
    }
}
