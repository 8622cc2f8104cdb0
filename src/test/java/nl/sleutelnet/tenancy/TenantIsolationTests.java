package nl.sleutelnet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;

/** Tenant isolation: in the query, and again by PostgreSQL row-level security. */
@SleutelnetTest
class TenantIsolationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private UUID anyKeyFigureOf(MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality, () -> jdbc().sql("select id from key_figure limit 1")
                .query(UUID.class).single());
    }

    @Test
    void a_query_without_tenant_filter_sees_only_the_current_municipality() {
        long unfiltered = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc().sql("select count(*) from key_figure").query(Long.class).single());
        long own = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc()
                .sql("select count(*) from key_figure where municipality_id = ?").param(DemoTenants.MAASOEVER.value())
                .query(Long.class).single());
        long foreign = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc()
                .sql("select count(*) from key_figure where municipality_id = ?").param(DemoTenants.WAALBERGEN.value())
                .query(Long.class).single());

        assertThat(own).isPositive();
        assertThat(unfiltered).isEqualTo(own);
        assertThat(foreign).isZero();
    }

    @Test
    void without_a_tenant_no_tenant_owned_row_is_visible() {
        assertThat(jdbc().sql("select count(*) from key_figure").query(Long.class).single()).isZero();
    }

    @Test
    void a_row_for_another_municipality_cannot_be_written() {
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc().sql("""
                insert into key_figure (municipality_id, id, given_name, family_name, status)
                values (?, ?, 'Ingevoegd', 'Verkeerde Gemeente', 'ACTIVE')""")
                .params(DemoTenants.WAALBERGEN.value(), UUID.randomUUID()).update()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void the_application_connects_as_a_role_that_cannot_bypass_row_level_security() {
        var flags = jdbc().sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) }).single();
        assertThat(flags).containsExactly(false, false);
    }

    @Test
    void an_id_of_another_municipality_answers_not_found_in_the_ui_and_the_api() throws Exception {
        UUID foreign = anyKeyFigureOf(DemoTenants.WAALBERGEN);
        UUID own = anyKeyFigureOf(DemoTenants.MAASOEVER);
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);

        mvc.perform(get("/sleutelfiguren/{id}", own).with(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/sleutelfiguren/{id}", foreign).with(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sleutelfiguren/{id}", own).with(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sleutelfiguren/{id}", foreign).with(coordinator)).andExpect(status().isNotFound());
    }
}
