package io.athgrid.maas.engine;

import io.athgrid.protocol.engine.EngineAssignments;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /containers/{containerId}/engines/...}: signed paths, open without the gateway's token and
 * authenticated by the container's node key signing each call ({@link EngineChannel}).
 */
@RestController
class EngineChannelController {

    private final EngineChannel channel;

    EngineChannelController(EngineChannel channel) {
        this.channel = channel;
    }

    @Operation(summary = "Node agents: the engines this container should run (a signed poll)")
    @PostMapping("/containers/{containerId}/engines/poll")
    EngineAssignments poll(@PathVariable String containerId, @RequestBody EnginePollRequest request) {
        return channel.poll(containerId, request);
    }

    @Operation(summary = "Node agents: where a replica's engine on this container answers (a signed report)")
    @PostMapping("/containers/{containerId}/engines/{replicaId}/endpoint")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EngineReportAccepted report(@PathVariable String containerId, @PathVariable String replicaId,
            @RequestBody EngineReportRequest request) {
        return channel.report(containerId, replicaId, request);
    }
}
