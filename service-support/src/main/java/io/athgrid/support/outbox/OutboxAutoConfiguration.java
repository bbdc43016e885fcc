package io.athgrid.support.outbox;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventJson;
import io.athgrid.support.ServiceProperties;
import io.athgrid.support.ServiceSupportAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox for services with a database, and its relay to Kafka. */
@AutoConfiguration(after = {ServiceSupportAutoConfiguration.class, DataSourceAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(DataSource dataSource, EventCatalog catalog, EventJson json, Clock clock,
            ObjectProvider<OutboxRelay> relay) {
        return new Outbox(JdbcClient.create(dataSource), catalog, json, clock,
                () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "athgrid.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
            KafkaProperties kafka, OutboxProperties properties, ServiceProperties service, Clock clock,
            MeterRegistry meters) {
        return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                producer(kafka, properties, service), properties, clock, meters);
    }

    static Producer<String, String> producer(KafkaProperties kafka, OutboxProperties outbox, ServiceProperties service) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.putAll(OutboxProducerSettings.settings(outbox));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + service.name());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
