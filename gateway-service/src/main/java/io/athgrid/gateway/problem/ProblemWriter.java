package io.athgrid.gateway.problem;

import io.athgrid.gateway.requestid.RequestIdWebFilter;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes an error response in the shape the path calls for (see {@link ErrorBodies}). */
@Component
public class ProblemWriter {

    private final JsonMapper mapper;

    public ProblemWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, status, detail, List.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail,
            List<FieldError> errors) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        String path = exchange.getRequest().getPath().value();
        boolean openAi = ErrorBodies.speaksOpenAi(path);
        Map<String, Object> body = openAi
                ? ErrorBodies.openAi(status, detail)
                : ErrorBodies.problem(status, detail, path, RequestIdWebFilter.requestIdOf(exchange), errors);
        response.setStatusCode(status);
        response.getHeaders().setContentType(openAi ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = mapper.writeValueAsBytes(body);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
