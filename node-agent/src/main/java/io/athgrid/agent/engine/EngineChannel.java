package io.athgrid.agent.engine;

import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import java.util.concurrent.CompletableFuture;

/**
 * maas-service's engine channel as the agent uses it. Calls never fail: a failure on the way is an
 * {@link RegistryAnswer#unreachable} answer, so callers decide by status.
 */
public interface EngineChannel {

    /** {@code POST /containers/{containerId}/engines/poll}: 200 with the {@code EngineAssignments}. */
    CompletableFuture<RegistryAnswer> poll(String containerId, EnginePollRequest request);

    /** {@code POST /containers/{containerId}/engines/{replicaId}/endpoint}: 2xx once maas-service took the endpoint. */
    CompletableFuture<RegistryAnswer> report(String containerId, String replicaId, EngineReportRequest request);
}
