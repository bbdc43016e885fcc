package io.athgrid.maas.inference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code text/event-stream} one event at a time (its lines up to the blank line that ends
 * it), so each event can be passed on the moment it arrives.
 */
final class ServerSentEvents implements AutoCloseable {

    private final BufferedReader reader;

    ServerSentEvents(InputStream stream) {
        this.reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The next event's lines (without the blank line), or null at the end of the stream. */
    List<String> next() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    return lines;
                }
                continue;
            }
            lines.add(line);
        }
        return lines.isEmpty() ? null : lines;
    }

    /** The event's data, its {@code data:} lines joined with newlines, or null when it has none. */
    static String data(List<String> event) {
        StringBuilder data = null;
        for (String line : event) {
            if (line.startsWith("data:")) {
                String value = line.substring(5);
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return data == null ? null : data.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
