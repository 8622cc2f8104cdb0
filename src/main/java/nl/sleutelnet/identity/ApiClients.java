package nl.sleutelnet.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** Rows of {@code api_client}; tenant first in every query, row-level security behind it. */
@Repository
class ApiClients {

    /** What the list shows of a client; never the hash. */
    record Row(UUID id, String name, Set<String> scopes, int requestsPerMinute, Instant createdAt, LocalDate expiresOn,
            Instant revokedAt, Instant lastUsedAt) {
    }

    /** What a request's authentication needs. */
    record Credential(UUID id, Set<String> scopes, int requestsPerMinute, String secretHash, LocalDate expiresOn,
            boolean revoked) {
    }

    private final JdbcClient jdbc;

    ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MunicipalityId municipality, UUID id, String name, List<String> scopes, int requestsPerMinute,
            String secretHash, UUID createdBy, Instant createdAt, LocalDate expiresOn) {
        jdbc.sql("""
                insert into api_client (municipality_id, id, name, scopes, requests_per_minute, secret_hash, created_by,
                                        created_at, expires_on)
                values (?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id, name, "{" + String.join(",", scopes) + "}", requestsPerMinute,
                        secretHash, createdBy, Timestamp.from(createdAt), expiresOn)
                .update();
    }

    List<Row> of(MunicipalityId municipality) {
        return jdbc.sql("""
                select id, name, scopes, requests_per_minute, created_at, expires_on, revoked_at, last_used_at
                from api_client where municipality_id = ? order by created_at desc, id""")
                .param(municipality.value())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), scopes(rs),
                        rs.getInt("requests_per_minute"), instant(rs, "created_at"),
                        rs.getObject("expires_on", LocalDate.class), instant(rs, "revoked_at"),
                        instant(rs, "last_used_at")))
                .list();
    }

    /**
     * The client for a request, in one statement: the row, and (when the presented secret's hash
     * matches a usable client) its last use, written at most once a minute. Whether the request is
     * let in is decided by the caller, comparing the hash in constant time.
     */
    Optional<Credential> forRequest(MunicipalityId municipality, UUID id, String presentedHash, LocalDate today) {
        return jdbc.sql("""
                with used as (
                    update api_client set last_used_at = now()
                    where municipality_id = ? and id = ? and secret_hash = ? and revoked_at is null and expires_on >= ?
                      and (last_used_at is null or last_used_at < now() - interval '1 minute'))
                select id, scopes, requests_per_minute, secret_hash, expires_on, revoked_at is not null as revoked
                from api_client where municipality_id = ? and id = ?""")
                .params(municipality.value(), id, presentedHash, today, municipality.value(), id)
                .query((rs, n) -> new Credential(rs.getObject("id", UUID.class), scopes(rs),
                        rs.getInt("requests_per_minute"), rs.getString("secret_hash"),
                        rs.getObject("expires_on", LocalDate.class), rs.getBoolean("revoked")))
                .optional();
    }

    boolean exists(MunicipalityId municipality, UUID id) {
        return jdbc.sql("select count(*) from api_client where municipality_id = ? and id = ?")
                .params(municipality.value(), id).query(Long.class).single() > 0;
    }

    /** Revokes a client that is not yet revoked; false when it was already. */
    boolean revoke(MunicipalityId municipality, UUID id, UUID by, Instant at) {
        return jdbc.sql("""
                update api_client set revoked_at = ?, revoked_by = ?
                where municipality_id = ? and id = ? and revoked_at is null""")
                .params(Timestamp.from(at), by, municipality.value(), id).update() == 1;
    }

    private static Set<String> scopes(ResultSet rs) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) rs.getArray("scopes").getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
