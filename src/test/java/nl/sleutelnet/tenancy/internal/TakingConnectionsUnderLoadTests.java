package nl.sleutelnet.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.TenantMember;

/**
 * Resolving the tenant can need a connection of its own (the security context is loaded from the
 * session store on first use). The tenant-binding data source must never hold a connection while
 * that happens: with every pooled connection held by a request waiting for a second one, the pool
 * deadlocked under load, and the timeout leaked the held connections for good.
 */
class TakingConnectionsUnderLoadTests {

    private final MunicipalityId municipality = new MunicipalityId(UUID.randomUUID());
    private final AtomicInteger outstanding = new AtomicInteger();
    private final List<String> bound = new ArrayList<>();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTenantIsResolvedBeforeAConnectionIsTakenSoAPoolOfOneSuffices() throws Exception {
        TenantBoundDataSource dataSource = new TenantBoundDataSource(poolOfOne());
        SecurityContextHolder.setDeferredContext(() -> {
            try (Connection sessionStore = dataSource.getConnection()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                TenantMember member = () -> Optional.of(municipality);
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
                return context;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        try (Connection connection = dataSource.getConnection()) {
            assertThat(outstanding).hasValue(1);
        }
        assertThat(outstanding).as("every connection went back").hasValue(0);
        assertThat(bound).as("the session store's connection has no tenant, the request's has")
                .containsExactly("", municipality.toString());
    }

    @Test
    void withoutASignedInUserTheConnectionIsBoundToNoTenant() throws Exception {
        TenantBoundDataSource dataSource = new TenantBoundDataSource(poolOfOne());
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection).isNotNull();
        }
        assertThat(bound).containsExactly("");
        assertThat(outstanding).hasValue(0);
    }

    /** A pool that has one connection: asking for a second while the first is out fails at once. */
    private DataSource poolOfOne() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (outstanding.get() >= 1) {
                        throw new SQLException("pool exhausted: a connection is held while another is asked for");
                    }
                    outstanding.incrementAndGet();
                    return connection();
                });
    }

    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        outstanding.decrementAndGet();
                        yield null;
                    }
                    case "prepareStatement" -> statement();
                    case "isWrapperFor" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private PreparedStatement statement() {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "setString" -> {
                        bound.add((String) args[1]);
                        yield null;
                    }
                    case "execute" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
