package nl.sleutelnet.contact;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Read model over the register for "due this week", which {@code KeyFigureSearch} does not
 * offer (it knows "overdue" only). Reads the rhythm columns through network's view
 * {@code key_figure_contact}, never writes them: contacts reach the register through
 * {@code KeyFigureService.contactRecorded}. Uses the
 * register's partial index on (municipality_id, next_contact_due) for active key figures.
 */
@Repository
class DueKeyFigures {

    private final JdbcClient jdbc;

    DueKeyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active key figures with a rhythm whose next contact falls in [from, to]; {@code mine}: contact person or backup. */
    Page<RhythmLine> dueBetween(MunicipalityId municipality, LocalDate from, LocalDate to, UUID mine, boolean byName,
            PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", municipality.value());
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        StringBuilder where = new StringBuilder(" " + """
                 from key_figure_contact k where k.municipality_id = :m and k.status = 'ACTIVE'
                 and k.contact_cadence_days is not null and k.next_contact_due between :from and :to""");
        if (mine != null) {
            where.append(" and (k.contact_person_id = :me or k.backup_contact_id = :me)");
            params.put("me", mine);
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        String order = byName ? "k.sort_name, k.id" : "k.next_contact_due, k.sort_name, k.id";
        List<RhythmLine> rows = jdbc.sql("""
                select k.id, k.display_name, k.last_contact_on, k.next_contact_due, k.contact_cadence_days,
                       k.contact_person_id, k.backup_contact_id """ + where + " order by " + order
                + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new RhythmLine(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getDate("last_contact_on").toLocalDate(), rs.getDate("next_contact_due").toLocalDate(),
                        rs.getInt("contact_cadence_days"), rs.getObject("contact_person_id", UUID.class),
                        rs.getObject("backup_contact_id", UUID.class)))
                .list();
        return new Page<>(rows, page.page(), page.size(), total);
    }
}
