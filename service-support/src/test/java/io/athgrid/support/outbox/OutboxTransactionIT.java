package io.athgrid.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.testapp.AccountOpened;
import io.athgrid.support.testapp.AccountService;
import io.athgrid.support.testapp.SupportIntegrationTest;
import io.athgrid.support.testing.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

@SupportIntegrationTest
class OutboxTransactionIT {

    @Autowired
    AccountService accounts;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void a_committed_change_and_its_event_are_both_kept_and_the_event_reaches_kafka() {
        UUID accountId = accounts.open("alice-" + UUID.randomUUID(), false);

        assertThat(countAccounts(accountId)).isEqualTo(1);
        UUID eventId = jdbc.sql("select event_id from outbox_event where event_key = ?")
                .param(accountId.toString())
                .query(UUID.class)
                .single();
        try (TopicReader reader = new TopicReader(bootstrapServers, AccountOpened.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    seen -> seen.stream().anyMatch(r -> eventId.toString().equals(TopicReader.header(r, "eventId"))),
                    Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = records.stream()
                    .filter(r -> eventId.toString().equals(TopicReader.header(r, "eventId")))
                    .findFirst()
                    .orElseThrow();
            assertThat(record.key()).isEqualTo(accountId.toString());
            assertThat(TopicReader.header(record, "eventType")).isEqualTo("AccountOpened");
            assertThat(record.value()).contains("\"eventId\":\"" + eventId + "\"").contains(accountId.toString());
        }
        assertThat(jdbc.sql("select published_at is not null from outbox_event where event_id = ?")
                .param(eventId).query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_change_rolled_back_takes_its_event_with_it() {
        String owner = "bob-" + UUID.randomUUID();

        assertThatThrownBy(() -> accounts.open(owner, true)).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select count(*) from account where owner = ?").param(owner).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbox_event where envelope like ?")
                .param("%" + owner + "%").query(Long.class).single()).isZero();
    }

    @Test
    void an_event_cannot_be_recorded_outside_a_transaction() {
        assertThatThrownBy(() -> outbox.publish(new AccountOpened(UUID.randomUUID(), "nobody")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private long countAccounts(UUID id) {
        return jdbc.sql("select count(*) from account where id = ?").param(id).query(Long.class).single();
    }
}
