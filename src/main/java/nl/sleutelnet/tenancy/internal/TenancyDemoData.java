package nl.sleutelnet.tenancy.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.tenancy.DemoTenants;

/** The fictitious demo region with three fictitious municipalities (demo mode only). */
@Component
@Order(0)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class TenancyDemoData implements ApplicationRunner {

    private final JdbcClient jdbc;

    TenancyDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("insert into region (id, name) values (?, ?) on conflict do nothing")
                .params(DemoTenants.REGION.value(), "Regio Gelderland-Zuid (demo)").update();
        insert(DemoTenants.MAASOEVER, "Maasoever (demo)", "GM9901");
        insert(DemoTenants.WAALBERGEN, "Waalbergen (demo)", "GM9902");
        insert(DemoTenants.LINGEDONK, "Lingedonk (demo)", "GM9903");
    }

    private void insert(nl.sleutelnet.tenancy.MunicipalityId id, String name, String cbsCode) {
        jdbc.sql("insert into municipality (id, region_id, name, cbs_code) values (?, ?, ?, ?) on conflict do nothing")
                .params(id.value(), DemoTenants.REGION.value(), name, cbsCode).update();
    }
}
