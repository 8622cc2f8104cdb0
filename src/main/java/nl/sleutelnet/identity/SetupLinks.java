package nl.sleutelnet.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code account_setup_link}: only the hash of a token, its account and its state. */
@Repository
class SetupLinks {

    /** An open link found by its token's hash. */
    record OpenLink(UUID id, UUID accountId, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    SetupLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link replaces every open one of the same account. */
    int revokeOpen(UUID accountId) {
        return jdbc.sql("update account_setup_link set status = 'REVOKED' where account_id = ? and status = 'OPEN'")
                .param(accountId).update();
    }

    void insert(UUID id, UUID accountId, String tokenHash, UUID issuedBy, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into account_setup_link (id, account_id, token_hash, issued_by, issued_at, expires_at, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, accountId, tokenHash, issuedBy, Timestamp.from(issuedAt), Timestamp.from(expiresAt))
                .update();
    }

    /** The link behind a token hash, when it is open and not expired at {@code now}. */
    Optional<OpenLink> usable(String tokenHash, Instant now) {
        return jdbc.sql("""
                select id, account_id, expires_at from account_setup_link
                where token_hash = ? and status = 'OPEN' and expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> new OpenLink(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /**
     * Uses up an open, unexpired link. The conditional update locks the row, so of two concurrent
     * submits of one link the second finds it used and changes nothing.
     */
    boolean consume(UUID id, Instant now) {
        return jdbc.sql("""
                update account_setup_link set status = 'USED', used_at = ?
                where id = ? and status = 'OPEN' and expires_at > ?""")
                .params(Timestamp.from(now), id, Timestamp.from(now)).update() == 1;
    }

    /** Whether the account has an open link that has not expired. */
    boolean hasUsable(UUID accountId, Instant now) {
        return jdbc.sql("""
                select count(*) from account_setup_link where account_id = ? and status = 'OPEN' and expires_at > ?""")
                .params(accountId, Timestamp.from(now)).query(Long.class).single() > 0;
    }
}
