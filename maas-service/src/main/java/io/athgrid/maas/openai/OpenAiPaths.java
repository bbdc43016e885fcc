package io.athgrid.maas.openai;

import jakarta.servlet.http.HttpServletRequest;

/** The OpenAI-compatible API lives under /v1, as the gateway routes it unchanged. */
public final class OpenAiPaths {

    public static final String PATTERN = "/v1/**";

    private OpenAiPaths() {
    }

    public static boolean speaksOpenAi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/v1") || path.startsWith("/v1/");
    }
}
