package nl.sleutelnet.tenancy.internal;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Binds every connection it hands out to the current tenant (or to none), so that the
 * row-level security policies see {@code sleutelnet.municipality_id}. A transaction holds
 * one connection, so this is the tenant of the whole transaction.
 */
final class TenantBoundDataSource extends DelegatingDataSource implements Closeable {

    private static final String BIND = "select set_config('sleutelnet.municipality_id', ?, false)";

    /**
     * Resolving the tenant may load the security context from the session store, which
     * itself needs a connection (the store has a pool of its own; this guard keeps any other
     * nested use bound to no tenant instead of recursing). The tenant is resolved before a
     * connection is taken: holding one while the session store waited for another deadlocked
     * the pool under load (every request holding one, waiting for a second), and a timeout
     * there leaked the held connection for good.
     */
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

    TenantBoundDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        String tenant = currentTenant();
        return bind(super.getConnection(), tenant);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        String tenant = currentTenant();
        return bind(super.getConnection(username, password), tenant);
    }

    private static Connection bind(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String currentTenant() {
        if (RESOLVING.get() != null) {
            return "";
        }
        RESOLVING.set(Boolean.TRUE);
        try {
            return CurrentTenant.municipality().map(MunicipalityId::toString).orElse("");
        } finally {
            RESOLVING.remove();
        }
    }

    /** The pool itself: connections bound to no particular tenant, for tables without row-level security. */
    DataSource unbound() {
        return obtainTargetDataSource();
    }

    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
