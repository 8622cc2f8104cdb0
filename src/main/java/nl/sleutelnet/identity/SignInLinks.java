package nl.sleutelnet.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code sign_in_link}: the hashes of a link's token and of its browser's value, its account and state. */
@Repository
class SignInLinks {

    /** A link found by its token's hash, whatever its state. */
    record Link(UUID id, UUID accountId, String browserHash, String status, Instant expiresAt) {

        boolean usableAt(Instant now) {
            return "OPEN".equals(status) && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    SignInLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link replaces every open one of the same account. */
    int revokeOpen(UUID accountId) {
        return jdbc.sql("update sign_in_link set status = 'REVOKED' where account_id = ? and status = 'OPEN'")
                .param(accountId).update();
    }

    void insert(UUID id, UUID accountId, String tokenHash, String browserHash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into sign_in_link (id, account_id, token_hash, browser_hash, issued_at, expires_at, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, accountId, tokenHash, browserHash, Timestamp.from(issuedAt), Timestamp.from(expiresAt))
                .update();
    }

    Optional<Link> byTokenHash(String tokenHash) {
        return jdbc.sql("select id, account_id, browser_hash, status, expires_at from sign_in_link where token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("browser_hash"), rs.getString("status"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /**
     * Uses up an open, unexpired link of the given browser. The conditional update locks the row, so
     * of two concurrent submits of one link the second finds it used and changes nothing.
     */
    boolean consume(UUID id, String browserHash, Instant now) {
        return jdbc.sql("""
                update sign_in_link set status = 'USED', used_at = ?
                where id = ? and browser_hash = ? and status = 'OPEN' and expires_at > ?""")
                .params(Timestamp.from(now), id, browserHash, Timestamp.from(now)).update() == 1;
    }

    /** Links that can no longer be used and are older than {@code cutoff} carry nothing worth keeping. */
    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from sign_in_link where expires_at < ?").param(Timestamp.from(cutoff)).update();
    }
}
