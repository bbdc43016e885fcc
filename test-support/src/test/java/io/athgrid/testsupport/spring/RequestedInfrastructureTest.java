package io.athgrid.testsupport.spring;

import static io.athgrid.testsupport.spring.Infra.ANVIL;
import static io.athgrid.testsupport.spring.Infra.KAFKA;
import static io.athgrid.testsupport.spring.Infra.POSTGRES;
import static io.athgrid.testsupport.spring.Infra.REDIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestedInfrastructureTest {

    @Retention(RetentionPolicy.RUNTIME)
    @RealInfrastructure({POSTGRES, KAFKA})
    @interface ServiceIT {
    }

    @RealInfrastructure(POSTGRES)
    static class DirectlyAnnotated {
    }

    static class Subclass extends DirectlyAnnotated {
    }

    @ServiceIT
    @RealInfrastructure(ANVIL)
    static class MetaAndDirect {
    }

    static class NotAnnotated {
    }

    @RealInfrastructure(REDIS)
    class Enclosing {
        class Inner {
        }
    }

    @Test
    void readsTheAnnotationOnTheClassAndItsSubclasses() {
        assertThat(RequestedInfrastructure.of(DirectlyAnnotated.class)).containsExactly(POSTGRES);
        assertThat(RequestedInfrastructure.of(Subclass.class)).containsExactly(POSTGRES);
    }

    @Test
    void combinesMetaAnnotationsWithDirectOnes() {
        assertThat(RequestedInfrastructure.of(MetaAndDirect.class)).containsExactlyInAnyOrder(POSTGRES, KAFKA, ANVIL);
    }

    @Test
    void innerTestClassesInheritFromTheirEnclosingClass() {
        assertThat(RequestedInfrastructure.of(Enclosing.Inner.class)).containsExactly(REDIS);
    }

    @Test
    void nothingWhenNotAnnotated() {
        assertThat(RequestedInfrastructure.of(NotAnnotated.class)).isEmpty();
    }

    @Nested
    class NestedTests {
        @Test
        void aNestedClassWithoutItsOwnAnnotationGetsNothingFromAnUnannotatedParent() {
            assertThat(RequestedInfrastructure.of(NestedTests.class)).isEmpty();
        }
    }
}
