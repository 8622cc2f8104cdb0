package nl.sleutelnet.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Sessions in PostgreSQL, and the web filters around them. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Concurrent first requests of one session (a page and its htmx calls) each create the
     * CSRF token attribute; a plain insert lets all but one fail on the primary key.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                insert into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                values (?, ?, ?)
                on conflict (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) do update set ATTRIBUTE_BYTES = excluded.ATTRIBUTE_BYTES""");
    }

    /**
     * Every request touches its session, and the store would write the session row each time
     * just to move its last access forward. The row is written only when something else
     * changed or the stored last access is a minute old or more: an idle session then ends
     * up to a minute before the idle timeout, never after it. The store ignores the number of
     * rows updated. The parameters keep the store's order (id, last access, interval, expiry,
     * principal, primary key).
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeLastAccessAtMostEveryMinute() {
        return repository -> repository.setUpdateSessionQuery("""
                update %TABLE_NAME% s set SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                    PRINCIPAL_NAME = v.principal_name
                from (select cast(? as char(36)) as session_id, cast(? as bigint) as last_access_time,
                        cast(? as int) as max_inactive_interval, cast(? as bigint) as expiry_time,
                        cast(? as varchar(100)) as principal_name, cast(? as char(36)) as primary_id) v
                where s.PRIMARY_ID = v.primary_id
                  and (s.SESSION_ID <> v.session_id or s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                       or s.PRINCIPAL_NAME is distinct from v.principal_name
                       or v.last_access_time - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_RESOLUTION_MILLIS + ")");
    }

    /** How far the stored last access of a session may lag behind the real one. */
    static final long LAST_ACCESS_RESOLUTION_MILLIS = 60_000;

    /**
     * No content-hashed resource URLs are used, and the filter would resolve every link on
     * every page against the class path (see bench/README.md, finding 1): switched off.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
