package io.athgrid.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** The two secrets the gateway refuses to start without, for tests only. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {
        "athgrid.identity.internal-token.secret=" + GatewayTestSecrets.INTERNAL,
        "athgrid.gateway.session-token.secret=" + GatewayTestSecrets.SESSION})
public @interface GatewayTestSecrets {

    String INTERNAL = "internal-secret-for-integration-tests-0123";
    String SESSION = "session-secret-for-integration-tests-0123";
}
