package nl.sleutelnet.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.ReadMemo;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.RegionId;

/**
 * Account rows. Lookup by user name is deliberately cross-tenant: it is how login starts. An account
 * whose last day ({@code valid_until}) has passed reads as not active, so sign-in refuses it.
 */
@Repository
class Accounts {

    private static final String COLUMNS = """
            id, kind, municipality_id, region_id, username, display_name, password_hash, roles, key_figure_id,
            totp_enabled, mfa_exempt,
            active and (valid_until is null or valid_until >= (now() at time zone 'Europe/Amsterdam')::date) as active""";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SleutelnetUser> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> user(rs))
                .optional();
    }

    Optional<SleutelnetUser> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?")
                .param(id)
                .query((rs, n) -> user(rs))
                .optional();
    }

    java.util.List<StaffMember> staffOf(MunicipalityId municipality) {
        return ReadMemo.remember(new StaffOf(municipality), () -> java.util.List.copyOf(jdbc.sql("""
                select id, display_name, roles, active from account
                where municipality_id = ? and kind = 'STAFF' order by lower(display_name), id""")
                .param(municipality.value())
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        roles(rs.getArray("roles")), rs.getBoolean("active")))
                .list()));
    }

    private record StaffOf(MunicipalityId municipality) {
    }

    /** The active staff account with this user name that has no password yet (its set-up link not used). */
    Optional<UUID> awaitingSetup(String username) {
        return jdbc.sql("""
                select id from account
                where lower(username) = lower(?) and kind = 'STAFF' and active and password_hash is null""")
                .param(username).query(UUID.class).optional();
    }

    boolean hasActiveWithRole(MunicipalityId municipality, Role role) {
        return jdbc.sql("select count(*) from account where municipality_id = ? and active and ? = any (roles)")
                .params(municipality.value(), role.name()).query(Long.class).single() > 0;
    }

    java.util.List<StaffMember> staffOfRegion(RegionId region) {
        return jdbc.sql("""
                select id, display_name, roles, active from account
                where region_id = ? and kind = 'STAFF' order by lower(display_name), id""")
                .param(region.value())
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        roles(rs.getArray("roles")), rs.getBoolean("active")))
                .list();
    }

    Optional<KeyFigureAccount> ofKeyFigure(MunicipalityId municipality, UUID keyFigureId) {
        return jdbc.sql("""
                select id, username, active, created_at from account
                where municipality_id = ? and key_figure_id = ? and kind = 'KEY_FIGURE'""")
                .params(municipality.value(), keyFigureId)
                .query((rs, n) -> new KeyFigureAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    boolean deactivateKeyFigureAccount(MunicipalityId municipality, UUID keyFigureId) {
        return jdbc.sql("""
                update account set active = false
                where municipality_id = ? and key_figure_id = ? and kind = 'KEY_FIGURE' and active""")
                .params(municipality.value(), keyFigureId).update() == 1;
    }

    /** The user name of an active staff account of the municipality. */
    Optional<String> activeStaffUsername(MunicipalityId municipality, UUID account) {
        return jdbc.sql("""
                select username from account where municipality_id = ? and id = ? and kind = 'STAFF' and active""")
                .params(municipality.value(), account).query(String.class).optional();
    }

    boolean usernameExists(String username) {
        return jdbc.sql("select count(*) from account where lower(username) = lower(?)")
                .param(username).query(Long.class).single() > 0;
    }

    void insert(UUID id, AccountKind kind, MunicipalityId municipality, RegionId region, String username,
            String displayName, String passwordHash, Set<Role> roles, UUID keyFigureId, boolean mfaExempt) {
        jdbc.sql("""
                insert into account (id, kind, municipality_id, region_id, username, display_name, password_hash,
                                     roles, key_figure_id, mfa_exempt)
                values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?)""")
                .params(id, kind.name(), municipality == null ? null : municipality.value(),
                        region == null ? null : region.value(), username, displayName, passwordHash,
                        roles.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")), keyFigureId,
                        mfaExempt)
                .update();
    }

    void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    Optional<String> totpSecret(UUID id) {
        return jdbc.sql("select totp_secret from account where id = ? and totp_secret is not null")
                .param(id).query(String.class).optional();
    }

    void enableTotp(UUID id, String encryptedSecret) {
        jdbc.sql("update account set totp_secret = ?, totp_enabled = true, totp_last_step = null where id = ?")
                .params(encryptedSecret, id).update();
    }

    /** Stores the time step of an accepted code; refuses a step already used (replay). */
    boolean acceptTotpStep(UUID id, long step) {
        return jdbc.sql("""
                update account set totp_last_step = ?
                where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step, id, step).update() == 1;
    }

    long countSecondFactorExempt() {
        return jdbc.sql("select count(*) from account where mfa_exempt").query(Long.class).single();
    }

    private static SleutelnetUser user(ResultSet rs) throws SQLException {
        UUID municipality = rs.getObject("municipality_id", UUID.class);
        UUID region = rs.getObject("region_id", UUID.class);
        return new SleutelnetUser(rs.getObject("id", UUID.class), AccountKind.valueOf(rs.getString("kind")),
                municipality == null ? null : new MunicipalityId(municipality), region == null ? null : new RegionId(region),
                rs.getString("username"), rs.getString("display_name"), roles(rs.getArray("roles")),
                rs.getObject("key_figure_id", UUID.class), rs.getBoolean("totp_enabled"), rs.getBoolean("mfa_exempt"),
                rs.getBoolean("active"), rs.getString("password_hash"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
