package io.athgrid.checker.slash;

import java.sql.Array;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each container's current run of failed liveness verdicts, by job id; runs in the caller's transaction. */
public class EpisodeStore {

    private final JdbcClient jdbc;

    public EpisodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Episode> find(String containerId) {
        return jdbc.sql("select failure_job_ids, slash_asked from offline_episode where container_id = ?")
                .param(containerId)
                .query((rs, row) -> {
                    Array ids = rs.getArray("failure_job_ids");
                    return new Episode(List.of((String[]) ids.getArray()), rs.getBoolean("slash_asked"));
                })
                .optional();
    }

    public void save(String containerId, Episode episode) {
        jdbc.sql("""
                        insert into offline_episode (container_id, failure_job_ids, slash_asked) values (?, ?, ?)
                        on conflict (container_id) do update
                        set failure_job_ids = excluded.failure_job_ids, slash_asked = excluded.slash_asked""")
                .params(containerId, episode.failureJobIds().toArray(new String[0]), episode.slashAsked())
                .update();
    }

    /** @param failureJobIds the jobs of the run's failed verdicts, in order */
    public record Episode(List<String> failureJobIds, boolean slashAsked) {

        public Episode {
            failureJobIds = List.copyOf(failureJobIds);
        }
    }
}
