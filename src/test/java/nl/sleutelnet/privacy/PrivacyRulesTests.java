package nl.sleutelnet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;

/** The house rules of product.md, checked against the real schema. */
@SleutelnetTest
class PrivacyRulesTests {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "relig|geloof|faith|ethni|etnic|afkomst|nationalit|bsn|burgerservice|politic|politiek|informant|risk_score|risico",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void no_table_or_column_records_belief_ethnicity_nationality_politics_bsn_or_risk() {
        List<String> names = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public'""").query(String.class).list();
        assertThat(names).isNotEmpty().noneMatch(n -> FORBIDDEN.matcher(n).find());
    }

    @Test
    void the_audit_trail_has_no_column_that_can_hold_free_text() {
        List<String> textColumns = jdbc.sql("""
                select column_name from information_schema.columns
                where table_name = 'audit_event' and data_type = 'text'""").query(String.class).list();
        // Every text column is constrained to a code or a hash by a check constraint.
        List<String> constrained = jdbc.sql("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                join pg_class t on t.oid = c.conrelid where t.relname = 'audit_event' and c.contype = 'c'""")
                .query(String.class).list();
        assertThat(textColumns).isNotEmpty().allSatisfy(column ->
                assertThat(constrained).anyMatch(definition -> definition.contains(column)));
    }

    @Test
    void every_tenant_owned_table_has_forced_row_level_security() {
        List<String> tenantOwned = jdbc.sql("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and c.column_name = 'municipality_id' and t.table_type = 'BASE TABLE'
                  and c.table_name not in ('account', 'audit_event')""").query(String.class).list();
        assertThat(tenantOwned).contains("key_figure");
        for (String table : tenantOwned) {
            var flags = jdbc.sql("select relrowsecurity, relforcerowsecurity from pg_class where relname = ?")
                    .param(table).query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) }).single();
            assertThat(flags).as(table).containsExactly(true, true);
        }
    }
}
