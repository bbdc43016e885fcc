package io.athgrid.gateway.security;

import io.athgrid.gateway.identity.apikey.ApiKeys;
import java.util.Locale;
import java.util.Optional;

/**
 * Which credential a request presents. {@code Authorization} wins over {@code X-Api-Key}: a
 * bearer value starting with {@code ath_} is an API key (OpenAI SDKs send keys that way), any
 * other bearer value a wallet session token; {@code X-Api-Key} counts only without it.
 */
public final class PresentedCredential {

    public static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "bearer ";

    private PresentedCredential() {
    }

    /** The API key presented, if the request authenticates with one. */
    public static Optional<String> apiKey(String authorization, String apiKeyHeader) {
        if (authorization != null) {
            return bearerValue(authorization).filter(ApiKeys::looksLikeKey);
        }
        return Optional.ofNullable(apiKeyHeader).map(String::strip).filter(key -> !key.isEmpty());
    }

    /** Whether the {@code Authorization} header carries a session token rather than an API key. */
    public static boolean carriesSessionToken(String authorization) {
        return authorization != null && bearerValue(authorization).filter(value -> !ApiKeys.looksLikeKey(value))
                .isPresent();
    }

    private static Optional<String> bearerValue(String authorization) {
        if (authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip()).filter(value -> !value.isEmpty());
    }
}
