package io.athgrid.checker.report;

import io.athgrid.checker.CheckerProperties;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.check.SignedCheckReport;
import io.athgrid.support.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What checker clients sign in ({@code GET /domain}) and where their signed reports go
 * ({@code POST /reports}). A report counts by its signature, whoever delivers it: the signer must
 * be the wallet that runs the license, which the signature proves.
 */
@RestController
class ReportController {

    private final Reports reports;
    private final CheckerDomain domain;

    ReportController(Reports reports, CheckerProperties properties) {
        this.reports = reports;
        this.domain = properties.chain().domain();
    }

    @GetMapping("/domain")
    DomainView domain() {
        return new DomainView(domain.chainId(), domain.licenseContract());
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Boolean> submit(@Valid @RequestBody ReportRequest request) {
        CheckKind kind = CheckKind.valueOf(request.kind());
        CheckResult result = ResultJson.read(kind, request.result());
        CheckReport report;
        try {
            report = new CheckReport(request.jobId(), request.licenseId(), request.containerId(), kind,
                    request.resultHash(), request.submittedAt());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("report", e.getMessage());
        }
        reports.submit(new SignedCheckReport(report, request.signature()), result);
        return Map.of("accepted", true);
    }

    /** The EIP-712 domain of check reports: {@code {name: "athgrid Checker", version: "1", chainId, verifyingContract}}. */
    record DomainView(long chainId, String verifyingContract) {
    }
}
