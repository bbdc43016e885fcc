package io.athgrid.testsupport.spring;

import static io.athgrid.testsupport.spring.Infra.KAFKA;
import static io.athgrid.testsupport.spring.Infra.POSTGRES;
import static io.athgrid.testsupport.spring.Infra.REDIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

class RealInfrastructureContextCustomizerFactoryTest {

    private final RealInfrastructureContextCustomizerFactory factory =
            new RealInfrastructureContextCustomizerFactory(Optional::empty);

    @RealInfrastructure({POSTGRES, KAFKA})
    static class PostgresAndKafka {
    }

    @RealInfrastructure({KAFKA, POSTGRES})
    static class KafkaAndPostgres {
    }

    @RealInfrastructure(POSTGRES)
    static class PostgresOnly {
    }

    @RealInfrastructure(REDIS)
    static class NeedsRedis {
    }

    static class Plain {
    }

    @Test
    void customizersForTheSameInfrastructureAreEqualSoContextsAreCached() {
        ContextCustomizer one = factory.createContextCustomizer(PostgresAndKafka.class, List.of());
        ContextCustomizer other = factory.createContextCustomizer(KafkaAndPostgres.class, List.of());

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(factory.createContextCustomizer(PostgresOnly.class, List.of()));
    }

    @Test
    void noCustomizerForTestsThatDoNotAsk() {
        assertThat(factory.createContextCustomizer(Plain.class, List.of())).isNull();
    }

    @Test
    void aTestNeedingRedisIsAbortedWhenThereIsNone() {
        assertThatThrownBy(() -> factory.createContextCustomizer(NeedsRedis.class, List.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("needs Redis")
                .hasMessageContaining("redis-server");
    }

    @Test
    void isRegisteredForTheSpringTestContextFramework() {
        assertThat(SpringFactoriesLoader.loadFactories(ContextCustomizerFactory.class, getClass().getClassLoader()))
                .hasAtLeastOneElementOfType(RealInfrastructureContextCustomizerFactory.class);
    }
}
