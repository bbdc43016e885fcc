package io.athgrid.gateway.identity.siwe;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;

/**
 * Reads an EIP-4361 message strictly by its ABNF: fields in their fixed order, LF line ends, no
 * trailing text. Without a statement the address is followed by two empty lines, as the reference
 * implementations write it.
 */
public final class SiweMessageParser {

    private static final String HEADER_SUFFIX = " wants you to sign in with your Ethereum account:";
    private static final Pattern HEADER = Pattern.compile(
            "(?:([A-Za-z][A-Za-z0-9+.-]*)://)?([^\\s/?#@]+)" + Pattern.quote(HEADER_SUFFIX));
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern STATEMENT = Pattern.compile("[\\x20-\\x7E]+");
    private static final Pattern CHAIN_ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9]{8,}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern REQUEST_ID = Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*");

    private SiweMessageParser() {
    }

    public static SiweMessage parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidSiweMessageException("the message is empty");
        }
        if (text.indexOf('\r') >= 0) {
            throw new InvalidSiweMessageException("lines must end with LF only");
        }
        return new Lines(text.split("\n", -1)).message();
    }

    /** A cursor over the message's lines. */
    private static final class Lines {

        private final String[] lines;
        private int next;

        Lines(String[] lines) {
            this.lines = lines;
        }

        SiweMessage message() {
            Matcher header = HEADER.matcher(line("the header"));
            if (!header.matches()) {
                throw new InvalidSiweMessageException(
                        "the first line must be '<domain>" + HEADER_SUFFIX + "'");
            }
            String scheme = header.group(1);
            String domain = authority(header.group(2));
            String address = address(line("the address"));
            empty("the address");
            String statement = null;
            String candidate = line("the statement or an empty line");
            if (!candidate.isEmpty()) {
                if (!STATEMENT.matcher(candidate).matches()) {
                    throw new InvalidSiweMessageException("the statement must be printable ASCII on one line");
                }
                statement = candidate;
                empty("the statement");
            }
            String uri = absoluteUri(field("URI"), "URI");
            String version = field("Version");
            if (!version.equals("1")) {
                throw new InvalidSiweMessageException("Version must be 1");
            }
            long chainId = chainId(field("Chain ID"));
            String nonce = field("Nonce");
            if (!NONCE.matcher(nonce).matches()) {
                throw new InvalidSiweMessageException("Nonce must be at least 8 letters or digits");
            }
            Instant issuedAt = dateTime(field("Issued At"), "Issued At");
            Instant expirationTime = optionalField("Expiration Time") ? dateTime(field("Expiration Time"),
                    "Expiration Time") : null;
            Instant notBefore = optionalField("Not Before") ? dateTime(field("Not Before"), "Not Before") : null;
            String requestId = optionalField("Request ID") ? requestId(field("Request ID")) : null;
            List<String> resources = resources();
            if (next < lines.length) {
                throw new InvalidSiweMessageException("unexpected text after the last field: '" + lines[next] + "'");
            }
            return new SiweMessage(scheme, domain, address, statement, uri, version, chainId, nonce, issuedAt,
                    expirationTime, notBefore, requestId, resources);
        }

        private String line(String what) {
            if (next >= lines.length) {
                throw new InvalidSiweMessageException("the message ends before " + what);
            }
            return lines[next++];
        }

        private void empty(String after) {
            if (!line("the empty line after " + after).isEmpty()) {
                throw new InvalidSiweMessageException("an empty line must follow " + after);
            }
        }

        private String field(String name) {
            String line = line("the " + name + " field");
            String prefix = name + ": ";
            if (!line.startsWith(prefix)) {
                throw new InvalidSiweMessageException("expected '" + prefix + "...' but found '" + line + "'");
            }
            return line.substring(prefix.length());
        }

        private boolean optionalField(String name) {
            return next < lines.length && lines[next].startsWith(name + ": ");
        }

        private List<String> resources() {
            List<String> resources = new ArrayList<>();
            if (next < lines.length && lines[next].equals("Resources:")) {
                next++;
                while (next < lines.length && lines[next].startsWith("- ")) {
                    resources.add(absoluteUri(lines[next++].substring(2), "a resource"));
                }
            }
            return resources;
        }
    }

    private static String authority(String domain) {
        try {
            URI uri = new URI("https://" + domain);
            if (uri.getHost() == null || uri.getUserInfo() != null || !domain.equals(uri.getRawAuthority())) {
                throw new InvalidSiweMessageException("the domain must be a host with an optional port");
            }
            return domain;
        } catch (URISyntaxException e) {
            throw new InvalidSiweMessageException("the domain is not a valid authority");
        }
    }

    private static String address(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidSiweMessageException("the address must be 0x followed by 40 hex digits");
        }
        if (!Keys.toChecksumAddress(address).equals(address)) {
            throw new InvalidSiweMessageException("the address must be EIP-55 checksummed");
        }
        return address;
    }

    private static String absoluteUri(String value, String what) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new InvalidSiweMessageException(what + " must be an absolute URI");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new InvalidSiweMessageException(what + " is not a valid URI");
        }
    }

    private static long chainId(String value) {
        if (!CHAIN_ID.matcher(value).matches()) {
            throw new InvalidSiweMessageException("Chain ID must be a decimal number");
        }
        return Long.parseLong(value);
    }

    private static Instant dateTime(String value, String field) {
        if (!DATE_TIME.matcher(value).matches()) {
            throw new InvalidSiweMessageException(field + " must be an RFC 3339 date-time");
        }
        try {
            return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSiweMessageException(field + " is not a valid date-time");
        }
    }

    private static String requestId(String value) {
        if (!REQUEST_ID.matcher(value).matches()) {
            throw new InvalidSiweMessageException("Request ID may hold only URI path characters");
        }
        return value;
    }
}
