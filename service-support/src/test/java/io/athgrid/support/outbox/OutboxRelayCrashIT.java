package io.athgrid.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.ServiceProperties;
import io.athgrid.support.testapp.AccountOpened;
import io.athgrid.support.testapp.AccountService;
import io.athgrid.support.testapp.SupportIntegrationTest;
import io.athgrid.support.testing.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A relay killed with SIGKILL in the middle of a batch loses nothing: the next relay delivers it all. */
@SupportIntegrationTest
@TestPropertySource(properties = "athgrid.outbox.relay-enabled=false")
class OutboxRelayCrashIT {

    private static final int EVENTS = 30;

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ServiceProperties service;
    @Autowired
    KafkaProperties kafka;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_relay_killed_mid_batch_and_restarted_delivers_every_event() throws Exception {
        Set<UUID> accountIds = IntStream.range(0, EVENTS)
                .mapToObj(i -> accounts.open("crash-" + i, false))
                .collect(Collectors.toSet());
        Set<String> eventIds = Set.copyOf(jdbc.sql("select event_id::text from outbox_event where published_at is null")
                .query(String.class).list());
        assertThat(eventIds).hasSize(EVENTS);
        String bootstrap = environment.getRequiredProperty("spring.kafka.bootstrap-servers");

        try (TopicReader reader = new TopicReader(bootstrap, AccountOpened.TOPIC)) {
            Process relay = startRelayProcess(bootstrap);
            List<ConsumerRecord<String, String>> beforeKill =
                    reader.readUntil(seen -> ours(seen, eventIds).size() >= 5, Duration.ofSeconds(60));
            relay.destroyForcibly().waitFor();

            assertThat(ours(beforeKill, eventIds)).as("the killed relay sent part of its batch").hasSizeBetween(5, EVENTS - 1);
            assertThat(unpublished()).as("nothing was marked published by the killed relay").isEqualTo(EVENTS);

            OutboxRelay restarted = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager),
                    OutboxAutoConfiguration.producer(kafka, OutboxProperties.defaults(), service),
                    OutboxProperties.defaults(), Clock.systemUTC(), new SimpleMeterRegistry());
            assertThat(restarted.relayOnce()).isEqualTo(EVENTS);
            restarted.close();

            List<ConsumerRecord<String, String>> all =
                    reader.readUntil(seen -> ours(seen, eventIds).size() == EVENTS, Duration.ofSeconds(30));
            assertThat(ours(all, eventIds)).isEqualTo(eventIds);
            assertThat(all.stream().filter(r -> eventIds.contains(TopicReader.header(r, "eventId"))).count())
                    .as("what was sent before the kill is sent again: at least once, never lost")
                    .isGreaterThan(EVENTS);
        }
        assertThat(unpublished()).isZero();
        assertThat(accountIds).hasSize(EVENTS);
    }

    private Process startRelayProcess(String bootstrap) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                OutboxRelayProcess.class.getName(),
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""),
                service.schema(), bootstrap, Integer.toString(EVENTS))
                .inheritIO()
                .start();
    }

    private long unpublished() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    private static Set<String> ours(List<ConsumerRecord<String, String>> records, Set<String> eventIds) {
        return records.stream()
                .map(r -> TopicReader.header(r, "eventId"))
                .filter(eventIds::contains)
                .collect(Collectors.toSet());
    }
}
