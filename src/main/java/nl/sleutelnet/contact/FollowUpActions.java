package nl.sleutelnet.contact;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Follow-up action rows of one municipality; descriptions stay ciphertext here. */
@Repository
class FollowUpActions {

    /** A stored follow-up action; {@code description} is ciphertext. */
    record Row(UUID id, UUID contactMoment, UUID keyFigure, String description, UUID owner, LocalDate dueOn,
            LocalDate doneOn) {
    }

    /** An open action with the name of its key figure, for the work lists. */
    record Open(Row action, String keyFigureName) {
    }

    private static final String COLUMNS = "a.id, a.contact_moment_id, a.key_figure_id, a.description, a.owner_id, a.due_on, a.done_on";

    private final JdbcClient jdbc;

    FollowUpActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MunicipalityId municipality, Row row) {
        jdbc.sql("""
                insert into follow_up_action (municipality_id, id, contact_moment_id, key_figure_id, description,
                                              owner_id, due_on)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), row.id(), row.contactMoment(), row.keyFigure(), row.description(),
                        row.owner(), Date.valueOf(row.dueOn()))
                .update();
    }

    Optional<Row> find(MunicipalityId municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from follow_up_action a where a.municipality_id = ? and a.id = ?")
                .params(municipality.value(), id).query((rs, n) -> row(rs)).optional();
    }

    List<Row> ofContactMoments(MunicipalityId municipality, Collection<UUID> contactMoments) {
        if (contactMoments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from follow_up_action a where a.municipality_id = ? and a.contact_moment_id = any (?)
                 order by a.due_on, a.id""")
                .params(municipality.value(), contactMoments.toArray(UUID[]::new)).query((rs, n) -> row(rs)).list();
    }

    /** Marks it done if it was open; false when it was done already. */
    boolean markDone(MunicipalityId municipality, UUID id, UUID by, LocalDate on) {
        return jdbc.sql("""
                update follow_up_action set done_on = ?, done_by = ?
                where municipality_id = ? and id = ? and done_on is null""")
                .params(Date.valueOf(on), by, municipality.value(), id).update() == 1;
    }

    /** Open actions of one owner, the earliest due first (the partial index holds exactly these). */
    Page<Open> openOf(MunicipalityId municipality, UUID owner, PageRequest page) {
        long total = jdbc.sql("""
                select count(*) from follow_up_action a
                where a.municipality_id = ? and a.owner_id = ? and a.done_on is null""")
                .params(municipality.value(), owner).query(Long.class).single();
        List<Open> rows = jdbc.sql("select " + COLUMNS + """
                , k.display_name from follow_up_action a
                join key_figure_contact k on k.municipality_id = a.municipality_id and k.id = a.key_figure_id
                where a.municipality_id = ? and a.owner_id = ? and a.done_on is null
                order by a.due_on, a.id limit ? offset ?""")
                .params(municipality.value(), owner, page.size(), page.offset())
                .query((rs, n) -> new Open(row(rs), rs.getString("display_name"))).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    long countOverdue(MunicipalityId municipality, UUID owner, LocalDate today) {
        return jdbc.sql("""
                select count(*) from follow_up_action a
                where a.municipality_id = ? and a.owner_id = ? and a.done_on is null and a.due_on < ?""")
                .params(municipality.value(), owner, Date.valueOf(today)).query(Long.class).single();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date done = rs.getDate("done_on");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("contact_moment_id", UUID.class),
                rs.getObject("key_figure_id", UUID.class), rs.getString("description"),
                rs.getObject("owner_id", UUID.class), rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toLocalDate());
    }
}
