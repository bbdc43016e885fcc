package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.WorkloadException;
import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on right now; docker binds it a moment later (another process could take it in between, rarely). */
final class FreePort {

    private FreePort() {
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new WorkloadException("no free port for the engine: " + e.getMessage(), e);
        }
    }
}
