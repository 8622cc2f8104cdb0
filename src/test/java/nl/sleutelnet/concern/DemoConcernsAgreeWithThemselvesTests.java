package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** The demo concerns tell one story each: the first message and step on the day of receipt, dated before today. */
@SleutelnetTest
class DemoConcernsAgreeWithThemselvesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoConcernStartsOnItsDayOfReceiptAndTheOverdueOneHasNoHandlerYet() {
        List<Map<String, Object>> rows = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select c.reference, c.status, c.handler_id is null as no_handler, c.raised_via,
                    c.received_at < now() - interval '1 day' as in_the_past,
                    (select min(m.created_at) from concern_message m where m.concern_id = c.id) = c.received_at
                        as first_message_on_receipt,
                    (select min(e.occurred_at) from concern_event e where e.concern_id = c.id) = c.received_at
                        as first_step_on_receipt
                from concern c where c.reference like 'ZM-%' and c.received_at < now() - interval '1 day'
                order by c.reference""").query().listOfRows());
        assertThat(rows).as("the demo concerns").hasSizeGreaterThanOrEqualTo(4);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("first_message_on_receipt")).as(r.get("reference") + ": first message").isEqualTo(true);
            assertThat(r.get("first_step_on_receipt")).as(r.get("reference") + ": first step").isEqualTo(true);
        });
        assertThat(rows).filteredOn(r -> "RECEIVED".equals(r.get("status"))).singleElement().satisfies(r -> {
            assertThat(r.get("no_handler")).isEqualTo(true);
            assertThat(r.get("raised_via")).as("raised in the portal, so no handler in its history").isEqualTo("PORTAL");
        });
    }
}
