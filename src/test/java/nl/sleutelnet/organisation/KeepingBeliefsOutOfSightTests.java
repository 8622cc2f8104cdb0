package nl.sleutelnet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The schema itself keeps an affiliation that reveals a belief unreadable: its content lives
 * only in one encrypted column, and the database refuses a sensitive row with plain content.
 */
@SleutelnetTest
class KeepingBeliefsOutOfSightTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_affiliation_table_has_no_plain_column_beyond_the_known_ones() {
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = 'affiliation' order by column_name""")
                .query(String.class).list();
        // A new column here could hold what a sensitive affiliation is about: decide about encryption first.
        assertThat(columns).containsExactlyInAnyOrder("municipality_id", "id", "key_figure_id", "sensitive",
                "organisation_id", "function_code", "payload", "consent_version", "consent_given_on", "consent_method",
                "consent_withdrawn_at", "created_at", "ended_on");
        List<String> organisationColumns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = 'organisation'""").query(String.class).list();
        assertThat(organisationColumns).noneMatch(c -> c.matches(".*(member|lid|person|contact|email|phone).*"));
    }

    @Test
    void every_stored_sensitive_affiliation_is_encrypted_or_deleted() {
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            List<String> wrong = CurrentTenant.callAs(municipality, () -> jdbc.sql("""
                    select id::text from affiliation
                    where sensitive and (organisation_id is not null or function_code is not null
                                         or (payload is not null and payload not like 'v1:%'))""")
                    .query(String.class).list());
            assertThat(wrong).as("sensitive rows with plain content in " + municipality).isEmpty();
        }
        long encrypted = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc
                .sql("select count(*) from affiliation where sensitive and payload like 'v1:%'").query(Long.class).single());
        assertThat(encrypted).as("the demo's consented affiliation").isPositive();
    }

    @Test
    void the_database_refuses_a_sensitive_row_with_a_plain_organisation_or_without_consent() {
        UUID organisation = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                insert into affiliation (municipality_id, id, key_figure_id, sensitive, organisation_id, payload,
                                         consent_version, consent_given_on, consent_method)
                values (?, ?, ?, true, ?, 'v1:x', 1, current_date, 'PORTAL')""")
                .params(DemoTenants.MAASOEVER.value(), UUID.randomUUID(), OrganisationFixtures.PORTAL_KEY_FIGURE,
                        organisation).update())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                insert into affiliation (municipality_id, id, key_figure_id, sensitive, payload)
                values (?, ?, ?, true, 'v1:x')""")
                .params(DemoTenants.MAASOEVER.value(), UUID.randomUUID(), OrganisationFixtures.PORTAL_KEY_FIGURE)
                .update())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                insert into affiliation (municipality_id, id, key_figure_id, sensitive, payload, consent_version,
                                         consent_given_on, consent_method)
                values (?, ?, ?, true, 'Stichting De Brug', 1, current_date, 'PORTAL')""")
                .params(DemoTenants.MAASOEVER.value(), UUID.randomUUID(), OrganisationFixtures.PORTAL_KEY_FIGURE)
                .update())).as("a payload that is not ciphertext").isInstanceOf(DataIntegrityViolationException.class);
    }
}
