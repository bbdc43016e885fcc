package io.athgrid.agent.registry;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the agent: for the registry's API and the state files. */
public final class AgentJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            // Prices and coordinates as written ("2.2000"), never as 2.2E+0.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AgentJson() {
    }
}
