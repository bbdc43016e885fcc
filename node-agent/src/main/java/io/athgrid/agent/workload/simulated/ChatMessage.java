package io.athgrid.agent.workload.simulated;

import java.util.Objects;

/** One message of a chat request, its content as text (text parts joined by new lines). */
public record ChatMessage(String role, String content) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
