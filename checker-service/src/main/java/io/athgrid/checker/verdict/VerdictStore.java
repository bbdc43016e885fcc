package io.athgrid.checker.verdict;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.license.JudgedSeats;
import io.athgrid.checker.license.LicenseResults;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.checker.report.ResultJson;
import io.athgrid.checker.slash.VerdictHistory;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verdicts and each seat's judgement in them (CORRECT, INCORRECT, MISSING): what rewards count and
 * bans weigh. Every method runs in the caller's transaction.
 */
public class VerdictStore implements VerdictHistory, JudgedSeats {

    private final JdbcClient jdbc;

    public VerdictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Verdict verdict) {
        jdbc.sql("""
                        insert into check_verdict (job_id, container_id, kind, outcome, majority_result, result_hash, reached_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(verdict.jobId(), verdict.containerId(), verdict.kind().name(), verdict.outcome().name(),
                        verdict.majorityResult().map(ResultJson::write).orElse(null), verdict.resultHash(),
                        ts(verdict.reachedAt()))
                .update();
        judge(verdict, verdict.correct(), "CORRECT");
        judge(verdict, verdict.incorrect(), "INCORRECT");
        judge(verdict, verdict.missing(), "MISSING");
    }

    private void judge(Verdict verdict, List<Long> licenses, String judgement) {
        for (long license : licenses) {
            jdbc.sql("insert into verdict_seat (job_id, license_id, judgement, reached_at) values (?, ?, ?, ?)")
                    .params(verdict.jobId(), license, judgement, ts(verdict.reachedAt()))
                    .update();
        }
    }

    @Override
    public Optional<Verdict> find(String jobId) {
        Map<String, List<Long>> judged = new HashMap<>();
        jdbc.sql("select license_id, judgement from verdict_seat where job_id = ? order by license_id")
                .param(jobId)
                .query((rs, row) -> judged.computeIfAbsent(rs.getString("judgement"), key -> new ArrayList<>())
                        .add(rs.getLong("license_id")))
                .list();
        return jdbc.sql("""
                        select v.job_id, v.container_id, j.container_owner, j.container_status, v.kind, j.window_start,
                            j.window_end, v.outcome, v.majority_result::text as majority_result, v.reached_at
                        from check_verdict v join check_job j on j.job_id = v.job_id where v.job_id = ?""")
                .param(jobId)
                .query((rs, row) -> {
                    CheckKind kind = CheckKind.valueOf(rs.getString("kind"));
                    String majority = rs.getString("majority_result");
                    Optional<CheckResult> result = majority == null ? Optional.empty()
                            : Optional.of(ResultJson.read(kind, majority));
                    return new Verdict(rs.getString("job_id"), rs.getString("container_id"),
                            rs.getString("container_owner"), rs.getString("container_status"), kind,
                            instant(rs, "window_start"), instant(rs, "window_end"), Outcome.valueOf(rs.getString("outcome")),
                            result, judged.getOrDefault("CORRECT", List.of()), judged.getOrDefault("INCORRECT", List.of()),
                            judged.getOrDefault("MISSING", List.of()), instant(rs, "reached_at"));
                })
                .optional();
    }

    /**
     * The container's latest {@code limit} verdicts, newest first (verdicts decided in one run share
     * their time: the job id orders those), each with its seats counted by judgement.
     */
    public List<VerdictSummary> latestOf(String containerId, int limit) {
        return jdbc.sql("""
                        select v.job_id, v.kind, v.outcome, j.window_start, j.window_end, v.reached_at,
                            count(s.license_id) filter (where s.judgement = 'CORRECT') as correct,
                            count(s.license_id) filter (where s.judgement = 'INCORRECT') as incorrect,
                            count(s.license_id) filter (where s.judgement = 'MISSING') as missing
                        from (select job_id, kind, outcome, reached_at from check_verdict where container_id = ?
                              order by reached_at desc, job_id desc limit ?) v
                        join check_job j on j.job_id = v.job_id
                        left join verdict_seat s on s.job_id = v.job_id
                        group by v.job_id, v.kind, v.outcome, j.window_start, j.window_end, v.reached_at
                        order by v.reached_at desc, v.job_id desc""")
                .params(containerId, limit)
                .query((rs, row) -> new VerdictSummary(rs.getString("job_id"),
                        CheckKind.valueOf(rs.getString("kind")), Outcome.valueOf(rs.getString("outcome")),
                        instant(rs, "window_start"), instant(rs, "window_end"), instant(rs, "reached_at"),
                        rs.getInt("correct"), rs.getInt("incorrect"), rs.getInt("missing")))
                .list();
    }

    /** One query for all the licenses: the dashboard lists up to a thousand at once. */
    @Override
    public Map<Long, LicenseResults> resultsOf(Collection<Long> licenseIds, Instant recentAfter) {
        Map<Long, LicenseResults> results = new HashMap<>();
        if (licenseIds.isEmpty()) {
            return results;
        }
        jdbc.sql("""
                        select license_id,
                            count(*) filter (where judgement = 'CORRECT') as correct,
                            count(*) filter (where judgement = 'INCORRECT') as incorrect,
                            count(*) filter (where judgement = 'MISSING') as missing,
                            count(*) filter (where judgement = 'INCORRECT' and reached_at > :recentAfter) as recent
                        from verdict_seat where license_id in (:ids) group by license_id""")
                .param("ids", licenseIds)
                .param("recentAfter", ts(recentAfter))
                .query((rs, row) -> results.put(rs.getLong("license_id"),
                        new LicenseResults(rs.getLong("correct"), rs.getLong("incorrect"), rs.getLong("missing"),
                                rs.getLong("recent"))))
                .list();
        return results;
    }

    /** When the license's results were judged incorrect, oldest first. */
    public List<Instant> incorrectAt(long licenseId) {
        return jdbc.sql("""
                        select reached_at from verdict_seat where license_id = ? and judgement = 'INCORRECT'
                        order by reached_at""")
                .param(licenseId)
                .query((rs, row) -> instant(rs, "reached_at"))
                .list();
    }

    /** Per license, its correct results in verdicts reached from {@code from} to {@code to} (excluded). */
    public Map<Long, Long> correctTasks(Instant from, Instant to) {
        Map<Long, Long> tasks = new HashMap<>();
        jdbc.sql("""
                        select license_id, count(*) as tasks from verdict_seat
                        where judgement = 'CORRECT' and reached_at >= ? and reached_at < ? group by license_id""")
                .params(ts(from), ts(to))
                .query((rs, row) -> tasks.put(rs.getLong("license_id"), rs.getLong("tasks")))
                .list();
        return tasks;
    }

    /** When the first correct result was judged, if any was. */
    public Optional<Instant> firstCorrectAt() {
        return jdbc.sql("select min(reached_at) as first from verdict_seat where judgement = 'CORRECT'")
                .query((rs, row) -> instant(rs, "first"))
                .optional()
                .filter(first -> first != null);
    }
}
