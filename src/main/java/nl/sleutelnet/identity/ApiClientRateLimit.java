package nl.sleutelnet.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;

/**
 * The request limit of each API client, as a token bucket per client that holds a minute's worth
 * of requests and refills continuously. Kept in memory and so counted per application instance:
 * behind a load balancer with n instances a client may make up to n times its limit (ADR 0028,
 * docs/operations.md). A bucket exists only for a client that authenticated.
 */
@Component
class ApiClientRateLimit {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    ApiClientRateLimit() {
        this(System::nanoTime);
    }

    ApiClientRateLimit(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's bucket: 0 when it may go ahead, else the seconds to wait. */
    long take(UUID client, int perMinute) {
        Bucket bucket = buckets.compute(client, (id, b) -> b == null || b.perMinute != perMinute
                ? new Bucket(perMinute, nanoTime.getAsLong()) : b);
        return bucket.take(nanoTime.getAsLong());
    }

    private static final class Bucket {

        private final int perMinute;
        /** Tokens times a minute in nanoseconds, so that refilling needs no fractions. */
        private long scaled;
        private long at;

        Bucket(int perMinute, long now) {
            this.perMinute = perMinute;
            this.scaled = (long) perMinute * MINUTE_NANOS;
            this.at = now;
        }

        synchronized long take(long now) {
            long capacity = (long) perMinute * MINUTE_NANOS;
            long elapsed = Math.max(0, now - at);
            at = now;
            // elapsed nanoseconds give perMinute tokens per minute: elapsed * perMinute scaled units
            scaled = elapsed >= MINUTE_NANOS ? capacity : Math.min(capacity, scaled + elapsed * perMinute);
            if (scaled >= MINUTE_NANOS) {
                scaled -= MINUTE_NANOS;
                return 0;
            }
            long missing = MINUTE_NANOS - scaled;
            long waitNanos = (missing + perMinute - 1) / perMinute;
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
