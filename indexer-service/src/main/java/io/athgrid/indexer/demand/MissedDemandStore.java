package io.athgrid.indexer.demand;

import io.athgrid.indexer.matching.MatchRequest;
import io.athgrid.indexer.matching.Removal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores each no-match with how many containers of each owner were removed and why, and sums them up for providers. */
public class MissedDemandStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public MissedDemandStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void record(String jobId, MatchRequest request, List<Removal> removals, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into missed_demand (id, day, occurred_at, job_id, gpu_model, gpus_per_node, nodes, region, service)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC)), Timestamp.from(at), jobId,
                        request.gpuModel().name(), request.gpusPerNode(), request.nodes(), request.region().code(),
                        request.service())
                .update();
        // One row per owner and reason, however many containers: a miss costs rows per provider, not per GPU host.
        Map<List<String>, Long> perOwner = removals.stream().collect(Collectors.groupingBy(
                removal -> List.of(removal.owner(), removal.filter().group().name()), Collectors.counting()));
        if (!perOwner.isEmpty()) {
            batch.batchUpdate("""
                    insert into missed_demand_owner (missed_demand_id, owner, reason, removals)
                    values (?, ?, ?, ?)""",
                    perOwner.entrySet().stream().map(entry -> new Object[] {id, entry.getKey().get(0),
                            entry.getKey().get(1), entry.getValue().intValue()}).toList());
        }
    }

    /** Removals per owner, requested GPU model, requested region and reason, for UTC days from..to. */
    public List<MissedDemandCount> counts(String owner, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.owner, d.gpu_model, d.region, r.reason, sum(r.removals) as removals
                from missed_demand d join missed_demand_owner r on r.missed_demand_id = d.id
                where d.day between :from and :to and (cast(:owner as varchar) is null or r.owner = :owner)
                group by r.owner, d.gpu_model, d.region, r.reason
                order by r.owner, d.gpu_model, d.region, r.reason""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("owner", owner)
                .query((rs, row) -> new MissedDemandCount(rs.getString("owner"), rs.getString("gpu_model"),
                        rs.getString("region"), rs.getString("reason"), rs.getLong("removals")))
                .list();
    }

    /** One row of the aggregation. */
    public record MissedDemandCount(String owner, String gpuModel, String region, String reason, long removals) {
    }
}
