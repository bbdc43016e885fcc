package io.athgrid.agent.checker;

import java.net.URI;
import java.util.Locale;

/** Where a container answers: its endpoint URL and the host and port a TCP probe connects to. */
public record ProbeTarget(URI endpoint, String host, int port) {

    /**
     * @throws CannotCheckException when the endpoint is not an absolute http(s) URL with a host
     *                              (the registry refuses such endpoints, so it should not happen)
     */
    public static ProbeTarget of(String endpoint) throws CannotCheckException {
        URI uri;
        try {
            uri = URI.create(endpoint == null ? "" : endpoint.strip());
        } catch (IllegalArgumentException e) {
            throw new CannotCheckException("the endpoint " + endpoint + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new CannotCheckException("the endpoint " + endpoint + " is not an http(s) URL with a host");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new ProbeTarget(uri, uri.getHost(), port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
