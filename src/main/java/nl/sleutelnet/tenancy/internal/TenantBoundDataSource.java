package nl.sleutelnet.tenancy.internal;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Binds every connection it hands out to the current tenant (or to none), so that the
 * row-level security policies see {@code sleutelnet.municipality_id}. A transaction holds
 * one connection, so this is the tenant of the whole transaction.
 * <p>
 * The setting is the session's and only this class sets it, so a pooled connection handed out
 * again for the same tenant is not bound again: a key-figure page takes a connection per module's
 * read, and half its statements were this binding. What a physical connection was last bound to is
 * remembered only for a binding that committed at once (autocommit, as every connection leaves the
 * pool); a connection this class cannot identify is bound every time.
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

    /** The tenant each physical connection was last bound to; weak, so that a retired connection drops out. */
    private final Map<PGConnection, String> boundTo = Collections.synchronizedMap(new WeakHashMap<>());

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

    private Connection bind(Connection connection, String tenant) throws SQLException {
        try {
            PGConnection physical = connection.isWrapperFor(PGConnection.class) && connection.getAutoCommit()
                    ? connection.unwrap(PGConnection.class) : null;
            if (physical != null && tenant.equals(boundTo.get(physical))) {
                return connection;
            }
            if (physical != null) {
                boundTo.remove(physical);
            }
            try (PreparedStatement statement = connection.prepareStatement(BIND)) {
                statement.setString(1, tenant);
                statement.execute();
            }
            if (physical != null) {
                boundTo.put(physical, tenant);
            }
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
