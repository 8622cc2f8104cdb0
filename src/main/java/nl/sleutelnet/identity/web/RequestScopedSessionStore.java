package nl.sleutelnet.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * The session store as the session filter sees it (ADR 0024). Spring Session JDBC costs every
 * request two statements that change nothing:
 * <ul>
 * <li>Once a response is committed before the request ends (any page larger than the response
 * buffer), the filter saves the session, forgets it, and at the end looks it up in the
 * database again only to learn the id it was asked for (spring-session#1731). Within one
 * request ({@link #scope()}) a session is read from the database once; later lookups of the
 * same id get the same object.</li>
 * <li>Every request moves the session's last access forward, and the store then writes the
 * session row. Here the row is written only when something else changed or the stored last
 * access is {@link #LAST_ACCESS_RESOLUTION} old: an idle session ends up to that long before
 * the idle timeout, never after it.</li>
 * </ul>
 */
final class RequestScopedSessionStore
        implements FindByIndexNameSessionRepository<RequestScopedSessionStore.Tracked>, DisposableBean {

    /** How far the stored last access of a session may lag behind the real one. */
    static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

    private static final ThreadLocal<Map<String, Tracked>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    RequestScopedSessionStore(FindByIndexNameSessionRepository<? extends Session> store) {
        // The JDBC store's session type is not public; it gets back only sessions it made.
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    @Override
    public Tracked createSession() {
        Tracked session = new Tracked(store.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(Tracked session) {
        session.beforeSave();
        store.save(session.stored);
        Map<String, Tracked> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.values().removeIf(s -> s == session); // its id may have changed
            read.put(session.getId(), session);
        }
    }

    @Override
    public Tracked findById(String id) {
        Map<String, Tracked> read = READ_IN_THIS_REQUEST.get();
        Tracked known = read == null ? null : read.get(id);
        if (known != null) {
            return known.isExpired() ? null : known;
        }
        Session stored = store.findById(id);
        if (stored == null) {
            return null;
        }
        Tracked session = new Tracked(stored);
        if (read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Tracked> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked> found = new HashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new Tracked(s)));
        return found;
    }

    /** The JDBC store's clean-up of expired sessions stops with it. */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /**
     * The filter that opens the request's scope; it must run before (outside) Spring Session's
     * filter, so the scope covers the lookup at the end of the request too.
     */
    static Filter scope() {
        return RequestScopedSessionStore::withinScope;
    }

    private static void withinScope(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READ_IN_THIS_REQUEST.get() != null) { // a forward or include inside the request
            chain.doFilter(request, response);
            return;
        }
        READ_IN_THIS_REQUEST.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            READ_IN_THIS_REQUEST.remove();
        }
    }

    /** A session of the store that passes on a new last access only when it will be written. */
    static final class Tracked implements Session {

        private final Session stored;
        private Instant lastAccessed;
        private boolean changed;

        private Tracked(Session stored) {
            this.stored = stored;
            this.lastAccessed = stored.getLastAccessedTime();
        }

        private void beforeSave() {
            Instant storedLastAccess = stored.getLastAccessedTime();
            if (changed || lastAccessed.isBefore(storedLastAccess)
                    || !lastAccessed.isBefore(storedLastAccess.plus(LAST_ACCESS_RESOLUTION))) {
                stored.setLastAccessedTime(lastAccessed);
            }
            changed = false;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            lastAccessed = lastAccessedTime;
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed;
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            Duration interval = getMaxInactiveInterval();
            return !interval.isNegative() && !Instant.now().minus(interval).isBefore(lastAccessed);
        }
    }
}
