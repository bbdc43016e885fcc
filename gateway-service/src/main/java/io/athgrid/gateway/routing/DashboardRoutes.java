package io.athgrid.gateway.routing;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The provider dashboard is a static page on the classpath ({@code static/dashboard/}, from the
 * dashboard module); the gateway sends visitors of {@code /} and {@code /dashboard} to it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

    private static final URI DASHBOARD = URI.create("/dashboard/");
    private static final ClassPathResource INDEX = new ClassPathResource("static/dashboard/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboard() {
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(DASHBOARD).build())
                .GET("/dashboard", request -> ServerResponse.temporaryRedirect(DASHBOARD).build())
                .GET("/dashboard/", request -> INDEX.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(INDEX)
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "The dashboard is not installed")))
                .build();
    }
}
