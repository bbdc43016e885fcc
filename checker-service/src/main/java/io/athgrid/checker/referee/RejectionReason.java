package io.athgrid.checker.referee;

/**
 * Why a check report was not admitted. Each names the HTTP status and the problem detail the
 * report API answers with; a rejected report is never counted, for or against anyone. None is a
 * 401: that status is the gateway's for a missing or expired session, which checker clients answer
 * by signing in again, and a report signed by the wrong wallet is not cured by that.
 */
public enum RejectionReason {
    BAD_SIGNATURE(403, "The signature is malformed or not by the wallet that runs this license."),
    RESULT_MISMATCH(400, "The result does not hash to the signed result hash, or is of another kind."),
    NOT_ASSIGNED(403, "This license holds no seat on this job for this container and kind."),
    OWNER_CONFLICT(403, "This license is owned or run by the container's owner."),
    BANNED(403, "This license is banned from checking."),
    REPLAYED(409, "This license already reported on this job, or the report was signed before the job was given."),
    LATE(409, "The answer time of this seat has passed, or the job is decided.");

    private final int httpStatus;
    private final String detail;

    RejectionReason(int httpStatus, String detail) {
        this.httpStatus = httpStatus;
        this.detail = detail;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String detail() {
        return detail;
    }
}
