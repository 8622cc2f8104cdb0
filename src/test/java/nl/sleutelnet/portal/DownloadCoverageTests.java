package nl.sleutelnet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.privacy.PersonalDataContributor;

/**
 * The download of "all my data" is complete: every table that holds rows about a key figure
 * (a {@code key_figure_id} column) is listed here with the download section that carries it,
 * and that section exists. A module that adds such a table adds a
 * {@link PersonalDataContributor} and a line here.
 */
@SleutelnetTest
class DownloadCoverageTests {

    /** Table → the section of the download that holds its rows. */
    static final Map<String, String> SECTION_OF_TABLE = Map.ofEntries(
            Map.entry("key_figure_area", MyData.REGISTER_SECTION),
            Map.entry("key_figure_network_kind", MyData.REGISTER_SECTION),
            Map.entry("key_figure_share", MyData.REGISTER_SECTION),
            Map.entry("key_figure_event", MyData.REGISTER_SECTION),
            Map.entry("portal_invitation", "portaal"),
            Map.entry("correction_request", "portaal"),
            Map.entry("data_subject_request", "portaal"),
            Map.entry("affiliation", "organisaties"),
            Map.entry("contact_moment", "contactmomenten"),
            Map.entry("contact_moment_participant", "contactmomenten"),
            Map.entry("follow_up_action", "contactmomenten"),
            Map.entry("agreement", "afspraken"),
            Map.entry("reciprocity_item", "wederkerigheid"),
            Map.entry("concern", "zorgmeldingen"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<PersonalDataContributor> contributors;

    @Test
    void every_table_about_a_key_figure_has_a_section_in_the_download() {
        List<String> tables = jdbc.sql("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and c.column_name = 'key_figure_id' and t.table_type = 'BASE TABLE'
                  and c.table_name <> 'account'
                order by 1""").query(String.class).list();
        assertThat(tables).contains("portal_invitation");
        assertThat(tables).as("tables about key figures without a download section (add a PersonalDataContributor "
                + "and list the table in DownloadCoverageTests)").allSatisfy(t -> assertThat(SECTION_OF_TABLE).containsKey(t));

        Set<String> sections = new HashSet<>();
        contributors.orderedStream().forEach(c -> sections.add(c.section()));
        sections.add(MyData.REGISTER_SECTION); // made by MyData itself when the register contributes none
        assertThat(sections).containsAll(SECTION_OF_TABLE.values());
    }
}
