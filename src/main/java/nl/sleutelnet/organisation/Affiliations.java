package nl.sleutelnet.organisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Affiliations as stored: plain ones with their organisation, sensitive ones as an encrypted payload. */
@Repository
class Affiliations {

    /** One stored row; {@code payload} is ciphertext (null for plain rows and after withdrawal). */
    record Row(AffiliationId id, KeyFigureId keyFigure, boolean sensitive, OrganisationId organisation,
            String organisationName, AffiliationFunction function, String payload, Instant recordedAt,
            LocalDate endedOn, Consent consent) {
    }

    private final JdbcClient jdbc;

    Affiliations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key figure's affiliations, newest first. */
    List<Row> of(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql("""
                select a.id, a.key_figure_id, a.sensitive, a.organisation_id, o.name, a.function_code, a.payload,
                       a.created_at, a.ended_on, a.consent_version, a.consent_given_on, a.consent_method,
                       a.consent_withdrawn_at
                from affiliation a
                left join organisation o on o.municipality_id = a.municipality_id and o.id = a.organisation_id
                where a.municipality_id = ? and a.key_figure_id = ?
                order by a.created_at desc, a.id""")
                .params(municipality.value(), keyFigure.value()).query((rs, n) -> row(rs)).list();
    }

    void insertPlain(MunicipalityId municipality, AffiliationId id, KeyFigureId keyFigure, OrganisationId organisation,
            AffiliationFunction function) {
        jdbc.sql("""
                insert into affiliation (municipality_id, id, key_figure_id, sensitive, organisation_id, function_code)
                values (?, ?, ?, false, ?, ?)""")
                .params(municipality.value(), id.value(), keyFigure.value(), organisation.value(),
                        function == null ? null : function.name())
                .update();
    }

    void insertSensitive(MunicipalityId municipality, AffiliationId id, KeyFigureId keyFigure, String payload,
            int consentVersion, LocalDate consentGivenOn, ConsentMethod method) {
        jdbc.sql("""
                insert into affiliation (municipality_id, id, key_figure_id, sensitive, payload, consent_version,
                                         consent_given_on, consent_method)
                values (?, ?, ?, true, ?, ?, ?, ?)""")
                .params(municipality.value(), id.value(), keyFigure.value(), payload, consentVersion,
                        Date.valueOf(consentGivenOn), method.name())
                .update();
    }

    /** Ends an active plain affiliation; false when there is none with this id for this key figure. */
    boolean endPlain(MunicipalityId municipality, KeyFigureId keyFigure, AffiliationId id, LocalDate on) {
        return jdbc.sql("""
                update affiliation set ended_on = ?
                where municipality_id = ? and key_figure_id = ? and id = ? and not sensitive and ended_on is null""")
                .params(Date.valueOf(on), municipality.value(), keyFigure.value(), id.value()).update() == 1;
    }

    /** Deletes the encrypted payload at once and keeps the consent metadata with the moment of withdrawal. */
    boolean withdraw(MunicipalityId municipality, KeyFigureId keyFigure, AffiliationId id, Instant at) {
        return jdbc.sql("""
                update affiliation set payload = null, consent_withdrawn_at = ?
                where municipality_id = ? and key_figure_id = ? and id = ? and sensitive
                  and consent_withdrawn_at is null and ended_on is null""")
                .params(Timestamp.from(at), municipality.value(), keyFigure.value(), id.value()).update() == 1;
    }

    /** Plain links that reveal a network kind: key figures registered with it and plain affiliations to its organisations. */
    long plainLinksToKind(MunicipalityId municipality, String kindCode) {
        long keyFigures = jdbc.sql("select count(*) from key_figure_network_kind where municipality_id = ? and kind_code = ?")
                .params(municipality.value(), kindCode).query(Long.class).single();
        long affiliations = jdbc.sql("""
                select count(*) from affiliation a
                join organisation o on o.municipality_id = a.municipality_id and o.id = a.organisation_id
                where a.municipality_id = ? and o.kind_code = ?""")
                .params(municipality.value(), kindCode).query(Long.class).single();
        return keyFigures + affiliations;
    }

    long plainLinksToOrganisation(MunicipalityId municipality, OrganisationId organisation) {
        return jdbc.sql("select count(*) from affiliation where municipality_id = ? and organisation_id = ?")
                .params(municipality.value(), organisation.value()).query(Long.class).single();
    }

    private static Row row(ResultSet rs) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        String function = rs.getString("function_code");
        Date ended = rs.getDate("ended_on");
        Integer version = rs.getObject("consent_version", Integer.class);
        Timestamp withdrawn = rs.getTimestamp("consent_withdrawn_at");
        Consent consent = version == null ? null
                : new Consent(version, rs.getDate("consent_given_on").toLocalDate(),
                        ConsentMethod.valueOf(rs.getString("consent_method")),
                        withdrawn == null ? null : withdrawn.toInstant());
        return new Row(new AffiliationId(rs.getObject("id", UUID.class)),
                new KeyFigureId(rs.getObject("key_figure_id", UUID.class)), rs.getBoolean("sensitive"),
                organisation == null ? null : new OrganisationId(organisation), rs.getString("name"),
                function == null ? null : AffiliationFunction.valueOf(function), rs.getString("payload"),
                rs.getTimestamp("created_at").toInstant(), ended == null ? null : ended.toLocalDate(), consent);
    }
}
