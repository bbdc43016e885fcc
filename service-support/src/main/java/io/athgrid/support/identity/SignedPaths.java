package io.athgrid.support.identity;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads {@code athgrid.service.signed-paths}: entries {@code [METHOD ]pattern}, such as
 * {@code POST /containers} (only POST) or {@code /signed/**} (any method).
 */
final class SignedPaths {

    private SignedPaths() {
    }

    /** Matches a request to any of the entries; none when there are none. */
    static RequestMatcher matcher(List<String> entries) {
        List<RequestMatcher> matchers = entries.stream().map(SignedPaths::entry).toList();
        return request -> matchers.stream().anyMatch(matcher -> matcher.matches(request));
    }

    private static RequestMatcher entry(String entry) {
        String[] parts = entry.trim().split("\\s+");
        if (parts.length == 1) {
            return PathPatternRequestMatcher.withDefaults().matcher(parts[0]);
        }
        if (parts.length == 2) {
            return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(parts[0]), parts[1]);
        }
        throw new IllegalArgumentException("a signed path is [METHOD ]pattern, not \"" + entry + "\"");
    }
}
