package io.athgrid.maas.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Map<String, String> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read(String key) {
        reads.incrementAndGet();
        return Optional.ofNullable(database.get(key));
    }

    private RecentReads<String, String> reads(Duration refreshAfter, Duration expireAfter) {
        return new RecentReads<>(this::read, refreshAfter, expireAfter, nanos::get);
    }

    @Test
    void a_recent_value_is_answered_without_reading_again() {
        RecentReads<String, String> recent = reads(Duration.ofMillis(500), Duration.ofSeconds(10));
        database.put("m", "v1");

        assertThat(recent.get("m")).contains("v1");
        database.put("m", "v2");
        nanos.addAndGet(Duration.ofMillis(400).toNanos());

        assertThat(recent.get("m")).contains("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_value_older_than_the_refresh_time_is_read_again_and_the_change_shows() throws Exception {
        RecentReads<String, String> recent = reads(Duration.ofMillis(500), Duration.ofSeconds(10));
        database.put("m", "v1");
        recent.get("m");
        database.put("m", "v2");
        nanos.addAndGet(Duration.ofMillis(600).toNanos());

        recent.get("m"); // answers what it has and reads again in the background
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (recent.get("m").filter("v2"::equals).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(recent.get("m")).contains("v2");
    }

    @Test
    void an_entry_unused_past_its_expiry_is_read_before_it_is_answered() {
        RecentReads<String, String> recent = reads(Duration.ofMillis(500), Duration.ofSeconds(10));
        database.put("m", "v1");
        recent.get("m");
        database.put("m", "v2");
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());

        assertThat(recent.get("m")).contains("v2");
    }

    @Test
    void absent_values_are_not_kept_so_a_new_one_shows_at_the_next_call() {
        RecentReads<String, String> recent = reads(Duration.ofMillis(500), Duration.ofSeconds(10));

        assertThat(recent.get("m")).isEmpty();
        database.put("m", "v1");

        assertThat(recent.get("m")).contains("v1");
    }

    @Test
    void a_zero_refresh_time_reads_every_time() {
        RecentReads<String, String> recent = reads(Duration.ZERO, Duration.ZERO);
        database.put("m", "v1");
        recent.get("m");
        database.put("m", "v2");

        assertThat(recent.get("m")).contains("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_expiry_shorter_than_the_refresh_time_is_refused() {
        assertThatThrownBy(() -> reads(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
