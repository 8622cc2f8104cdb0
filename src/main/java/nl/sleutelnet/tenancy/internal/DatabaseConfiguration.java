package nl.sleutelnet.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application's data sources. The application itself connects as an ordinary role
 * (never a superuser, which would bypass row-level security); migrations run as the owner.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * Every statement is planned for its actual parameters. The driver prepares a statement on
     * the server after five uses, and PostgreSQL then switches to a generic plan when that looks
     * no dearer on average; with municipalities from 80 to 4,500 key figures and dates as
     * parameters, the generic plans read whole indexes: the start page's overdue count took 7.5 ms
     * instead of 0.4, the coordination page 70 instead of 5 (bench/README.md).
     */
    static final String CONNECTION_SETUP = "set plan_cache_mode = force_custom_plan";

    /**
     * Health checks the application's pool only; the migration data source (unpooled, owner)
     * would open a new database connection on every health request.
     */
    @Bean
    DataSourceHealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource, "select 1");
    }

    /**
     * The session store reads and writes only the {@code spring_session} tables, which have no
     * row-level security, and it is asked for the session while the tenant is being resolved
     * from that very session. Through the tenant-bound data source every request loaded its
     * session twice (the second load nested in resolving the tenant for the first). The store
     * has a small pool of its own (ADR 0024): its connections are bound to no tenant, its
     * statements (primary-key lookups) keep the plan PostgreSQL chose once instead of being
     * planned on every request, and a request that holds one of the application's connections
     * never waits for the store.
     */
    @Bean(destroyMethod = "close")
    @SpringSessionDataSource
    DataSource sessionDataSource(TenantBoundDataSource dataSource) throws SQLException {
        HikariConfig config = new HikariConfig();
        dataSource.unbound().unwrap(HikariDataSource.class).copyStateTo(config);
        config.setPoolName("sleutelnet-sessions");
        config.setMaximumPoolSize(SESSION_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionInitSql(null);
        return new HikariDataSource(config);
    }

    /** A request uses the session store twice at most, each time for a statement or two. */
    static final int SESSION_POOL_SIZE = 4;

    @Bean
    TransactionOperations springSessionTransactionOperations(@SpringSessionDataSource DataSource sessionDataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(sessionDataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** The application's own template, which Boot leaves out once the session store has one. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Local database for the default run and the tests; production sets embedded=false. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sleutelnet.database.embedded", havingValue = "true")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
            // Stopped by this bean's close, after everything that still needs the database at
            // shutdown (the event publication registry looks for unfinished publications); the
            // library's own JVM hook would stop it in parallel, and the shutdown then waited 30 s.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPort(properties.port())
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("timezone", "UTC");
            String directory = properties.dataDirectory();
            if (directory != null && !directory.isBlank()) {
                Path path = Path.of(directory).toAbsolutePath();
                Files.createDirectories(path);
                builder.setDataDirectory(path).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                    directory == null || directory.isBlank() ? "a temporary directory" : directory);
            return postgres;
        }

        /** Migrations run as the owner of the schema. */
        @Bean
        @FlywayDataSource
        DataSource flywayDataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }

        @Bean(destroyMethod = "close")
        @Primary
        TenantBoundDataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) throws SQLException {
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                String role = properties.appRole();
                statement.execute("""
                        do $$ begin
                          if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s login nosuperuser nobypassrls;
                          end if;
                        end $$""".formatted(role));
                statement.execute("alter role " + role + " password '" + password + "'");
            }
            HikariDataSource pool = new HikariDataSource();
            pool.setPoolName("sleutelnet");
            pool.setJdbcUrl(postgres.getJdbcUrl(properties.appRole(), "postgres"));
            pool.setUsername(properties.appRole());
            pool.setPassword(password);
            pool.setMaximumPoolSize(properties.poolSize());
            pool.setConnectionInitSql(CONNECTION_SETUP);
            return new TenantBoundDataSource(pool);
        }
    }

    /** An external PostgreSQL from {@code spring.datasource.*} (SPRING_DATASOURCE_URL). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sleutelnet.database.embedded", havingValue = "false")
    static class External {

        @Bean(destroyMethod = "close")
        @Primary
        TenantBoundDataSource dataSource(DataSourceProperties dataSource, DatabaseProperties properties) {
            if (dataSource.getUrl() == null || dataSource.getUrl().isBlank()) {
                throw new IllegalStateException(
                        "No database configured: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
            }
            HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            pool.setPoolName("sleutelnet");
            pool.setMaximumPoolSize(properties.poolSize());
            pool.setConnectionInitSql(CONNECTION_SETUP);
            return new TenantBoundDataSource(pool);
        }

        /**
         * Migrations may run as the schema owner (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD)
         * while the application connects as an ordinary role.
         */
        @Bean
        @FlywayDataSource
        @ConditionalOnProperty(name = "spring.flyway.user")
        DataSource flywayDataSource(DataSourceProperties dataSource, Environment environment) {
            SimpleDriverDataSource owner = new SimpleDriverDataSource();
            owner.setDriverClass(org.postgresql.Driver.class);
            owner.setUrl(environment.getProperty("spring.flyway.url", dataSource.getUrl()));
            owner.setUsername(environment.getProperty("spring.flyway.user"));
            owner.setPassword(environment.getProperty("spring.flyway.password"));
            return owner;
        }

        @Bean
        SmartInitializingSingleton refuseRoleThatBypassesRowLevelSecurity(DataSource dataSource) {
            return () -> {
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery(
                                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        throw new IllegalStateException("The database user may bypass row-level security (superuser "
                                + "or BYPASSRLS). Connect the application with an ordinary role; see docs/operations.md");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
                }
            };
        }
    }
}
