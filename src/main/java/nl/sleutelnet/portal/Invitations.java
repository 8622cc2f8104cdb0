package nl.sleutelnet.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Invitation rows of one municipality. */
@Repository
class Invitations {

    private static final String COLUMNS = "id, key_figure_id, invited_at, expires_at, status, used_at";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new invitation replaces every open one of the same key figure. */
    void revokeOpen(MunicipalityId municipality, KeyFigureId keyFigure) {
        jdbc.sql("update portal_invitation set status = 'REVOKED' where municipality_id = ? and key_figure_id = ? and status = 'OPEN'")
                .params(municipality.value(), keyFigure.value()).update();
    }

    void insert(MunicipalityId municipality, UUID id, KeyFigureId keyFigure, String tokenHash, UUID invitedBy,
            Instant invitedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into portal_invitation (municipality_id, id, key_figure_id, token_hash, invited_by, invited_at,
                                               expires_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(municipality.value(), id, keyFigure.value(), tokenHash, invitedBy, Timestamp.from(invitedAt),
                        Timestamp.from(expiresAt))
                .update();
    }

    Optional<Invitation> latest(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("select " + COLUMNS + """
                 from portal_invitation where municipality_id = ? and key_figure_id = ?
                order by invited_at desc, id limit 1""")
                .params(municipality.value(), keyFigure.value())
                .query((rs, n) -> invitation(rs)).optional();
    }

    List<Invitation> of(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("select " + COLUMNS + """
                 from portal_invitation where municipality_id = ? and key_figure_id = ?
                order by invited_at desc, id""")
                .params(municipality.value(), keyFigure.value())
                .query((rs, n) -> invitation(rs)).list();
    }

    Optional<Invitation> byTokenHash(MunicipalityId municipality, String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from portal_invitation where municipality_id = ? and token_hash = ?")
                .params(municipality.value(), tokenHash)
                .query((rs, n) -> invitation(rs)).optional();
    }

    /**
     * Uses up an open, unexpired invitation. The conditional update locks the row, so of two
     * concurrent submits of one link the second finds it used and changes nothing.
     */
    boolean consume(MunicipalityId municipality, UUID id, Instant now) {
        return jdbc.sql("""
                update portal_invitation set status = 'USED', used_at = ?
                where municipality_id = ? and id = ? and status = 'OPEN' and expires_at > ?""")
                .params(Timestamp.from(now), municipality.value(), id, Timestamp.from(now)).update() == 1;
    }

    /** Open invitations whose link has expired: the key figure did not accept in time. */
    List<Invitation> expiredOpen(MunicipalityId municipality, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from portal_invitation where municipality_id = ? and status = 'OPEN' and expires_at <= ?
                order by expires_at, id""")
                .params(municipality.value(), Timestamp.from(now))
                .query((rs, n) -> invitation(rs)).list();
    }

    long countExpiredOpen(MunicipalityId municipality, Instant now) {
        return jdbc.sql("select count(distinct key_figure_id) from portal_invitation where municipality_id = ? and status = 'OPEN' and expires_at <= ?")
                .params(municipality.value(), Timestamp.from(now)).query(Long.class).single();
    }

    long count(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from portal_invitation where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new Invitation(rs.getObject("id", UUID.class), new KeyFigureId(rs.getObject("key_figure_id", UUID.class)),
                rs.getTimestamp("invited_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                Invitation.Status.valueOf(rs.getString("status")), used == null ? null : used.toInstant());
    }
}
