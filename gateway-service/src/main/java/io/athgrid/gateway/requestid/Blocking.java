package io.athgrid.gateway.requestid;

import io.athgrid.support.trace.RequestId;
import java.util.concurrent.Callable;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs blocking work (JPA, JDBC) off the event loop, with the request id in the MDC of the worker
 * thread, so its log lines and the outbox events it writes carry the id of the request.
 */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.deferContextual(context -> {
            String requestId = context.getOrDefault(RequestIdWebFilter.CONTEXT_KEY, null);
            return Mono.fromCallable(() -> {
                if (requestId == null) {
                    return work.call();
                }
                try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.MDC_KEY, requestId)) {
                    return work.call();
                }
            });
        }).subscribeOn(Schedulers.boundedElastic());
    }

    public static Mono<Void> run(Runnable work) {
        return call(() -> {
            work.run();
            return null;
        }).then();
    }
}
