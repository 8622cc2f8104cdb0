package nl.sleutelnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SleutelnetTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoRegionWithThreeMunicipalities() {
        assertThat(jdbc.sql("select count(*) from municipality").query(Long.class).single()).isEqualTo(3);
    }
}
