package nl.sleutelnet.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariDataSource;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A connection handed out again for the tenant it is bound to is not bound again, and a connection
 * never carries another tenant than the one it was asked for — with the real pool and PostgreSQL.
 */
@SleutelnetTest
class BindingConnectionsToTheTenantTests {

    @Autowired
    TenantBoundDataSource application;

    @Test
    void a_connection_is_bound_again_only_when_the_tenant_changes() throws Exception {
        AtomicInteger binds = new AtomicInteger();
        try (HikariDataSource pool = poolOfOne()) {
            TenantBoundDataSource dataSource = new TenantBoundDataSource(countingBinds(pool, binds));
            assertThat(settingAs(dataSource, DemoTenants.MAASOEVER)).isEqualTo(DemoTenants.MAASOEVER.toString());
            assertThat(settingAs(dataSource, DemoTenants.MAASOEVER)).isEqualTo(DemoTenants.MAASOEVER.toString());
            assertThat(binds).as("the second checkout for the same tenant").hasValue(1);
            assertThat(settingAs(dataSource, DemoTenants.WAALBERGEN)).isEqualTo(DemoTenants.WAALBERGEN.toString());
            assertThat(settingAs(dataSource, null)).isEmpty();
            assertThat(settingAs(dataSource, DemoTenants.MAASOEVER)).isEqualTo(DemoTenants.MAASOEVER.toString());
            assertThat(binds).as("every change of tenant binds").hasValue(4);

            // A connection that leaves in a transaction is bound every time (and not remembered).
            try (Connection connection = CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            })) {
                connection.setAutoCommit(false);
            }
            assertThat(binds).hasValue(5);
        }
    }

    @Test
    void under_concurrent_use_every_connection_carries_the_tenant_it_was_asked_for() throws Exception {
        List<MunicipalityId> tenants = new ArrayList<>(DemoTenants.MUNICIPALITIES);
        tenants.add(null);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                Random random = new Random(t);
                results.add(threads.submit((Callable<Integer>) () -> {
                    int checked = 0;
                    for (int i = 0; i < 150; i++) {
                        MunicipalityId tenant = tenants.get(random.nextInt(tenants.size()));
                        assertThat(settingAs(application, tenant)).isEqualTo(tenant == null ? "" : tenant.toString());
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(150);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String settingAs(DataSource dataSource, MunicipalityId tenant) throws Exception {
        Callable<String> read = () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select current_setting('sleutelnet.municipality_id', true)")) {
                rs.next();
                return rs.getString(1);
            }
        };
        return tenant == null ? read.call() : CurrentTenant.callAs(tenant, () -> {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private HikariDataSource poolOfOne() throws SQLException {
        HikariDataSource app = application.unbound().unwrap(HikariDataSource.class);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(app.getJdbcUrl());
        pool.setUsername(app.getUsername());
        pool.setPassword(app.getPassword());
        pool.setMaximumPoolSize(1);
        return pool;
    }

    /** The pool, with the binding statements counted; everything else (unwrap included) goes to the pool's connection. */
    private static DataSource countingBinds(DataSource pool, AtomicInteger binds) {
        return new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection real = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                        (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement") && ((String) args[0]).contains("set_config")) {
                                binds.incrementAndGet();
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
