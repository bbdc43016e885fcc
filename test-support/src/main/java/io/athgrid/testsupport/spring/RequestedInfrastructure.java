package io.athgrid.testsupport.spring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Collects every {@link RealInfrastructure} that applies to a test class. */
final class RequestedInfrastructure {

    private RequestedInfrastructure() {
    }

    static Set<Infra> of(Class<?> testClass) {
        Set<Infra> requested = EnumSet.noneOf(Infra.class);
        for (Class<?> type = testClass; type != null; type = enclosingSearched(type)) {
            MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
                    .stream(RealInfrastructure.class)
                    .forEach(found -> requested.addAll(Arrays.asList(found.getEnumArray("value", Infra.class))));
        }
        return requested;
    }

    private static Class<?> enclosingSearched(Class<?> type) {
        return TestContextAnnotationUtils.searchEnclosingClass(type) ? type.getEnclosingClass() : null;
    }
}
