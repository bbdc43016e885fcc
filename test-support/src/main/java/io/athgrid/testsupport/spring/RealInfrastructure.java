package io.athgrid.testsupport.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test class real infrastructure: the application context's Environment gets the
 * connection properties before it is refreshed (see {@link Infra} for which). Works on the test
 * class, a superclass, an enclosing class of a {@code @Nested} test, or as a meta-annotation; all
 * the annotations found are combined.
 *
 * <pre>{@code
 * @SpringBootTest
 * @RealInfrastructure({Infra.POSTGRES, Infra.KAFKA})
 * class EpochSettlementIT { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    Infra[] value();
}
