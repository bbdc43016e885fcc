package io.athgrid.support.inbox;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventJson;
import io.athgrid.events.Topics;
import io.athgrid.support.ServiceSupportAutoConfiguration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribes the service to the topics of its {@link EventHandler} beans, with retries and a
 * dead-letter topic per source topic, so a failing event is never dropped silently.
 */
@AutoConfiguration(after = {ServiceSupportAutoConfiguration.class, DataSourceAutoConfiguration.class,
        TransactionAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(DataSource dataSource) {
        return new ProcessedEvents(JdbcClient.create(dataSource));
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    EventDispatcher eventDispatcher(EventJson json, ProcessedEvents processed,
            PlatformTransactionManager transactionManager, List<EventHandler<?>> handlers) {
        return new EventDispatcher(json, processed, new TransactionTemplate(transactionManager), handlers);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    ConcurrentMessageListenerContainer<String, String> eventListenerContainer(
            ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> deadLetters,
            EventDispatcher dispatcher, List<EventHandler<?>> handlers, EventCatalog catalog,
            InboxProperties properties) {
        String[] topics = handlers.stream()
                .map(handler -> catalog.describe(handler.eventType()).topic())
                .distinct()
                .toArray(String[]::new);
        ContainerProperties container = new ContainerProperties(topics);
        container.setAckMode(ContainerProperties.AckMode.RECORD);
        container.setMessageListener((MessageListener<String, String>) record -> dispatcher.dispatch(record.value()));
        ConcurrentMessageListenerContainer<String, String> listener =
                new ConcurrentMessageListenerContainer<>(consumers, container);
        listener.setConcurrency(properties.concurrency());
        listener.setCommonErrorHandler(errorHandler(deadLetters, properties));
        listener.setBeanName("athgrid-event-listener");
        return listener;
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> deadLetters, InboxProperties properties) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialBackOff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxBackOff().toMillis());
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
