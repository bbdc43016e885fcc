package io.athgrid.checker.report;

import io.athgrid.checker.referee.RejectionReason;

/** A report that was not admitted; answered as problem+json with the reason's status and a {@code reason} property. */
public class ReportRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public ReportRejectedException(RejectionReason reason) {
        super(reason.detail());
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
