package io.athgrid.checker.report;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.SignedCheckReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admitted reports exactly as signed, with their results; every method runs in the caller's transaction. */
public class ReportStore {

    private final JdbcClient jdbc;

    public ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AdmittedReport admitted) {
        CheckReport report = admitted.signed().report();
        jdbc.sql("""
                        insert into check_report (job_id, license_id, container_id, kind, result, result_hash, submitted_at,
                            signature, signer, received_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
                .params(report.jobId(), report.licenseId(), report.containerId(), report.kind().name(),
                        ResultJson.write(admitted.result()), report.resultHash(), report.submittedAt(),
                        admitted.signed().signature(), admitted.signer(), ts(admitted.receivedAt()))
                .update();
    }

    public List<AdmittedReport> ofJob(String jobId) {
        return jdbc.sql("""
                        select job_id, license_id, container_id, kind, result::text as result, result_hash, submitted_at,
                            signature, signer, received_at
                        from check_report where job_id = ? order by license_id""")
                .param(jobId)
                .query(ReportStore::report)
                .list();
    }

    static AdmittedReport report(ResultSet rs, int row) throws SQLException {
        CheckKind kind = CheckKind.valueOf(rs.getString("kind"));
        CheckReport report = new CheckReport(rs.getString("job_id"), rs.getLong("license_id"),
                rs.getString("container_id"), kind, rs.getString("result_hash"), rs.getLong("submitted_at"));
        return new AdmittedReport(new SignedCheckReport(report, rs.getString("signature")),
                ResultJson.read(kind, rs.getString("result")), rs.getString("signer"), instant(rs, "received_at"));
    }
}
