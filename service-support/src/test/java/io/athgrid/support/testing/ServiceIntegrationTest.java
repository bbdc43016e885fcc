package io.athgrid.support.testing;

import io.athgrid.testsupport.spring.Infra;
import io.athgrid.testsupport.spring.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A service on a random port with a fresh PostgreSQL database, a real Kafka broker and a test
 * internal-token secret. The test names the service's configuration with
 * {@code @TestPropertySource(properties = "spring.config.name=<service>")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure({Infra.POSTGRES, Infra.KAFKA})
@TestPropertySource(properties = "athgrid.identity.internal-token.secret=" + ServiceIntegrationTest.TEST_SECRET)
public @interface ServiceIntegrationTest {

    String TEST_SECRET = "test-internal-token-secret-0123456789abcdef";
}
