package nl.sleutelnet.network;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.PersonName;
import nl.sleutelnet.shared.PhoneNumber;
import nl.sleutelnet.shared.ReadMemo;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Key-figure rows, always of one municipality; areas and network kinds come along in one query. */
@Repository
class KeyFigures {

    private static final String COLUMNS = """
            k.municipality_id, k.id, k.given_name, k.name_prefix, k.family_name, k.email, k.phone,
            k.preferred_language, k.preferred_channel, k.role_types, k.new_to_municipality, k.status,
            k.introduced_by, k.contact_person_id, k.backup_contact_id, k.contact_cadence_days, k.last_contact_on,
            k.next_contact_due, k.active_since, k.ended_on, k.end_reason, k.exit_conversation_on, k.version,
            array(select a.area_code from key_figure_area a
                  where a.municipality_id = k.municipality_id and a.key_figure_id = k.id order by a.area_code) as areas,
            array(select n.kind_code from key_figure_network_kind n
                  where n.municipality_id = k.municipality_id and n.key_figure_id = k.id order by n.kind_code) as kinds""";

    private final JdbcClient jdbc;

    KeyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KeyFigure> find(MunicipalityId municipality, KeyFigureId id) {
        return ReadMemo.remember(new Find(municipality, id), () -> jdbc
                .sql("select " + COLUMNS + " from key_figure k where k.municipality_id = ? and k.id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> keyFigure(rs))
                .optional());
    }

    private record Find(MunicipalityId municipality, KeyFigureId id) {
    }

    /** How many key figures the criteria find (as {@link #search} counts them), without reading a page. */
    long count(MunicipalityId municipality, KeyFigureSearch criteria, LocalDate today, Set<UUID> activeStaff) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(municipality, criteria, today, activeStaff, params);
        return jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    }

    private static String where(MunicipalityId municipality, KeyFigureSearch criteria, LocalDate today,
            Set<UUID> activeStaff, Map<String, Object> params) {
        params.put("m", municipality.value());
        StringBuilder where = new StringBuilder(" from key_figure k where k.municipality_id = :m");
        if (criteria.query() != null) {
            where.append(" and k.search_name like :q escape '\\'");
            params.put("q", "%" + escapeLike(criteria.query().toLowerCase()) + "%");
        }
        if (criteria.areaCode() != null) {
            // A wijk also finds the key figures of its buurten.
            where.append(" and exists (select 1 from key_figure_area a where a.municipality_id = k.municipality_id"
                    + " and a.key_figure_id = k.id and (a.area_code = :area or a.area_code in (select b.code from area b"
                    + " where b.municipality_id = k.municipality_id and b.parent_code = :area)))");
            params.put("area", criteria.areaCode());
        }
        if (criteria.networkKind() != null) {
            where.append(" and exists (select 1 from key_figure_network_kind n where n.municipality_id = k.municipality_id"
                    + " and n.key_figure_id = k.id and n.kind_code = :kind)");
            params.put("kind", criteria.networkKind());
        }
        if (criteria.roleType() != null) {
            where.append(" and :role = any (k.role_types)");
            params.put("role", criteria.roleType().name());
        }
        if (criteria.status() != null) {
            where.append(" and k.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.contactPerson() != null) {
            where.append(" and (k.contact_person_id = :cp or k.backup_contact_id = :cp)");
            params.put("cp", criteria.contactPerson());
        }
        if (criteria.overdue()) {
            where.append(" and k.status = 'ACTIVE' and k.contact_cadence_days is not null"
                    + " and (k.next_contact_due is null or k.next_contact_due < :today)");
            params.put("today", Date.valueOf(today));
        }
        if (criteria.withoutContact()) {
            where.append(" and k.status in ('ACTIVE', 'PAUSED') and (k.contact_person_id is null"
                    + " or not (k.contact_person_id = any (cast(:staff as uuid[]))))");
            params.put("staff", uuids(activeStaff));
        }
        if (criteria.sharedWith() != null) {
            where.append(" and exists (select 1 from key_figure_share s where s.municipality_id = k.municipality_id"
                    + " and s.key_figure_id = k.id and s.account_id = :shared)");
            params.put("shared", criteria.sharedWith());
        }
        return where.toString();
    }

    /**
     * {@code activeStaff} are the municipality's active staff accounts: a contact person outside
     * it has left (or was never there), which the "without contact person" filter looks for.
     */
    Page<KeyFigure> search(MunicipalityId municipality, KeyFigureSearch criteria, LocalDate today, PageRequest page,
            Set<UUID> activeStaff) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(municipality, criteria, today, activeStaff, params);
        String order = switch (criteria.sort()) {
            case NAME -> "k.sort_name, k.id";
            // In lifecycle order, not alphabetically.
            case STATUS -> "array_position(array['CANDIDATE', 'INTAKE', 'ACTIVE', 'PAUSED', 'ENDED'], k.status),"
                    + " k.sort_name, k.id";
            case NEXT_CONTACT -> "k.next_contact_due nulls first, k.sort_name, k.id";
            case NEWEST -> "k.created_at desc, k.id";
        };
        if (criteria.query() != null) {
            // A name filter cannot use an index here (row-level security keeps LIKE out of index
            // conditions), so every row of the municipality is read anyway: count in that pass.
            long[] total = { -1 };
            List<KeyFigure> items = jdbc.sql("select " + COLUMNS + ", count(*) over () as total" + where + " order by "
                    + order + " limit :limit offset :offset")
                    .params(params)
                    .param("limit", page.size())
                    .param("offset", page.offset())
                    .query((rs, n) -> {
                        total[0] = rs.getLong("total");
                        return keyFigure(rs);
                    })
                    .list();
            if (!items.isEmpty() || page.offset() == 0) {
                return new Page<>(items, page.page(), page.size(), Math.max(total[0], 0));
            }
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<KeyFigure> items = jdbc.sql("select " + COLUMNS + where + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> keyFigure(rs))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from key_figure where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }

    void insert(KeyFigure k) {
        jdbc.sql("""
                insert into key_figure (municipality_id, id, given_name, name_prefix, family_name, email, phone,
                    preferred_language, preferred_channel, role_types, new_to_municipality, status, introduced_by,
                    contact_person_id, backup_contact_id, contact_cadence_days, last_contact_on, active_since,
                    ended_on, end_reason, exit_conversation_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(k.municipality().value(), k.id().value(), k.name().givenName(), k.name().prefix(),
                        k.name().familyName(), text(k.email()), text(k.phone()), k.preferredLanguage(),
                        k.preferredChannel().name(), roleArray(k.roleTypes()), k.newToMunicipality(), k.status().name(),
                        k.introducedBy(), k.contactPerson(), k.backupContact(), k.contactCadenceDays(),
                        k.lastContactOn(), k.activeSince(), k.endedOn(),
                        k.endReason() == null ? null : k.endReason().name(), k.exitConversationOn())
                .update();
        replaceLinks(k.municipality(), k.id(), k.areaCodes(), k.networkKinds());
    }

    /** Updates the registered details if the version still matches; false when someone else changed it first. */
    boolean updateDetails(KeyFigure k) {
        int rows = jdbc.sql("""
                update key_figure set given_name = ?, name_prefix = ?, family_name = ?, email = ?, phone = ?,
                    preferred_language = ?, preferred_channel = ?, role_types = ?::text[], new_to_municipality = ?,
                    introduced_by = ?, updated_at = now(), version = version + 1
                where municipality_id = ? and id = ? and version = ?""")
                .params(k.name().givenName(), k.name().prefix(), k.name().familyName(), text(k.email()),
                        text(k.phone()), k.preferredLanguage(), k.preferredChannel().name(), roleArray(k.roleTypes()),
                        k.newToMunicipality(), k.introducedBy(), k.municipality().value(), k.id().value(), k.version())
                .update();
        if (rows == 1) {
            replaceLinks(k.municipality(), k.id(), k.areaCodes(), k.networkKinds());
        }
        return rows == 1;
    }

    /** Writes the lifecycle fields if the version still matches; false when someone else changed it first. */
    boolean updateStatus(KeyFigure k) {
        return jdbc.sql("""
                update key_figure set status = ?, active_since = ?, ended_on = ?, end_reason = ?,
                    exit_conversation_on = ?, updated_at = now(), version = version + 1
                where municipality_id = ? and id = ? and version = ?""")
                .params(k.status().name(), k.activeSince(), k.endedOn(),
                        k.endReason() == null ? null : k.endReason().name(), k.exitConversationOn(),
                        k.municipality().value(), k.id().value(), k.version())
                .update() == 1;
    }

    /** Candidates and intakes, longest waiting first, with the day they reached their status. */
    Page<Candidate> candidates(MunicipalityId municipality, PageRequest page) {
        String where = " from key_figure k where k.municipality_id = :m and k.status in ('CANDIDATE', 'INTAKE')";
        long total = jdbc.sql("select count(*)" + where).param("m", municipality.value()).query(Long.class).single();
        List<Candidate> items = jdbc.sql("select " + COLUMNS + """
                , coalesce((select max(e.occurred_at) from key_figure_event e where e.municipality_id = k.municipality_id
                            and e.key_figure_id = k.id and e.to_status = k.status), k.created_at)::date as since"""
                + where + " order by k.status, since, k.sort_name, k.id limit :limit offset :offset")
                .param("m", municipality.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Candidate(keyFigure(rs), date(rs, "since")))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The key figures of the municipality with this (normalised) e-mail address. */
    List<KeyFigureId> withEmail(MunicipalityId municipality, String email) {
        return jdbc.sql("select id from key_figure where municipality_id = ? and email = ? order by id")
                .params(municipality.value(), email)
                .query((rs, n) -> new KeyFigureId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Everyone an e-mail address, phone number or name key could point to (names are folded in Java). */
    List<KeyFigure> all(MunicipalityId municipality) {
        return jdbc.sql("select " + COLUMNS + " from key_figure k where k.municipality_id = ? order by k.sort_name, k.id")
                .param(municipality.value())
                .query((rs, n) -> keyFigure(rs))
                .list();
    }

    /** The first active key figures by name, at most {@code limit}. */
    List<KeyFigure> firstActive(MunicipalityId municipality, int limit) {
        return jdbc.sql("select " + COLUMNS + " from key_figure k where k.municipality_id = ? and k.status = 'ACTIVE'"
                + " order by k.sort_name, k.id limit ?")
                .params(municipality.value(), limit)
                .query((rs, n) -> keyFigure(rs))
                .list();
    }

    /** Active and paused key figures whose contact person is missing or not among the active staff. */
    long countWithoutContact(MunicipalityId municipality, Set<UUID> activeStaff) {
        return jdbc.sql("""
                select count(*) from key_figure where municipality_id = ? and status in ('ACTIVE', 'PAUSED')
                and (contact_person_id is null or not (contact_person_id = any (?::uuid[])))""")
                .params(municipality.value(), uuids(activeStaff)).query(Long.class).single();
    }

    /** How many active and paused key figures a staff member is the fixed contact person of. */
    long contactLoad(MunicipalityId municipality, UUID contactPerson) {
        return jdbc.sql("""
                select count(*) from key_figure where municipality_id = ? and contact_person_id = ?
                and status in ('ACTIVE', 'PAUSED')""")
                .params(municipality.value(), contactPerson).query(Long.class).single();
    }

    /**
     * Makes {@code to} the fixed contact person of the active and paused key figures of {@code from};
     * where {@code to} was their backup, the backup is left empty. Returns the key figures changed.
     */
    List<UUID> handOverContacts(MunicipalityId municipality, UUID from, UUID to) {
        return jdbc.sql("""
                update key_figure set contact_person_id = :to,
                    backup_contact_id = case when backup_contact_id = :to then null else backup_contact_id end,
                    updated_at = now(), version = version + 1
                where municipality_id = :municipality and contact_person_id = :from and status in ('ACTIVE', 'PAUSED')
                returning id""")
                .param("to", to).param("from", from).param("municipality", municipality.value())
                .query(UUID.class).list();
    }

    boolean share(MunicipalityId municipality, KeyFigureId id, UUID account) {
        return jdbc.sql("""
                insert into key_figure_share (municipality_id, key_figure_id, account_id) values (?, ?, ?)
                on conflict do nothing""")
                .params(municipality.value(), id.value(), account).update() == 1;
    }

    boolean unshare(MunicipalityId municipality, KeyFigureId id, UUID account) {
        return jdbc.sql("delete from key_figure_share where municipality_id = ? and key_figure_id = ? and account_id = ?")
                .params(municipality.value(), id.value(), account).update() == 1;
    }

    List<Share> sharesOf(MunicipalityId municipality, KeyFigureId id) {
        return jdbc.sql("""
                select account_id, shared_at from key_figure_share where municipality_id = ? and key_figure_id = ?
                order by shared_at, account_id""")
                .params(municipality.value(), id.value())
                .query((rs, n) -> new Share(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
    }

    void replaceLinks(MunicipalityId municipality, KeyFigureId id, List<String> areas, List<String> kinds) {
        jdbc.sql("delete from key_figure_area where municipality_id = ? and key_figure_id = ?")
                .params(municipality.value(), id.value()).update();
        jdbc.sql("delete from key_figure_network_kind where municipality_id = ? and key_figure_id = ?")
                .params(municipality.value(), id.value()).update();
        jdbc.sql("""
                insert into key_figure_area (municipality_id, key_figure_id, area_code)
                select ?, ?, unnest(?::text[])""")
                .params(municipality.value(), id.value(), areas.toArray(String[]::new)).update();
        jdbc.sql("""
                insert into key_figure_network_kind (municipality_id, key_figure_id, kind_code)
                select ?, ?, unnest(?::text[])""")
                .params(municipality.value(), id.value(), kinds.toArray(String[]::new)).update();
    }

    void arrangeContact(MunicipalityId municipality, KeyFigureId id, UUID contactPerson, UUID backup, Integer cadenceDays) {
        jdbc.sql("""
                update key_figure set contact_person_id = ?, backup_contact_id = ?, contact_cadence_days = ?,
                    updated_at = now(), version = version + 1
                where municipality_id = ? and id = ?""")
                .params(contactPerson, backup, cadenceDays, municipality.value(), id.value()).update();
    }

    void contactRecorded(MunicipalityId municipality, KeyFigureId id, LocalDate on) {
        jdbc.sql("""
                update key_figure set last_contact_on = greatest(last_contact_on, ?)
                where municipality_id = ? and id = ?""")
                .params(on, municipality.value(), id.value()).update();
    }

    boolean isSharedWith(MunicipalityId municipality, KeyFigureId id, UUID account) {
        return jdbc.sql("""
                select exists (select 1 from key_figure_share
                               where municipality_id = ? and key_figure_id = ? and account_id = ?)""")
                .params(municipality.value(), id.value(), account).query(Boolean.class).single();
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * A typed uuid[] parameter. Sent as text[] with a cast in the statement, a generic plan
     * (after five executions on a connection) cast the whole array again for every row:
     * 26 ms instead of 0.6 ms for the start page's "without contact person" count.
     */
    private static UUID[] uuids(Set<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String[] roleArray(Set<RoleType> roles) {
        return roles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    static KeyFigure keyFigure(ResultSet rs) throws SQLException {
        Set<RoleType> roles = EnumSet.noneOf(RoleType.class);
        for (String r : strings(rs.getArray("role_types"))) {
            roles.add(RoleType.valueOf(r));
        }
        String email = rs.getString("email");
        String phone = rs.getString("phone");
        String endReason = rs.getString("end_reason");
        return new KeyFigure(new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                new KeyFigureId(rs.getObject("id", UUID.class)),
                PersonName.stored(rs.getString("given_name"), rs.getString("name_prefix"), rs.getString("family_name")),
                email == null ? null : new EmailAddress(email), phone == null ? null : new PhoneNumber(phone),
                rs.getString("preferred_language"), ContactChannel.valueOf(rs.getString("preferred_channel")),
                roles, rs.getBoolean("new_to_municipality"), KeyFigureStatus.valueOf(rs.getString("status")),
                rs.getObject("introduced_by", UUID.class), rs.getObject("contact_person_id", UUID.class),
                rs.getObject("backup_contact_id", UUID.class), rs.getObject("contact_cadence_days", Integer.class),
                date(rs, "last_contact_on"), date(rs, "next_contact_due"), date(rs, "active_since"),
                date(rs, "ended_on"), endReason == null ? null : EndReason.valueOf(endReason),
                date(rs, "exit_conversation_on"), strings(rs.getArray("areas")), strings(rs.getArray("kinds")),
                rs.getInt("version"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
