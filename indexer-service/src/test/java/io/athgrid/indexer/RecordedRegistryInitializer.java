package io.athgrid.indexer;

import io.athgrid.indexer.snapshot.RecordedRegistry;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the indexer at one recorded registry per test JVM (it lives as long as the JVM). */
public class RecordedRegistryInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final RecordedRegistry REGISTRY = new RecordedRegistry();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("recorded-registry",
                Map.of("athgrid.indexer.registry-url", REGISTRY.url().toString(),
                        "athgrid.indexer.snapshot.page-size", "2")));
    }
}
