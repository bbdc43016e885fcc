package io.athgrid.testsupport.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** SET and GET in the Redis protocol, so the tests need no client library. */
final class RespCommands implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    RespCommands(RedisServer server) throws IOException {
        socket = new Socket(server.host(), server.port());
        socket.setSoTimeout(2000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    String set(String key, String value) throws IOException {
        send("SET", key, value);
        return in.readLine();
    }

    /** The value, or null for a missing key. */
    String get(String key) throws IOException {
        send("GET", key);
        String header = in.readLine();
        if (header.equals("$-1")) {
            return null;
        }
        String value = in.readLine();
        return value;
    }

    private void send(String... words) throws IOException {
        StringBuilder command = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            command.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
        }
        out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
