package io.athgrid.gateway.routing;

import io.athgrid.gateway.problem.ProblemWriter;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 404 for the services' actuator endpoints other than health, to anyone, before
 * authentication: they are not part of the public API at all.
 */
@Component
class HiddenActuatorFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;

    HiddenActuatorFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> segments = exchange.getRequest().getPath().pathWithinApplication().elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(element -> ((PathContainer.PathSegment) element).valueToMatch())
                .toList();
        if (ServiceActuatorPaths.isHidden(segments)) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, "No such resource");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // After the request id, before Spring Security (-100).
        return -200;
    }
}
