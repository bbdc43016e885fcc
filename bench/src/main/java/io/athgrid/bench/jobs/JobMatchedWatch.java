package io.athgrid.bench.jobs;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.Topics;
import io.athgrid.events.v1.EventCatalogV1;
import io.athgrid.events.v1.JobMatched;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code athgrid.jobs} as any consumer of the platform would and notes, per job, the moment
 * its {@code JobMatched} arrived. Jobs are traced from either side: by this watch or by the load
 * that submitted them.
 */
final class JobMatchedWatch implements AutoCloseable {

    private final ConcurrentHashMap<String, JobTrace> traces;
    private final Consumer<JobTrace> whenComplete;
    private final EventJson json = new EventJson(EventCatalogV1.CATALOG);
    private final Thread poller;
    private volatile boolean running = true;
    private volatile boolean assigned;

    JobMatchedWatch(String bootstrapServers, ConcurrentHashMap<String, JobTrace> traces,
            Consumer<JobTrace> whenComplete) {
        this.traces = traces;
        this.whenComplete = whenComplete;
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-jobs-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings);
        consumer.subscribe(List.of(Topics.JOBS));
        poller = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        long seen = System.nanoTime();
                        // Cheap test first: most events on the topic are of other types.
                        if (record.value().contains("\"JobMatched\"")) {
                            json.read(record.value()).ifPresent(envelope -> note(envelope, seen));
                        }
                    }
                    assigned = assigned || !consumer.assignment().isEmpty();
                }
            }
        }, "bench-jobs-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void note(EventEnvelope<PlatformEvent> envelope, long seen) {
        if (envelope.payload() instanceof JobMatched matched
                && traces.computeIfAbsent(matched.jobId(), id -> new JobTrace()).matched(seen)) {
            whenComplete.accept(traces.get(matched.jobId()));
        }
    }

    /** Waits until the consumer has its partitions: only events after that are seen. */
    void awaitAssignment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!assigned) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer of " + Topics.JOBS + " got no partitions");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
