package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Tokens one successful call of the OpenAI-compatible API used, as the engine counted them, priced
 * at the catalog's USD rates per million input and output tokens. Failed calls are never metered.
 * {@code amountUsd} = promptTokens x input rate / 1e6 + completionTokens x output rate / 1e6, exactly.
 */
public record TokensMetered(
        String usageId,
        String enterpriseId,
        String deploymentId,
        String model,
        String replicaId,
        String containerId,
        long promptTokens,
        long completionTokens,
        BigDecimal amountUsd,
        Instant meteredAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return enterpriseId;
    }
}
