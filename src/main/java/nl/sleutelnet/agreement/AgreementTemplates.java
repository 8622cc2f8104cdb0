package nl.sleutelnet.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** Versions of a municipality's agreement text; rows are only ever added. */
@Repository
class AgreementTemplates {

    private final JdbcClient jdbc;

    AgreementTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgreementTemplate> latest(MunicipalityId municipality, String language) {
        return jdbc.sql("""
                select language, version, municipality_expectations, key_figure_expectations, information_purpose,
                       information_access, information_retention, information_rights, partner_clause, created_at
                from agreement_template where municipality_id = ? and language = ?
                order by version desc limit 1""")
                .params(municipality.value(), language)
                .query((rs, n) -> template(rs))
                .optional();
    }

    /** Adds the next version; a concurrent save of the same version fails on the primary key. */
    int add(MunicipalityId municipality, String language, UUID id, AgreementTexts t, UUID createdBy) {
        return jdbc.sql("""
                insert into agreement_template (municipality_id, language, version, id, municipality_expectations,
                    key_figure_expectations, information_purpose, information_access, information_retention,
                    information_rights, partner_clause, created_by)
                select ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?
                from agreement_template where municipality_id = ? and language = ?
                returning version""")
                .params(municipality.value(), language, id, t.municipalityExpectations(), t.keyFigureExpectations(),
                        t.informationPurpose(), t.informationAccess(), t.informationRetention(), t.informationRights(),
                        t.partnerClause(), createdBy, municipality.value(), language)
                .query(Integer.class).single();
    }

    private static AgreementTemplate template(ResultSet rs) throws SQLException {
        return new AgreementTemplate(rs.getString("language"), rs.getInt("version"), Agreements.texts(rs),
                rs.getTimestamp("created_at").toInstant());
    }
}
