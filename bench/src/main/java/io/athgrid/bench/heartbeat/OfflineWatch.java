package io.athgrid.bench.heartbeat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.Topics;
import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.events.v1.EventCatalogV1;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches {@code athgrid.containers} for {@code ContainerStatusChanged}, as any consumer of the
 * platform would learn of it: when each container went OFFLINE, and how many are OFFLINE now.
 */
final class OfflineWatch implements AutoCloseable {

    private final Map<String, List<Instant>> wentOffline = new ConcurrentHashMap<>();
    private final Map<String, String> latestStatus = new ConcurrentHashMap<>();
    private final EventJson json = new EventJson(EventCatalogV1.CATALOG);
    private final Thread poller;
    private volatile boolean running = true;

    OfflineWatch(String bootstrapServers) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings);
        consumer.subscribe(List.of(Topics.CONTAINERS));
        poller = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        json.read(record.value()).ifPresent(this::remember);
                    }
                }
            }
        }, "bench-offline-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void remember(EventEnvelope<PlatformEvent> envelope) {
        if (envelope.payload() instanceof ContainerStatusChanged changed) {
            latestStatus.put(changed.containerId(), changed.status());
        }
        if (envelope.payload() instanceof ContainerStatusChanged changed && changed.status().equals("OFFLINE")) {
            wentOffline.computeIfAbsent(changed.containerId(), id -> new CopyOnWriteArrayList<>())
                    .add(changed.changedAt());
        }
    }

    /** How many containers are OFFLINE as far as the events tell. */
    long offlineNow() {
        return latestStatus.values().stream().filter("OFFLINE"::equals).count();
    }

    /** When the container first went OFFLINE after {@code since}, or null if it has not (yet). */
    Instant wentOfflineAfter(String containerId, Instant since) {
        return wentOffline.getOrDefault(containerId, List.of()).stream()
                .filter(at -> at.isAfter(since))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }
}
