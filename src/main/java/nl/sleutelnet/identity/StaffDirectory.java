package nl.sleutelnet.identity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The staff accounts of one municipality as its administrator manages them, and who granted which
 * role that reads content ({@code role_grant}). The municipality is in every statement.
 */
@Repository
class StaffDirectory {

    private static final String COLUMNS = """
            id, username, display_name, roles, active, totp_enabled, last_signed_in_at, valid_until, created_at,
            version, password_hash is null as awaiting_setup""";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<StaffAccount> search(MunicipalityId municipality, StaffSearch criteria, LocalDate today, Instant now,
            PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(municipality, criteria, today, now, params);
        long total = jdbc.sql("select count(*) from account where " + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<StaffAccount> rows = jdbc.sql("select " + COLUMNS + " from account where " + where
                + " order by lower(display_name), id limit :limit offset :offset")
                .params(params).query((rs, n) -> account(rs)).list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    /** The conditions of a search; only fixed SQL text, every value a parameter. */
    private static String where(MunicipalityId municipality, StaffSearch criteria, LocalDate today, Instant now,
            Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("municipality_id = :municipality", "kind = 'STAFF'"));
        params.put("municipality", municipality.value());
        if (!criteria.query().isEmpty()) {
            conditions.add("(lower(display_name) like :like escape '\\' or lower(username) like :like escape '\\')");
            params.put("like", "%" + escapeLike(criteria.query().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (criteria.role() != null) {
            conditions.add(":role = any (roles)");
            params.put("role", criteria.role().name());
        }
        if (criteria.usable() != null) {
            // can sign in: active, last day not passed, and a password chosen (not still invited)
            String usable = "(active and (valid_until is null or valid_until >= :today) and password_hash is not null)";
            conditions.add(criteria.usable() ? usable : "not " + usable);
            params.put("today", Date.valueOf(today));
        }
        if (criteria.secondFactor() != null) {
            conditions.add(criteria.secondFactor() ? "totp_enabled" : "not totp_enabled");
        }
        if (criteria.signedIn() != null) {
            switch (criteria.signedIn()) {
                case NEVER -> conditions.add("last_signed_in_at is null");
                case RECENTLY -> {
                    conditions.add("last_signed_in_at >= :since");
                    params.put("since", Timestamp.from(now.minus(30, ChronoUnit.DAYS)));
                }
                case LONG_AGO -> {
                    conditions.add("(last_signed_in_at is null or last_signed_in_at < :before)");
                    params.put("before", Timestamp.from(now.minus(90, ChronoUnit.DAYS)));
                }
            }
        }
        return String.join(" and ", conditions);
    }

    Optional<StaffAccount> find(MunicipalityId municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where municipality_id = ? and id = ? and kind = 'STAFF'")
                .params(municipality.value(), id).query((rs, n) -> account(rs)).optional();
    }

    /** Active coordinators of the municipality whose last day has not passed, except one, by name. */
    List<StaffMember> usableCoordinators(MunicipalityId municipality, LocalDate today, UUID except) {
        return jdbc.sql("""
                select id, display_name, roles from account
                where municipality_id = ? and kind = 'STAFF' and active and 'COORDINATOR' = any (roles)
                  and (valid_until is null or valid_until >= ?) and id <> ?
                order by lower(display_name), id""")
                .params(municipality.value(), Date.valueOf(today), except)
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
                    return new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"), roles, true);
                })
                .list();
    }

    /**
     * The other active administrators of the municipality without a last day, locked until the end of
     * the transaction, so that two administrators cannot each remove the other at the same time.
     */
    int lockOtherLastingAdministrators(MunicipalityId municipality, UUID except) {
        return jdbc.sql("""
                select id from account
                where municipality_id = ? and kind = 'STAFF' and active and valid_until is null
                  and 'ADMINISTRATOR' = any (roles) and id <> ?
                for update""").params(municipality.value(), except).query(UUID.class).list().size();
    }

    boolean updateRoles(MunicipalityId municipality, UUID id, int version, Set<Role> roles) {
        return jdbc.sql("""
                update account set roles = ?::text[], version = version + 1
                where municipality_id = ? and id = ? and kind = 'STAFF' and version = ?""")
                .params(roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")),
                        municipality.value(), id, version).update() == 1;
    }

    boolean updateActive(MunicipalityId municipality, UUID id, int version, boolean active) {
        return jdbc.sql("""
                update account set active = ?, version = version + 1
                where municipality_id = ? and id = ? and kind = 'STAFF' and version = ?""")
                .params(active, municipality.value(), id, version).update() == 1;
    }

    boolean updateValidUntil(MunicipalityId municipality, UUID id, int version, LocalDate validUntil) {
        return jdbc.sql("""
                update account set valid_until = ?, version = version + 1
                where municipality_id = ? and id = ? and kind = 'STAFF' and version = ?""")
                .params(validUntil == null ? null : Date.valueOf(validUntil), municipality.value(), id, version)
                .update() == 1;
    }

    /** Forgets the second factor and the recovery codes: the person enrols again at the next sign-in. */
    boolean resetSecondFactor(MunicipalityId municipality, UUID id, int version) {
        boolean changed = jdbc.sql("""
                update account set totp_secret = null, totp_enabled = false, totp_last_step = null,
                    version = version + 1
                where municipality_id = ? and id = ? and kind = 'STAFF' and version = ?""")
                .params(municipality.value(), id, version).update() == 1;
        if (changed) {
            jdbc.sql("delete from recovery_code where account_id = ?").param(id).update();
        }
        return changed;
    }

    /** A version check without a change (unlocking touches only the sign-in counters). */
    boolean isVersion(MunicipalityId municipality, UUID id, int version) {
        return jdbc.sql("select count(*) from account where municipality_id = ? and id = ? and version = ?")
                .params(municipality.value(), id, version).query(Long.class).single() == 1;
    }

    void signedIn(UUID id, Instant at) {
        jdbc.sql("update account set last_signed_in_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    UUID grant(MunicipalityId municipality, UUID account, Role role, UUID grantedBy, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into role_grant (municipality_id, id, account_id, role, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id, account, role.name(), grantedBy, Timestamp.from(at)).update();
        return id;
    }

    void revoke(MunicipalityId municipality, UUID account, Role role, UUID revokedBy, Instant at) {
        jdbc.sql("""
                update role_grant set revoked_by = ?, revoked_at = ?
                where municipality_id = ? and account_id = ? and role = ? and revoked_at is null""")
                .params(revokedBy, Timestamp.from(at), municipality.value(), account, role.name()).update();
    }

    /** The open grants of an account's roles that read content. */
    List<RoleGrant> openGrants(MunicipalityId municipality, UUID account) {
        return jdbc.sql("""
                select role, granted_by, granted_at from role_grant
                where municipality_id = ? and account_id = ? and revoked_at is null order by role""")
                .params(municipality.value(), account)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static StaffAccount account(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        Timestamp lastSignedIn = rs.getTimestamp("last_signed_in_at");
        Date validUntil = rs.getDate("valid_until");
        return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                roles, rs.getBoolean("active"), rs.getBoolean("totp_enabled"),
                lastSignedIn == null ? null : lastSignedIn.toInstant(), validUntil == null ? null : validUntil.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), rs.getBoolean("awaiting_setup"));
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
