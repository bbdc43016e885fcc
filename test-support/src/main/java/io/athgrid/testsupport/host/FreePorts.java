package io.athgrid.testsupport.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds loopback ports that nothing listens on right now. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port that was free a moment ago. Another process may take it before the caller binds it;
     * callers that can pass port 0 to the server itself should prefer that.
     */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /** The given port, or a free one when it is 0. */
    public static int orNext(int port) {
        return port == 0 ? next() : port;
    }
}
