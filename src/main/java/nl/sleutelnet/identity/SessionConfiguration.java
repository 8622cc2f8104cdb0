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
