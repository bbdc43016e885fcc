package io.athgrid.registry.heartbeat;

import io.athgrid.protocol.container.HeartbeatRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /containers/{id}/heartbeats}: a signed path, authenticated by the node key's signature. */
@RestController
class HeartbeatController {

    private final Heartbeats heartbeats;

    HeartbeatController(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @PostMapping("/containers/{id}/heartbeats")
    @ResponseStatus(HttpStatus.ACCEPTED)
    HeartbeatAccepted receive(@PathVariable UUID id, @RequestBody HeartbeatRequest request) {
        return heartbeats.receive(id, request);
    }
}
