package io.athgrid.agent.workload.simulated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a server-sent event stream as it arrives: the data of one event at a time. */
final class EventReader implements AutoCloseable {

    private final BufferedReader lines;

    EventReader(InputStream body) {
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** The next event's data, or null at the end of the stream; fails on anything but {@code data:} lines. */
    String next() {
        try {
            String line = lines.readLine();
            if (line == null) {
                return null;
            }
            if (!line.startsWith("data: ")) {
                throw new AssertionError("not an SSE data line: '" + line + "'");
            }
            String blank = lines.readLine();
            if (blank == null || !blank.isEmpty()) {
                throw new AssertionError("an event must end with a blank line, not '" + blank + "'");
            }
            return line.substring("data: ".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event's data up to the end of the stream. */
    List<String> rest() {
        List<String> events = new ArrayList<>();
        for (String event = next(); event != null; event = next()) {
            events.add(event);
        }
        return events;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
