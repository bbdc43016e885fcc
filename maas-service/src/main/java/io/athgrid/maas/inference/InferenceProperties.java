package io.athgrid.maas.inference;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the OpenAI-compatible API reaches the engines ({@code athgrid.maas.inference.*}).
 *
 * @param holdFor        how long a request waits for a ready replica (a deployment scaled to zero starting one)
 * @param connectTimeout how long to try to reach a replica before trying another
 * @param answerTimeout  how long an engine may take to start answering (streams then run as long as they run)
 * @param attempts       how many replicas one request tries when they cannot be reached
 * @param autoscaleEvery how often the autoscaler looks at each deployment
 * @param targetConcurrency requests in flight per replica before another is started
 * @param scaleDownAfter time since the last change before replicas are taken away
 * @param idleToZero     time without requests after which a deployment with minimum 0 stops all replicas
 * @param routingRefresh how old the catalog model and the tenant's deployments a call is routed by may be before
 *                       they are read again in the background (0: read on every call)
 * @param routingExpiry  how long an unused routing entry is kept before a call has to wait for its read
 */
@ConfigurationProperties("athgrid.maas.inference")
public record InferenceProperties(
        @DefaultValue("60s") Duration holdFor,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("120s") Duration answerTimeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("1s") Duration autoscaleEvery,
        @DefaultValue("8") int targetConcurrency,
        @DefaultValue("2m") Duration scaleDownAfter,
        @DefaultValue("10m") Duration idleToZero,
        @DefaultValue("500ms") Duration routingRefresh,
        @DefaultValue("10s") Duration routingExpiry) {
}
