package io.athgrid.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class KafkaLogLevelsTest {

    private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger kafka = logback.getLogger("kafka");
    private final Logger clients = logback.getLogger("org.apache.kafka");

    @AfterEach
    void restoreTheTestConfiguration() {
        kafka.setLevel(Level.WARN);
        clients.setLevel(Level.WARN);
    }

    @Test
    void unsetKafkaLoggersGoToWarn() {
        kafka.setLevel(null);

        KafkaLogLevels.quiet();

        assertThat(kafka.getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aLevelSomebodyChoseIsKept() {
        clients.setLevel(Level.DEBUG);

        KafkaLogLevels.quiet();

        assertThat(clients.getLevel()).isEqualTo(Level.DEBUG);
    }
}
