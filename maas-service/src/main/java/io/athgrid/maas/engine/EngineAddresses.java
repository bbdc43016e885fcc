package io.athgrid.maas.engine;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a reported engine may answer. maas-service health-checks and proxies to whatever a provider
 * reports, so on a shared network a report naming this service's own neighbours (loopback, private,
 * link-local, cloud metadata) would make it call them for the provider. Publicly, an engine is therefore
 * a public IP literal: a host name could resolve to a public address when reported and to an internal one
 * when called. Where every host is trusted (the local run, tests) any address is allowed.
 */
public enum EngineAddresses {
    PUBLIC_ONLY,
    ANY;

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** What is wrong with {@code endpoint}'s host under this policy, or empty when engines may answer there. */
    public Optional<String> problem(URI endpoint) {
        if (this == ANY) {
            return Optional.empty();
        }
        String host = endpoint.getHost();
        Optional<InetAddress> literal = literal(host);
        if (literal.isEmpty()) {
            return Optional.of("must name the engine by a public IP address, not a host name");
        }
        if (!isPublic(literal.get())) {
            return Optional.of("must be a public IP address: " + host + " is loopback, private, link-local or reserved");
        }
        return Optional.empty();
    }

    /** The address an IP literal names; no lookup is made, so a name gives empty. */
    private static Optional<InetAddress> literal(String host) {
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        if (!v6 && !IPV4.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            // Literals only reach here, which getByName parses without asking DNS.
            return Optional.of(InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 198.18.0.0/15 benchmarking, 240/4 reserved.
            return first != 0 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        // fc00::/7 unique local addresses (IPv6's private ranges).
        return !(address instanceof Inet6Address) || (bytes[0] & 0xfe) != 0xfc;
    }
}
