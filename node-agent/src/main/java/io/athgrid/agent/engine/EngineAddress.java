package io.athgrid.agent.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where maas-service reaches an engine. A runtime answers with the engine's loopback endpoint
 * ({@code http://127.0.0.1:<port>}); a real host publishes that port on every interface, so the
 * platform reaches it at the host's own name or address. Simulated hosts run in the platform's
 * process (the local run), where the loopback endpoint is right as it is.
 *
 * @param host the name or address the platform reaches this host at; empty keeps the endpoint as started
 */
public record EngineAddress(Optional<String> host) {

    public EngineAddress {
        Objects.requireNonNull(host, "host");
        host.ifPresent(EngineAddress::requireHost);
    }

    /** The endpoint as the runtime started it, for engines on the platform's own machine. */
    public static EngineAddress asStarted() {
        return new EngineAddress(Optional.empty());
    }

    /**
     * The engine's port at this host name or address, e.g. {@code gpu-7.example.net}, {@code 203.0.113.7}
     * or {@code [2001:db8::7]}.
     */
    public static EngineAddress at(String host) {
        return new EngineAddress(Optional.of(host));
    }

    public URI of(URI started) {
        if (host.isEmpty()) {
            return started;
        }
        try {
            return new URI(started.getScheme(), started.getUserInfo(), host.get(), started.getPort(), started.getPath(),
                    started.getQuery(), started.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot put " + host.get() + " into " + started, e);
        }
    }

    private static void requireHost(String host) {
        URI uri;
        try {
            uri = new URI("http://" + host);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + host + "' is not a host name or address");
        }
        if (!host.equals(uri.getHost()) || uri.getPort() != -1 || !uri.getRawPath().isEmpty()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name or address (no scheme, port or path)");
        }
    }
}
