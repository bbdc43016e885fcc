package io.athgrid.maas.engine;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.support.inbox.EventHandler;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's {@code ContainerRegistered} (topic {@code athgrid.containers}): learns the container's node
 * key, which must sign the container's calls about its engines. Applied once per event id (the inbox); the
 * consumer name is recorded as processed, so renaming it would re-apply old events.
 */
public final class NodeKeyHandler implements EventHandler<ContainerRegistered> {

    private static final Logger log = LoggerFactory.getLogger(NodeKeyHandler.class);
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern CONTAINER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ContainerNodeKeys keys;

    public NodeKeyHandler(ContainerNodeKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ContainerRegistered> eventType() {
        return ContainerRegistered.class;
    }

    @Override
    public String consumerName() {
        return "EngineNodeKeys";
    }

    @Override
    public void handle(EventEnvelope<ContainerRegistered> event) {
        ContainerRegistered registered = event.payload();
        if (registered.containerId() == null || !CONTAINER_ID.matcher(registered.containerId()).matches()
                || registered.nodeKey() == null || !ADDRESS.matcher(registered.nodeKey()).matches()) {
            // The registry validates both; a container announced otherwise could never be verified.
            log.warn("ContainerRegistered {} names no usable container id or node key; its calls will be refused",
                    event.eventId());
            return;
        }
        keys.register(registered.containerId(), registered.nodeKey().toLowerCase(Locale.ROOT),
                registered.registeredAt() == null ? event.occurredAt() : registered.registeredAt());
    }
}
