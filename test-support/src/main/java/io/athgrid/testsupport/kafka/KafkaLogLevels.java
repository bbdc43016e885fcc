package io.athgrid.testsupport.kafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Turns Kafka's INFO chatter down to WARN when logback is the logging backend and nobody chose a
 * level for those loggers. Spring Boot resets logback whenever an application starts, so call this
 * again after that (the Spring test integration does, for each context that asks for KAFKA).
 */
public final class KafkaLogLevels {

    private static final String[] KAFKA_LOGGERS = {"org.apache.kafka", "kafka", "state.change.logger"};

    private KafkaLogLevels() {
    }

    public static void quiet() {
        if (logbackPresent()) {
            Logback.warnUnlessSet();
        }
    }

    private static boolean logbackPresent() {
        try {
            Class.forName("ch.qos.logback.classic.LoggerContext", false, KafkaLogLevels.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Loaded only when logback is on the classpath (it is an optional dependency). */
    private static final class Logback {

        static void warnUnlessSet() {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                for (String name : KAFKA_LOGGERS) {
                    Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(Level.WARN);
                    }
                }
            }
        }
    }
}
