package io.athgrid.agent.engine;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import io.athgrid.protocol.signature.EthSignature;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An engine channel in memory for the supervisor's unit tests: answers at once, polls with the
 * engines assigned now (or a scripted status), reports with 202 (or a scripted status), and keeps
 * every call with whether its signature recovers to the node's address.
 */
final class ScriptedChannel implements EngineChannel {

    private final String nodeAddress;
    private final Queue<Integer> pollScript = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> reportScript = new ConcurrentLinkedQueue<>();
    private final List<EngineCall> calls = new CopyOnWriteArrayList<>();
    private final List<EngineCall> unsigned = new CopyOnWriteArrayList<>();
    private volatile List<EngineAssignment> assigned = List.of();
    private volatile long pollIntervalSeconds = 5;

    ScriptedChannel(String nodeAddress) {
        this.nodeAddress = nodeAddress;
    }

    ScriptedChannel assign(EngineAssignment... engines) {
        assigned = List.of(engines);
        return this;
    }

    /** The next polls are answered with these statuses (a problem), then with the assignments again. */
    ScriptedChannel answerPolls(Integer... statuses) {
        pollScript.addAll(List.of(statuses));
        return this;
    }

    /** The next reports are answered with these statuses, then with 202. */
    ScriptedChannel answerReports(Integer... statuses) {
        reportScript.addAll(List.of(statuses));
        return this;
    }

    ScriptedChannel pollIntervalSeconds(long seconds) {
        pollIntervalSeconds = seconds;
        return this;
    }

    List<EngineCall> calls() {
        return calls;
    }

    List<EngineCall> polls() {
        return calls.stream().filter(call -> call.action().equals(EngineCall.POLL)).toList();
    }

    List<EngineCall> reports() {
        return calls.stream().filter(call -> call.action().equals(EngineCall.REPORT)).toList();
    }

    /** Calls whose signature does not recover to the node's address. */
    List<EngineCall> unsigned() {
        return unsigned;
    }

    @Override
    public CompletableFuture<RegistryAnswer> poll(String containerId, EnginePollRequest request) {
        record(request.call(containerId), request.signature());
        Integer scripted = pollScript.poll();
        if (scripted != null) {
            return problem(scripted);
        }
        return answer(200, AgentJson.MAPPER.valueToTree(new EngineAssignments(containerId, assigned, pollIntervalSeconds)));
    }

    @Override
    public CompletableFuture<RegistryAnswer> report(String containerId, String replicaId, EngineReportRequest request) {
        record(request.call(containerId, replicaId), request.signature());
        Integer scripted = reportScript.poll();
        if (scripted != null) {
            return problem(scripted);
        }
        return answer(202, AgentJson.MAPPER.createObjectNode().put("replicaId", replicaId).put("state", "STARTING"));
    }

    private void record(EngineCall call, String signature) {
        calls.add(call);
        if (!EthSignature.parse(signature).recoverAddress(call.hash()).equalsIgnoreCase(nodeAddress)) {
            unsigned.add(call);
        }
    }

    private static CompletableFuture<RegistryAnswer> problem(int status) {
        return answer(status, AgentJson.MAPPER.createObjectNode().put("status", status).put("detail", "scripted " + status));
    }

    private static CompletableFuture<RegistryAnswer> answer(int status, tools.jackson.databind.JsonNode body) {
        return CompletableFuture.completedFuture(new RegistryAnswer(status, body, Optional.empty(), ""));
    }
}
