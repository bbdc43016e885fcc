package io.athgrid.maas.openai;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every failure of a /v1 request in OpenAI's shape, whether a controller threw or no handler
 * was found; other paths fall through to the service's problem+json advice. A resolver rather than
 * a controller advice because advice is chosen by controller, not by path.
 */
public class OpenAiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(OpenAiExceptionResolver.class);

    private final OpenAiErrorWriter writer;

    public OpenAiExceptionResolver(OpenAiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!OpenAiPaths.speaksOpenAi(request) || response.isCommitted()) {
            return null;
        }
        OpenAiFailure answer = OpenAiErrors.of(failure, request.getMethod(), request.getRequestURI());
        if (answer.status().is5xxServerError()) {
            log.error("Request failed", failure);
        }
        try {
            writer.write(response, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Right after Boot's error attributes (which only record the failure), before Spring MVC's own resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
