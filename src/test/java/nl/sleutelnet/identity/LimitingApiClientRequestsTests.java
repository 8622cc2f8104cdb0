package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The per-client token bucket of {@link ApiClientRateLimit}, on a clock of the test's own. */
class LimitingApiClientRequestsTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ApiClientRateLimit limit = new ApiClientRateLimit(now::get);

    @Test
    void a_client_makes_its_limit_at_once_and_then_waits_for_the_bucket_to_refill() {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take(client, 60)).as("request " + (i + 1)).isZero();
        }
        assertThat(limit.take(client, 60)).as("one a second refills").isEqualTo(1);
        now.addAndGet(999_000_000L);
        assertThat(limit.take(client, 60)).isEqualTo(1);
        now.addAndGet(1_000_000L);
        assertThat(limit.take(client, 60)).isZero();
        assertThat(limit.take(client, 60)).isEqualTo(1);
    }

    @Test
    void the_wait_is_rounded_up_to_whole_seconds_and_the_bucket_never_holds_more_than_a_minute() {
        UUID client = UUID.randomUUID();
        assertThat(limit.take(client, 1)).isZero();
        assertThat(limit.take(client, 1)).isEqualTo(60);
        now.addAndGet(3_600_000_000_000L);
        assertThat(limit.take(client, 1)).isZero();
        assertThat(limit.take(client, 1)).as("an hour idle gives one request, not sixty").isEqualTo(60);
    }

    @Test
    void each_client_has_a_bucket_of_its_own() {
        UUID busy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        assertThat(limit.take(busy, 1)).isZero();
        assertThat(limit.take(busy, 1)).isPositive();
        assertThat(limit.take(quiet, 1)).isZero();
    }
}
