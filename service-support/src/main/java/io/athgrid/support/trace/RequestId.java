package io.athgrid.support.trace;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id that follows one call through the gateway, the services and the events it causes. It
 * lives in the logging context (MDC), so it appears in every structured log line.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestId() {
    }

    /** The request id of the current thread, or a new one for work no request started. */
    public static String currentOrNew() {
        String current = MDC.get(MDC_KEY);
        return current != null ? current : UUID.randomUUID().toString();
    }

    /** A client-supplied id when it is safe to log and forward, otherwise a new one. */
    public static String acceptOrNew(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
