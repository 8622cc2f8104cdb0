package nl.sleutelnet.contact;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The coordination view in one query: per key figure contacted in a period, how many contacts,
 * how many different people of the municipality and its partners, the last one, and who
 * (account ids with their counts). Reads the key figure's name from the register's table.
 */
@Repository
class ContactLoads {

    /** Sort orders of the coordination view. */
    enum Sort { NAME, CONTACTS, LAST_CONTACT }

    /** One key figure's contact load in the period; {@code people} and {@code counts} are aligned. */
    record Row(UUID keyFigure, String name, long contacts, long distinctPeople, LocalDate lastContact,
            List<UUID> people, List<Long> counts) {
    }

    private final JdbcClient jdbc;

    ContactLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Row> inPeriod(MunicipalityId municipality, LocalDate from, LocalDate to, Sort sort, PageRequest page) {
        return sort == Sort.NAME ? byName(municipality, from, to, page) : aggregated(municipality, from, to, sort, page);
    }

    /**
     * The default order, by name, without aggregating the whole period: the page's key figures
     * come from the name index with an existence probe per key figure, and only those 25 are
     * counted. The total reads one narrow index over the period. Every contact has at least one
     * participant (whoever logs it is present), so the participants give the contacted key figures.
     */
    private Page<Row> byName(MunicipalityId municipality, LocalDate from, LocalDate to, PageRequest page) {
        // Plain parameters are safe here because every connection plans for the actual values
        // (ADR 0013): a generic plan guessed a tiny period and aggregated the whole period again
        // before sorting (70-90 ms instead of 2-5).
        long total = jdbc.sql("select count(*) from (select p.key_figure_id from contact_moment_participant p"
                + " where p.municipality_id = ? and p.occurred_on between ? and ? group by p.key_figure_id) contacted")
                .params(municipality.value(), Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        List<Row> rows = jdbc.sql("""
                with k as (
                    select k.id, k.display_name, k.sort_name from key_figure_contact k
                    where k.municipality_id = :m
                      and exists (select 1 from contact_moment cm where cm.municipality_id = :m
                                  and cm.key_figure_id = k.id and cm.occurred_on between :from and :to)
                    order by k.sort_name, k.id limit :limit offset :offset
                )
                select k.id, k.display_name, c.contacts, c.last_on, people.distinct_people, people.accounts,
                       people.counts
                from k
                cross join lateral (
                    select count(*) as contacts, max(cm.occurred_on) as last_on from contact_moment cm
                    where cm.municipality_id = :m and cm.key_figure_id = k.id and cm.occurred_on between :from and :to
                ) c
                cross join lateral (
                    select count(*) as distinct_people, array_agg(pp.account_id order by pp.n desc, pp.account_id) as accounts,
                           array_agg(pp.n order by pp.n desc, pp.account_id) as counts
                    from (select p.account_id, count(*) as n from contact_moment_participant p
                          where p.municipality_id = :m and p.key_figure_id = k.id and p.occurred_on between :from and :to
                          group by p.account_id) pp
                ) people
                order by k.sort_name, k.id""")
                .param("m", municipality.value()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    /** The whole period aggregated, then sorted and paged: the other orders (and the reference for {@link #byName}). */
    Page<Row> aggregated(MunicipalityId municipality, LocalDate from, LocalDate to, Sort sort,
            PageRequest page) {
        String order = switch (sort) {
            case NAME -> "k.sort_name, k.id";
            case CONTACTS -> "c.contacts desc, k.sort_name, k.id";
            case LAST_CONTACT -> "c.last_on desc, k.sort_name, k.id";
        };
        // count(*) over () gives the total with the page, so that the page costs one statement.
        List<Object[]> raw = jdbc.sql("""
                with c as (
                    select cm.key_figure_id, count(*) as contacts, max(cm.occurred_on) as last_on
                    from contact_moment cm
                    where cm.municipality_id = :m and cm.occurred_on between :from and :to
                    group by cm.key_figure_id
                ), pp as (
                    select p.key_figure_id, p.account_id, count(*) as n
                    from contact_moment_participant p
                    where p.municipality_id = :m and p.occurred_on between :from and :to
                    group by p.key_figure_id, p.account_id
                ), people as (
                    select key_figure_id, count(*) as distinct_people,
                           array_agg(account_id order by n desc, account_id) as accounts,
                           array_agg(n order by n desc, account_id) as counts
                    from pp group by key_figure_id
                )
                select k.id, k.display_name, c.contacts, coalesce(people.distinct_people, 0) as distinct_people,
                       c.last_on, people.accounts, people.counts, count(*) over () as total
                from c
                join key_figure_contact k on k.municipality_id = :m and k.id = c.key_figure_id
                left join people on people.key_figure_id = c.key_figure_id
                order by """ + " " + order + " limit :limit offset :offset")
                .param("m", municipality.value()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Object[] { row(rs), rs.getLong("total") })
                .list();
        long total = raw.isEmpty() ? totalWithoutPage(municipality, from, to, page) : (Long) raw.get(0)[1];
        return new Page<>(raw.stream().map(r -> (Row) r[0]).toList(), page.page(), page.size(), total);
    }

    /** Only when a page beyond the last is asked for: the window count is then not available. */
    private long totalWithoutPage(MunicipalityId municipality, LocalDate from, LocalDate to, PageRequest page) {
        if (page.page() == 1) {
            return 0;
        }
        return jdbc.sql("""
                select count(distinct key_figure_id) from contact_moment
                where municipality_id = ? and occurred_on between ? and ?""")
                .params(municipality.value(), Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getLong("contacts"),
                rs.getLong("distinct_people"), rs.getDate("last_on").toLocalDate(),
                ContactMoments.uuids(rs.getArray("accounts")), longs(rs.getArray("counts")));
    }

    private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }
}
