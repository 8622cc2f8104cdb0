package nl.sleutelnet.shell;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.shared.ReadMemo;

/**
 * A GET or HEAD request reads; within it, rows that several sections of a page ask for are read
 * once ({@link ReadMemo}). Any other request reads everything afresh, so a read after a write
 * always sees the write.
 */
@Configuration(proxyBeanMethods = false)
class ReadMemoConfiguration {

    @Bean
    FilterRegistrationBean<Filter> readMemoOfReadingRequests() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, java.io.IOException {
                if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                try (ReadMemo.Scope scope = ReadMemo.open()) {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setName("readMemoOfReadingRequests");
        return registration;
    }
}
