package io.athgrid.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.Topics;
import io.athgrid.support.testapp.AccountOpened;
import io.athgrid.support.testapp.AccountOpenedRecorder;
import io.athgrid.support.testapp.AccountService;
import io.athgrid.support.testapp.SupportIntegrationTest;
import io.athgrid.support.testapp.SupportTestApplication;
import io.athgrid.support.testing.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@SupportIntegrationTest
class IdempotentConsumerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    AccountService accounts;
    @Autowired
    AccountOpenedRecorder recorder;
    @Autowired
    EventJson json;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void a_redelivered_event_is_applied_once() throws Exception {
        UUID accountId = accounts.open("dup-" + UUID.randomUUID(), false);
        await().atMost(PATIENCE).until(() -> seen(accountId) == 1);
        String envelope = jdbc.sql("select envelope from outbox_event where event_key = ?")
                .param(accountId.toString()).query(String.class).single();

        send(accountId.toString(), envelope);
        send(accountId.toString(), envelope);
        // A later event on the same partition proves the consumer has passed both duplicates.
        UUID sentinel = UUID.randomUUID();
        send(accountId.toString(), json.write(EventEnvelope.wrap(new AccountOpened(sentinel, "sentinel"),
                Instant.now(), "sentinel", SupportTestApplication.CATALOG)));
        await().atMost(PATIENCE).until(() -> seen(sentinel) == 1);

        assertThat(seen(accountId)).isEqualTo(1);
    }

    @Test
    void a_failing_handler_is_retried_and_its_failed_attempts_leave_no_trace() {
        UUID accountId = accounts.open("flaky-2", false);

        await().atMost(PATIENCE).until(() -> recorder.attempts("flaky-2") == 3);
        await().atMost(PATIENCE).until(() -> seen(accountId) == 1);
        assertThat(seen(accountId)).isEqualTo(1);
    }

    @Test
    void a_record_that_is_no_event_goes_to_the_dead_letter_topic() throws Exception {
        String garbage = "not an envelope " + UUID.randomUUID();
        send("garbage", garbage);

        try (TopicReader deadLetters = new TopicReader(bootstrapServers, Topics.deadLetter(AccountOpened.TOPIC))) {
            assertThat(deadLetters.readUntil(seen -> seen.stream().anyMatch(r -> garbage.equals(r.value())), PATIENCE))
                    .anyMatch(r -> garbage.equals(r.value()));
        }
    }

    private void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(AccountOpened.TOPIC, key, value)).get();
    }

    private long seen(UUID accountId) {
        return jdbc.sql("select count(*) from account_opened_seen where account_id = ?")
                .param(accountId).query(Long.class).single();
    }
}
