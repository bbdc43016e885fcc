package io.athgrid.bench.jobs;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.Topics;
import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.events.v1.EventCatalogV1;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Capacity for the orders, announced on {@code athgrid.containers} exactly as container-registry
 * announces it: {@code ContainerRegistered}, then {@code ContainerStatusChanged} to STANDBY. Every
 * container is an 8 x H100 SXM host in us-east offering the ordered service, at prices spread
 * below the orders' budget so the ranking has something to rank.
 */
final class ContainerFeed {

    static final String SERVICE = "vllm";
    private static final int OWNERS = 100;

    private final String bootstrapServers;
    private final EventJson json = new EventJson(EventCatalogV1.CATALOG);

    ContainerFeed(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void publishStandby(int containers) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            for (int i = 0; i < containers; i++) {
                String id = UUID.randomUUID().toString();
                String owner = "0x" + String.format("%040x", i % OWNERS + 1);
                Instant registeredAt = Instant.now();
                // 1.50 .. 2.49 USD per GPU-hour, in whole cents.
                BigDecimal price = BigDecimal.valueOf(150 + i % 100, 2);
                send(producer, new ContainerRegistered(id, owner, "0x" + "ab".repeat(32), "0x" + "cd".repeat(20),
                        new ContainerSpecs("H100_SXM", 8, 80, 32, 256, 2000, 10_000, List.of(SERVICE)), "us-east",
                        new BigDecimal("40.71"), new BigDecimal("-74.00"), "https://" + id + ".example.net",
                        price, BigInteger.TEN.pow(21), "CHECKING", registeredAt));
                send(producer, new ContainerStatusChanged(id, owner, "CHECKING", "STANDBY", "STAKE_SUFFICIENT",
                        registeredAt.plusMillis(1)));
            }
            producer.flush();
        }
    }

    private void send(KafkaProducer<String, String> producer, PlatformEvent event) {
        EventEnvelope<PlatformEvent> envelope = EventEnvelope.wrap(event, Instant.now(), "bench-jobs",
                EventCatalogV1.CATALOG);
        producer.send(new ProducerRecord<>(Topics.CONTAINERS, envelope.key(), json.write(envelope)));
    }
}
