package nl.sleutelnet.identity.web;

import java.util.EnumSet;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

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
     * The store the session filter uses: one read of the session per request, and a write only
     * when something changed or the stored last access is a minute old.
     */
    @Bean
    static BeanPostProcessor requestScopedSessionStore() {
        // Wrapped rather than declared next to it: Boot configures the JDBC store only while no
        // other session repository is declared.
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new RequestScopedSessionStore(store) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> requestScopeOfSessions() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(RequestScopedSessionStore.scope());
        registration.setName("requestScopeOfSessions");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
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
