package io.athgrid.testsupport.spring;

import io.athgrid.testsupport.redis.RedisServer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Registered in META-INF/spring.factories: turns {@link RealInfrastructure} on a test class into
 * a {@link RealInfrastructureContextCustomizer}.
 */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    private final Supplier<Optional<RedisServer>> redis;

    public RealInfrastructureContextCustomizerFactory() {
        this(RedisServer::find);
    }

    RealInfrastructureContextCustomizerFactory(Supplier<Optional<RedisServer>> redis) {
        this.redis = redis;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        Set<Infra> requested = RequestedInfrastructure.of(testClass);
        if (requested.isEmpty()) {
            return null;
        }
        // Checked here, while the test class is being prepared, so JUnit reports an abort
        // rather than a failure to load the context.
        if (requested.contains(Infra.REDIS) && redis.get().isEmpty()) {
            throw MissingRedis.abort();
        }
        return new RealInfrastructureContextCustomizer(requested);
    }
}
