package io.athgrid.gateway.problem;

import io.athgrid.gateway.identity.siwe.InvalidSiweMessageException;
import io.athgrid.gateway.identity.siwe.SiweRejectedException;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import io.athgrid.support.web.ResourceNotFoundException;
import java.net.ConnectException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the top of the reactive stack, from the gateway's own controllers or from
 * proxying, leaves as problem+json (OpenAI-style under /v1). Runs before Boot's default handler.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;

    public ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof WebExchangeBindException invalid) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "The request is invalid",
                    invalid.getFieldErrors().stream()
                            .map(field -> new FieldError(field.getField(), field.getDefaultMessage()))
                            .toList());
        }
        if (error instanceof ServerWebInputException unreadable) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST,
                    unreadable.getReason() != null ? unreadable.getReason() : "The request cannot be read");
        }
        if (error instanceof InvalidRequestException invalid) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid.errors());
        }
        if (error instanceof InvalidSiweMessageException invalid) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "The message is not an EIP-4361 sign-in message",
                    List.of(new FieldError("message", invalid.getMessage())));
        }
        if (error instanceof SiweRejectedException rejected) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Sign-in rejected: " + rejected.getMessage());
        }
        if (error instanceof ResourceNotFoundException missing) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, missing.getMessage());
        }
        if (error instanceof AccessDeniedException denied) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, denied.getMessage());
        }
        if (error instanceof ErrorResponse response) {
            return problems.write(exchange, response.getStatusCode(), detail(response));
        }
        return unexpected(exchange, error);
    }

    private Mono<Void> unexpected(ServerWebExchange exchange, Throwable error) {
        if (causedBy(error, ConnectException.class)) {
            log.warn("Downstream service not reachable for {}: {}", exchange.getRequest().getPath(), error.toString());
            return problems.write(exchange, HttpStatus.BAD_GATEWAY, "The service behind this path is not reachable");
        }
        log.error("Request {} failed", exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed on our side; quote the requestId when reporting it");
    }

    private static String detail(ErrorResponse response) {
        String detail = response.getBody().getDetail();
        return detail != null ? detail : response.getBody().getTitle();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
