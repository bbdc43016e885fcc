package io.athgrid.agent.workload.simulated;

import com.sun.net.httpserver.HttpExchange;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.simulated.OpenAiJson.ResponseHeader;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Generates a request's answer and sends it, whole or as a stream, at the simulated GPU's pace. */
final class CompletionResponder {

    private static final System.Logger LOG = System.getLogger(CompletionResponder.class.getName());

    private final EngineTiming timing;
    private final TokenPacer pacer;
    private final ServedCounters counters;
    private final Clock clock;

    CompletionResponder(EngineTiming timing, TokenPacer pacer, ServedCounters counters, Clock clock) {
        this.timing = timing;
        this.pacer = pacer;
        this.counters = counters;
        this.clock = clock;
    }

    void respond(HttpExchange exchange, CompletionRequest request, long arrivalNanos) throws InterruptedException {
        Generation generation = TextGenerator.generate(request);
        Endpoint endpoint = request.endpoint();
        ResponseHeader header = new ResponseHeader(endpoint, endpoint.idPrefix + UUID.randomUUID().toString().replace("-", ""),
                clock.instant().getEpochSecond(), request.model());
        try {
            if (request.stream()) {
                stream(exchange, request, generation, header, arrivalNanos);
            } else {
                int last = generation.completionTokens() - 1;
                pacer.awaitToken(arrivalNanos, last, timing.tokenReadyAt(request.promptTokens(), last));
                Exchanges.sendJson(exchange, 200, OpenAiJson.completion(header, generation, request.promptTokens()));
            }
        } catch (IOException clientGone) {
            // The client (or the proxy in front of it) closed the connection: vLLM aborts the request too.
            counters.aborted();
            LOG.log(System.Logger.Level.DEBUG, "simulated engine: {0} aborted by the client: {1}", header.id(),
                    clientGone.getMessage());
            return;
        }
        counters.served(request, generation);
        LOG.log(System.Logger.Level.DEBUG, "simulated engine: {0} served, {1} prompt + {2} completion tokens, {3}",
                header.id(), request.promptTokens(), generation.completionTokens(), generation.finishReason().wireName);
    }

    private void stream(HttpExchange exchange, CompletionRequest request, Generation generation, ResponseHeader header,
            long arrivalNanos) throws IOException, InterruptedException {
        EventStream events = EventStream.open(exchange);
        List<String> tokens = generation.tokens();
        for (int index = 0; index < tokens.size(); index++) {
            pacer.awaitToken(arrivalNanos, index, timing.tokenReadyAt(request.promptTokens(), index));
            if (index == 0 && request.endpoint() == Endpoint.CHAT_COMPLETIONS) {
                // Like vLLM: the role arrives with the first token, once prefill is done.
                events.send(OpenAiJson.roleChunk(header));
            }
            events.send(OpenAiJson.tokenChunk(header, tokens.get(index)));
        }
        events.send(OpenAiJson.finishChunk(header, generation.finishReason()));
        if (request.includeUsage()) {
            events.send(OpenAiJson.usageChunk(header, request.promptTokens(), generation.completionTokens()));
        }
        events.done();
    }
}
