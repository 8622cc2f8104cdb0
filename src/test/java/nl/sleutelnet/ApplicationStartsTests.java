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
        // Other tests add regions and municipalities (the platform administrator's screens): count the demo region's own.
        assertThat(jdbc.sql("select count(*) from municipality where region_id = ? and cbs_code in ('GM9901', 'GM9902', 'GM9903')")
                .param(nl.sleutelnet.tenancy.DemoTenants.REGION.value()).query(Long.class).single()).isEqualTo(3);
    }
}
