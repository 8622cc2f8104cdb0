package nl.sleutelnet.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** The versioned consent texts of a municipality; version 1 is the default text shipped with Sleutelnet. */
@Repository
class ConsentTexts {

    private final JdbcClient jdbc;

    ConsentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConsentText> current(MunicipalityId municipality) {
        return jdbc.sql("""
                select version, body_nl, body_en, published_on from consent_text
                where municipality_id = ? order by version desc limit 1""")
                .param(municipality.value()).query((rs, n) -> text(rs)).optional();
    }

    Optional<ConsentText> find(MunicipalityId municipality, int version) {
        return jdbc.sql("select version, body_nl, body_en, published_on from consent_text where municipality_id = ? and version = ?")
                .params(municipality.value(), version).query((rs, n) -> text(rs)).optional();
    }

    /** Gives the municipality version 1 of the default text when it has none yet. */
    void installDefault(MunicipalityId municipality) {
        jdbc.sql("insert into consent_text (municipality_id, version, body_nl, body_en) values (?, 1, ?, ?) on conflict do nothing")
                .params(municipality.value(), resource("consent-v1_nl.txt"), resource("consent-v1_en.txt")).update();
    }

    private static ConsentText text(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ConsentText(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate());
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource("organisation/" + name).getContentAsString(StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
