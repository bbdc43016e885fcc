package io.athgrid.testsupport.spring;

import static io.athgrid.testsupport.spring.Infra.ANVIL;
import static io.athgrid.testsupport.spring.Infra.KAFKA;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.testsupport.anvil.AnvilNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** A test's own @TestPropertySource and @DynamicPropertySource values beat the infrastructure's. */
@SpringJUnitConfig(PropertyPrecedenceIT.Empty.class)
@RealInfrastructure({KAFKA, ANVIL})
@TestPropertySource(properties = "athgrid.chain.chain-id=42161")
class PropertyPrecedenceIT {

    @Configuration
    static class Empty {
    }

    @DynamicPropertySource
    static void dynamic(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "chosen-by-the-test:9092");
    }

    @Autowired
    Environment environment;

    @Test
    void explicitTestPropertiesOverrideTheInfrastructure() {
        assertThat(environment.getProperty("athgrid.chain.chain-id")).isEqualTo("42161");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("chosen-by-the-test:9092");
        assertThat(environment.getProperty("athgrid.chain.rpc-url")).isEqualTo(AnvilNode.shared().rpcUrl());
    }
}
