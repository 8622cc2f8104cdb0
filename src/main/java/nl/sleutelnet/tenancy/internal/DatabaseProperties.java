package nl.sleutelnet.tenancy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. {@code embedded=true} (the default run and the tests) starts a real
 * PostgreSQL 17 inside the application; an empty data directory means a throw-away one.
 */
@ConfigurationProperties("sleutelnet.database")
record DatabaseProperties(boolean embedded, String dataDirectory, int port, String appRole, int poolSize) {

    DatabaseProperties {
        if (appRole == null || !appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("sleutelnet.database.app-role must be a plain PostgreSQL role name");
        }
        if (poolSize < 1) {
            poolSize = 16;
        }
    }
}
