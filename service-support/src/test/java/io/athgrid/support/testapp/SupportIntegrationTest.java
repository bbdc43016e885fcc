package io.athgrid.support.testapp;

import io.athgrid.testsupport.spring.Infra;
import io.athgrid.testsupport.spring.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The test service on a random port with a fresh database and a real Kafka broker. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=support-test")
@RealInfrastructure({Infra.POSTGRES, Infra.KAFKA})
public @interface SupportIntegrationTest {
}
