package io.athgrid.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox events to Kafka, oldest first, and marks them published in the same
 * transaction that read them. A crash between sending and marking resends the batch after restart:
 * delivery is at least once, and consumers drop duplicates by event id. One relay per schema works
 * at a time (a PostgreSQL advisory lock), so replicas do not reorder events.
 */
public class OutboxRelay implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Producer<String, String> producer;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;
    private Instant nextCleanup = Instant.MIN;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, Producer<String, String> producer,
            OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("athgrid.outbox.published").register(meters);
        this.failures = Counter.builder("athgrid.outbox.relay.failures").register(meters);
        Gauge.builder("athgrid.outbox.oldest.unpublished.age", this, OutboxRelay::oldestUnpublishedAgeSeconds)
                .baseUnit("seconds")
                .register(meters);
    }

    /** Sends one batch and marks it published; returns how many events it published. */
    public int relayOnce() {
        Integer count = transaction.execute(status -> {
            if (!lockRelay()) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                            select id, topic, event_key, event_id, event_type, event_version, envelope
                            from outbox_event where published_at is null order by id limit ?""")
                    .param(properties.batchSize())
                    .query(PendingEvent.class)
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            awaitAcknowledgements(send(batch));
            jdbc.sql("update outbox_event set published_at = ? where id = any(?)")
                    .params(Timestamp.from(clock.instant()), batch.stream().map(PendingEvent::id).toArray(Long[]::new))
                    .update();
            return batch.size();
        });
        published.increment(count);
        return count;
    }

    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private boolean lockRelay() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_relay'))")
                .query(Boolean.class)
                .single());
    }

    private List<Future<RecordMetadata>> send(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(event.topic(), event.eventKey(), event.envelope());
            record.headers()
                    .add("eventId", event.eventId().toString().getBytes(StandardCharsets.UTF_8))
                    .add("eventType", event.eventType().getBytes(StandardCharsets.UTF_8))
                    .add("eventVersion", Integer.toString(event.eventVersion()).getBytes(StandardCharsets.UTF_8));
            acknowledgements.add(producer.send(record));
        }
        return acknowledgements;
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> acknowledgements) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        try {
            for (Future<RecordMetadata> ack : acknowledgements) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxRelayException("Kafka did not acknowledge the batch; it stays unpublished", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxRelayException("interrupted while waiting for Kafka", e);
        }
    }

    private void loop() {
        while (running) {
            boolean fullBatch = false;
            try {
                fullBatch = relayOnce() == properties.batchSize();
                cleanUpWhenDue();
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay failed; retrying in {}", properties.pollInterval(), e);
            }
            if (!fullBatch) {
                awaitWakeUp();
            }
        }
    }

    private void awaitWakeUp() {
        try {
            wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void cleanUpWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        int deleted = jdbc.sql("delete from outbox_event where published_at < ?")
                .param(Timestamp.from(now.minus(properties.retention())))
                .update();
        log.debug("Outbox cleanup removed {} published events", deleted);
        nextCleanup = now.plus(CLEANUP_EVERY);
    }

    private double oldestUnpublishedAgeSeconds() {
        return jdbc.sql("select min(occurred_at) from outbox_event where published_at is null")
                .query((rows, number) -> rows.getTimestamp(1))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(oldest -> (double) Duration.between(oldest.toInstant(), clock.instant()).toSeconds())
                .orElse(0.0);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stopping may be followed by a restart (a paused context); closing is final. */
    @Override
    public void close() {
        stop();
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    record PendingEvent(long id, String topic, String eventKey, UUID eventId, String eventType,
            int eventVersion, String envelope) {
    }
}
