package io.athgrid.checker.container;

import static io.athgrid.checker.Rows.numeric;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.Rows;
import io.athgrid.checker.slashing.RegisteredSpecs;
import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.protocol.check.CheckKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The containers table, fed by the registry's events; every method runs in the caller's transaction. */
public class ContainerStore {

    private static final String COLUMNS = """
            container_id, owner, region, endpoint, status, gpu_model, gpu_count, vram_gb_per_gpu, stake_requirement_wei""";

    private final JdbcClient jdbc;

    public ContainerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registration seen again (another consumer group's replay, a re-registration) keeps what is known. */
    public void registered(ContainerRegistered event) {
        ContainerSpecs specs = event.specs();
        jdbc.sql("""
                        insert into checked_container (container_id, owner, region, endpoint, status, gpu_model, gpu_count,
                            vram_gb_per_gpu, stake_requirement_wei, registered_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (container_id) do nothing""")
                .params(event.containerId(), event.owner().toLowerCase(Locale.ROOT), event.region(), event.endpoint(),
                        event.status(), specs.gpuModel(), specs.gpuCount(), specs.vramGbPerGpu(),
                        numeric(event.stakeRequirementWei()), ts(event.registeredAt()), ts(event.registeredAt()))
                .update();
    }

    /** False when the container is unknown. */
    public boolean specsUpdated(String containerId, ContainerSpecs specs, Instant at) {
        return jdbc.sql("""
                        update checked_container set gpu_model = ?, gpu_count = ?, vram_gb_per_gpu = ?, updated_at = ?
                        where container_id = ?""")
                .params(specs.gpuModel(), specs.gpuCount(), specs.vramGbPerGpu(), ts(at), containerId)
                .update() == 1;
    }

    /** False when the container is unknown. */
    public boolean statusChanged(String containerId, String status, Instant at) {
        return jdbc.sql("update checked_container set status = ?, updated_at = ? where container_id = ?")
                .params(status, ts(at), containerId)
                .update() == 1;
    }

    public Optional<CheckedContainer> find(String containerId) {
        return jdbc.sql("select " + COLUMNS + " from checked_container where container_id = ?")
                .param(containerId)
                .query(ContainerStore::container)
                .optional();
    }

    /**
     * Containers in one of {@code statuses} whose last scheduled window of {@code kind} started
     * before {@code windowStart} (or that were never scheduled for it): the candidates for the window.
     */
    public List<CheckedContainer> dueFor(CheckKind kind, Collection<String> statuses, Instant windowStart) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.container_id, c.owner, c.region, c.endpoint, c.status, c.gpu_model, c.gpu_count,
                            c.vram_gb_per_gpu, c.stake_requirement_wei
                        from checked_container c
                        left join check_schedule s on s.container_id = c.container_id and s.kind = :kind
                        where c.status in (:statuses) and (s.window_start is null or s.window_start < :windowStart)
                        order by c.container_id""")
                .param("kind", kind.name())
                .param("statuses", statuses)
                .param("windowStart", ts(windowStart))
                .query(ContainerStore::container)
                .list();
    }

    static CheckedContainer container(ResultSet rs, int row) throws SQLException {
        return new CheckedContainer(rs.getString("container_id"), rs.getString("owner"), rs.getString("region"),
                rs.getString("endpoint"), rs.getString("status"),
                new RegisteredSpecs(rs.getString("gpu_model"), rs.getInt("gpu_count"), rs.getInt("vram_gb_per_gpu")),
                Rows.wei(rs, "stake_requirement_wei"));
    }
}
