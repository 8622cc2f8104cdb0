package nl.sleutelnet.registerimport.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload to the import form larger than the server's multipart limit would fail while the
 * servlet container parses the body, before security or a controller can answer, with the
 * container's own English 413 page. This filter, ahead of security, answers it as the form
 * page with the Dutch "file too large" message instead (status 413): it passes the request on
 * as a plain GET of the form without a body or parameters, marked with {@link #TOO_LARGE};
 * the body is never read (the container closes the connection after the answer). Files between the import's limit and the multipart limit reach the controller, which
 * refuses them with the same message.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class TooLargeUploads extends OncePerRequestFilter {

    /** Request attribute: the upload was over the multipart limit. */
    static final String TOO_LARGE = TooLargeUploads.class.getName() + ".tooLarge";

    private final long limit;

    TooLargeUploads(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || !ImportController.UPLOAD.equals(request.getServletPath())
                || contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(TOO_LARGE, Boolean.TRUE);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public long getContentLengthLong() {
                return 0;
            }

            @Override
            public int getContentLength() {
                return 0;
            }

            // Asking the container for a parameter would make it parse the body after all.
            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }
}
