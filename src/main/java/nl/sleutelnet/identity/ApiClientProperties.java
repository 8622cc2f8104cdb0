package nl.sleutelnet.identity;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API clients (ADR 0028): the longest an administrator may let a client live ({@code maxLifetime},
 * counted from the day it is made), the request limit a new client gets unless the administrator
 * sets another ({@code defaultRequestsPerMinute}) and the highest limit that may be set. The limit
 * is counted per client and per application instance.
 */
@ConfigurationProperties("sleutelnet.api-clients")
public record ApiClientProperties(Period maxLifetime, int defaultRequestsPerMinute, int maxRequestsPerMinute) {

    public ApiClientProperties {
        if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
            maxLifetime = Period.ofYears(1);
        }
        if (maxRequestsPerMinute < 1) {
            maxRequestsPerMinute = 6000;
        }
        if (defaultRequestsPerMinute < 1 || defaultRequestsPerMinute > maxRequestsPerMinute) {
            defaultRequestsPerMinute = Math.min(300, maxRequestsPerMinute);
        }
    }
}
