package io.athgrid.support.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relay in a process of its own, so a test can kill it with SIGKILL in the middle of a batch.
 * Arguments: jdbcUrl user password schema bootstrapServers batchSize.
 */
public final class OutboxRelayProcess {

    public static void main(String[] args) throws InterruptedException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        dataSource.setSchema(args[3]);
        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[4]);
        producer.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, SlowSendInterceptor.class.getName());
        OutboxProperties properties = new OutboxProperties(true, null, Integer.parseInt(args[5]), null, null);
        producer.putAll(OutboxProducerSettings.settings(properties));
        OutboxRelay relay = new OutboxRelay(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer()),
                properties, Clock.systemUTC(), new SimpleMeterRegistry());
        relay.start();
        System.out.println("relay started");
        Thread.currentThread().join();
    }

    private OutboxRelayProcess() {
    }
}
