package io.athgrid.maas.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An engine's base URI as a node agent reports it, e.g. {@code http://203.0.113.7:8000}: absolute http or
 * https with a host, without user info (no credentials stored or shown), query or fragment. Requests go to
 * absolute paths below it ({@code /v1/chat/completions}, {@code /health}), so a path it carries is ignored.
 */
public final class EngineEndpoints {

    /** What the replica's endpoint column holds. */
    public static final int MAX_LENGTH = 512;

    private EngineEndpoints() {
    }

    /** What is wrong with {@code text} as an engine endpoint, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("is required");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URI: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of("must be an absolute http or https URI, e.g. http://203.0.113.7:8000");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must name a host (and port), without user info");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("must have no query or fragment");
        }
        return Optional.empty();
    }

    /** The endpoint {@code text} names; throws {@link IllegalArgumentException} saying what is wrong. */
    public static URI parse(String text) {
        problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException("endpoint " + problem);
        });
        return URI.create(text);
    }
}
