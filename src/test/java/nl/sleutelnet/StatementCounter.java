package nl.sleutelnet;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts the JDBC statements executed on behalf of one HTTP request, on every data source of
 * the application (the tenant-bound one, the session store's, which shares its pool, and any
 * other). Part of the one test context ({@link SleutelnetTest}); it records only requests that
 * carry the {@link #HEADER} header, on the thread that serves them (from before the session is
 * loaded until after it is saved), so other tests and background jobs are not affected.
 */
public final class StatementCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A request with this header (any unique value) has its statements recorded under that value. */
    public static final String HEADER = "X-Test-Count-Statements";

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final Map<String, CompletableFuture<List<String>>> RESULTS = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new CountingDataSources());
        FilterRegistrationBean<OncePerRequestFilter> filter = new FilterRegistrationBean<>(new RecordingFilter());
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        filter.setName("statementCounter");
        context.getBeanFactory().registerSingleton("statementCounterFilter", filter);
    }

    /** A new key to send in {@link #HEADER}; {@link #statements(String)} then waits for what it ran. */
    public static String expect() {
        String key = UUID.randomUUID().toString();
        RESULTS.put(key, new CompletableFuture<>());
        return key;
    }

    /** The statements (SQL text) of the request sent with this key, in the order they ran. */
    public static List<String> statements(String key) throws Exception {
        try {
            return RESULTS.get(key).get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            RESULTS.remove(key);
        }
    }

    private static void record(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "));
        }
    }

    private static final class RecordingFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String key = request.getHeader(HEADER);
            CompletableFuture<List<String>> result = key == null ? null : RESULTS.get(key);
            if (result == null) {
                chain.doFilter(request, response);
                return;
            }
            List<String> recording = new ArrayList<>();
            RECORDING.set(recording);
            try {
                chain.doFilter(request, response);
            } finally {
                RECORDING.remove();
                result.complete(List.copyOf(recording));
            }
        }
    }

    /**
     * Data sources that delegate (the tenant-bound one) get a counting target, so their own
     * type and the session store's view of the same pool stay as they are; any other data source
     * bean is wrapped as a whole.
     */
    private static final class CountingDataSources implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DelegatingDataSource delegating) {
                DataSource target = delegating.getTargetDataSource();
                if (target != null && !counting(target)) {
                    delegating.setTargetDataSource(wrap(target, DataSource.class, null));
                }
                return bean;
            }
            if (bean instanceof DataSource dataSource && !counting(dataSource)) {
                return wrap(dataSource, DataSource.class, null);
            }
            return bean;
        }
    }

    private static boolean counting(Object object) {
        return Proxy.isProxyClass(object.getClass()) && Proxy.getInvocationHandler(object) instanceof Counting;
    }

    /** A counting proxy with every public interface of the target (so unwrap and casts keep working). */
    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type, String preparedSql) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        interfaces.add(type);
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                collect(i, interfaces);
            }
        }
        return (T) Proxy.newProxyInstance(target.getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
                new Counting(target, preparedSql));
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        if (java.lang.reflect.Modifier.isPublic(type.getModifiers()) && into.add(type)) {
            for (Class<?> parent : type.getInterfaces()) {
                collect(parent, into);
            }
        }
    }

    /** Wraps connections and statements; counts each execute and executeBatch of a statement. */
    private record Counting(Object target, String preparedSql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Statement && name.startsWith("execute")) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                        : name.equals("executeBatch") ? "batch: " + preparedSql : preparedSql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (name.equals("unwrap")) {
                return result; // the object asked for itself: identity matters (TenantBoundDataSource)
            }
            if (result instanceof Connection connection && !counting(connection)) {
                return wrap(connection, Connection.class, null);
            }
            if (result instanceof Statement statement && target instanceof Connection && !counting(statement)) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return wrap(statement, Statement.class, sql);
            }
            return result;
        }
    }
}
