package io.athgrid.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @Test
    void sharedBrokerDeliversAProducedRecordToAConsumer() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String topic = "orders-" + UUID.randomUUID();

        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topic, "order-1", "created")).get();
        }

        assertThat(consumeAll(bootstrap, topic, 1))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(tuple("order-1", "created"));
        assertThat(KafkaBroker.shared()).isSameAs(KafkaBroker.shared());
    }

    @Test
    void autoCreatedTopicsGetTheConfiguredPartitionCount(@TempDir Path logDir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(logDir, 0, 3);
             KafkaProducer<String, String> producer = producer(broker.bootstrapServers());
             Admin admin = admin(broker.bootstrapServers())) {
            producer.send(new ProducerRecord<>("auto-created", "k", "v")).get();

            int partitions = admin.describeTopics(Set.of("auto-created")).allTopicNames().get()
                    .get("auto-created").partitions().size();
            assertThat(partitions).isEqualTo(3);
        }
    }

    @Test
    void aStoppedBrokerKeepsItsDataForTheNextOneOnTheSameDirectory(@TempDir Path logDir) throws Exception {
        int port;
        try (KafkaBroker first = KafkaBroker.start(logDir, 0)) {
            port = first.port();
            try (Admin admin = admin(first.bootstrapServers());
                 KafkaProducer<String, String> producer = producer(first.bootstrapServers())) {
                admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get();
                producer.send(new ProducerRecord<>("kept", "k", "before restart")).get();
            }
        }

        try (KafkaBroker second = KafkaBroker.start(logDir, port)) {
            assertThat(second.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(consumeAll(second.bootstrapServers(), "kept", 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("before restart");
        }
    }

    @Test
    void aClosedBrokerNoLongerAnswers(@TempDir Path logDir) throws Exception {
        KafkaBroker broker = KafkaBroker.start(logDir, 0);
        broker.close();

        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            assertThatThrownBy(() -> admin.describeCluster().clusterId().get())
                    .isInstanceOf(ExecutionException.class);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
