package io.athgrid.testsupport.spring;

import io.athgrid.testsupport.kafka.KafkaLogLevels;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points one application context at real infrastructure. Equal for equal {@link Infra} sets, so
 * Spring's context cache shares a context (and its database) between test classes that ask for
 * the same things.
 */
record RealInfrastructureContextCustomizer(Set<Infra> infrastructure) implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "athgrid real infrastructure";
    private static final List<String> TEST_PROPERTY_SOURCES = List.of(
            "Dynamic Test Properties", TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);

    RealInfrastructureContextCustomizer {
        infrastructure = Set.copyOf(infrastructure);
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        Map<String, Object> connections = InfrastructureProperties.connect(infrastructure, databasePrefix(config));
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        addBelowTestProperties(sources, new MapPropertySource(PROPERTY_SOURCE, connections));
        if (infrastructure.contains(Infra.KAFKA)) {
            // Spring Boot has just reset logback for this context; keep the broker's INFO out of it.
            KafkaLogLevels.quiet();
        }
    }

    /**
     * Above application.yml and the environment, so a service's own datasource settings do not
     * reach a developer's database; below a test's explicit @TestPropertySource and
     * @DynamicPropertySource values, which are the test author's last word.
     */
    private static void addBelowTestProperties(MutablePropertySources sources, MapPropertySource source) {
        String lowestTestSource = null;
        for (String name : TEST_PROPERTY_SOURCES) {
            if (sources.contains(name) && (lowestTestSource == null
                    || sources.precedenceOf(sources.get(name)) > sources.precedenceOf(sources.get(lowestTestSource)))) {
                lowestTestSource = name;
            }
        }
        if (lowestTestSource == null) {
            sources.addFirst(source);
        } else {
            sources.addAfter(lowestTestSource, source);
        }
    }

    private static String databasePrefix(MergedContextConfiguration config) {
        return config.getTestClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    }
}
