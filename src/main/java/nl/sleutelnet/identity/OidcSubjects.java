package nl.sleutelnet.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** Which subject at which issuer is which account of a municipality (table account_oidc_subject, V27). */
@Repository
class OidcSubjects {

    private final JdbcClient jdbc;

    OidcSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> account(MunicipalityId municipality, String issuer, String subject) {
        return jdbc.sql("""
                select account_id from account_oidc_subject where municipality_id = ? and issuer = ? and subject = ?""")
                .params(municipality.value(), issuer, subject).query(UUID.class).optional();
    }

    boolean linked(MunicipalityId municipality, String issuer, UUID account) {
        return jdbc.sql("""
                select count(*) from account_oidc_subject where municipality_id = ? and issuer = ? and account_id = ?""")
                .params(municipality.value(), issuer, account).query(Long.class).single() > 0;
    }

    void link(MunicipalityId municipality, String issuer, String subject, UUID account) {
        jdbc.sql("""
                insert into account_oidc_subject (municipality_id, issuer, subject, account_id) values (?, ?, ?, ?)""")
                .params(municipality.value(), issuer, subject, account).update();
    }

    /** The roles of a staff account of the municipality, as a group mapping decides them at sign-in. */
    void replaceRoles(MunicipalityId municipality, UUID account, Set<Role> roles) {
        jdbc.sql("update account set roles = ?::text[] where municipality_id = ? and id = ? and kind = 'STAFF'")
                .params(roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")),
                        municipality.value(), account)
                .update();
    }
}
