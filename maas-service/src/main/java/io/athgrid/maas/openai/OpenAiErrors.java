package io.athgrid.maas.openai;

import io.athgrid.maas.catalog.ModelNotFoundException;
import io.athgrid.maas.inference.EngineUnreachableException;
import io.athgrid.maas.inference.ModelNotReadyException;
import io.athgrid.support.trace.RequestId;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps what went wrong on a /v1 request to OpenAI's error: {@code invalid_request_error} for the
 * caller's mistakes (400, 401, 403, 404 ...), {@code server_error} for ours, with the codes the
 * gateway uses ({@code invalid_api_key}, {@code permission_denied}, {@code not_found}) and
 * {@code model_not_found} for an unknown model, as OpenAI answers.
 */
public final class OpenAiErrors {

    private OpenAiErrors() {
    }

    public static OpenAiFailure of(Throwable failure, String method, String path) {
        if (failure instanceof ModelNotFoundException missing) {
            return new OpenAiFailure(HttpStatus.NOT_FOUND,
                    new OpenAiError(missing.getMessage(), OpenAiError.INVALID_REQUEST, "model", "model_not_found"));
        }
        if (failure instanceof ModelNotReadyException notReady) {
            return new OpenAiFailure(HttpStatus.SERVICE_UNAVAILABLE,
                    new OpenAiError(notReady.getMessage(), OpenAiError.SERVER_ERROR, "model", "model_not_ready"));
        }
        if (failure instanceof EngineUnreachableException unreachable) {
            return new OpenAiFailure(HttpStatus.SERVICE_UNAVAILABLE,
                    new OpenAiError(unreachable.getMessage(), OpenAiError.SERVER_ERROR, null, "engine_unavailable"));
        }
        if (failure instanceof InvalidRequestException invalid) {
            return invalid(invalid.getMessage(), invalid.errors());
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return badRequest(missing.getParameterName() + " is required", missing.getParameterName());
        }
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            return badRequest(mismatch.getName() + " has an invalid value", mismatch.getName());
        }
        if (failure instanceof HttpMessageNotReadableException) {
            return badRequest("We could not parse the JSON body of your request", null);
        }
        if (failure instanceof MethodArgumentNotValidException invalid) {
            return invalid("The request is invalid", invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList());
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            return invalid("The request is invalid", invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                            result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                    .toList());
        }
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return clientError(HttpStatus.NOT_FOUND, "Invalid URL (" + method + " " + path + ")");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException unsupported) {
            return new OpenAiFailure(HttpStatus.METHOD_NOT_ALLOWED, unsupported.getHeaders(), error(
                    HttpStatus.METHOD_NOT_ALLOWED, "Invalid method for URL (" + method + " " + path + ")", null));
        }
        if (failure instanceof AccessDeniedException denied) {
            return clientError(HttpStatus.FORBIDDEN, denied.getMessage());
        }
        if (failure instanceof AuthenticationException) {
            return clientError(HttpStatus.UNAUTHORIZED, "Authentication is required");
        }
        if (failure instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
            String detail = response.getBody().getDetail();
            return new OpenAiFailure(response.getStatusCode(), response.getHeaders(),
                    error(response.getStatusCode(), detail != null ? detail : "The request cannot be served", null));
        }
        return serverError();
    }

    /** For failures we cannot explain to the caller: the request id leads to the log lines. */
    public static OpenAiFailure serverError() {
        String requestId = MDC.get(RequestId.MDC_KEY);
        return new OpenAiFailure(HttpStatus.INTERNAL_SERVER_ERROR, new OpenAiError(
                "The server had an error while processing your request"
                        + (requestId == null ? "" : "; quote request id " + requestId + " when reporting it"),
                OpenAiError.SERVER_ERROR, null, null));
    }

    public static OpenAiFailure clientError(HttpStatus status, String message) {
        return new OpenAiFailure(status, error(status, message, null));
    }

    private static OpenAiFailure badRequest(String message, String param) {
        return new OpenAiFailure(HttpStatus.BAD_REQUEST, error(HttpStatus.BAD_REQUEST, message, param));
    }

    /** One offending field: its own message; several: all of them, the first named as the param. */
    private static OpenAiFailure invalid(String message, List<FieldError> errors) {
        if (errors.isEmpty()) {
            return badRequest(message, null);
        }
        String text = errors.size() == 1 ? errors.get(0).message()
                : message + ": " + errors.stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; "));
        return badRequest(text, errors.get(0).field());
    }

    private static OpenAiError error(HttpStatusCode status, String message, String param) {
        String type = status.is5xxServerError() ? OpenAiError.SERVER_ERROR : OpenAiError.INVALID_REQUEST;
        return new OpenAiError(message, type, param, code(status));
    }

    private static String code(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> "invalid_api_key";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            default -> null;
        };
    }
}
