package io.athgrid.maas.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The container_node_key table: each container's node key (its address) as the registry announced it, and
 * the highest call sequence accepted from the container. Every method runs in the caller's transaction.
 */
public class ContainerNodeKeys {

    private final JdbcClient jdbc;

    public ContainerNodeKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the container's node key; again for the same container, the key is the latest announced. */
    public void register(String containerId, String nodeKey, Instant registeredAt) {
        jdbc.sql("""
                        insert into container_node_key (container_id, node_key, registered_at) values (?, ?, ?)
                        on conflict (container_id) do update set node_key = excluded.node_key,
                            registered_at = excluded.registered_at""")
                .params(containerId, nodeKey, Timestamp.from(registeredAt))
                .update();
    }

    /** The lower-case 0x address of the container's node key, when the container is known. */
    public Optional<String> nodeKey(String containerId) {
        return jdbc.sql("select node_key from container_node_key where container_id = ?").param(containerId)
                .query(String.class).optional();
    }

    /**
     * Takes {@code sequence} as the container's last accepted one if it is above it. The row stays locked
     * until the transaction ends, so of two concurrent calls with one sequence only one passes, and a call
     * refused later in the transaction (rolled back) leaves the sequence as it was.
     */
    public boolean advance(String containerId, long sequence, Instant now) {
        return jdbc.sql("""
                        update container_node_key set last_sequence = ?, last_call_at = ?
                        where container_id = ? and last_sequence < ?""")
                .params(sequence, Timestamp.from(now), containerId, sequence)
                .update() == 1;
    }
}
