package io.athgrid.checker.referee;

import java.util.Optional;

/** The answer to a submitted report: admitted, or rejected with its reason. */
public record Admission(Optional<AdmittedReport> admitted, Optional<RejectionReason> rejection) {

    public static Admission admit(AdmittedReport report) {
        return new Admission(Optional.of(report), Optional.empty());
    }

    public static Admission reject(RejectionReason reason) {
        return new Admission(Optional.empty(), Optional.of(reason));
    }

    public boolean accepted() {
        return admitted.isPresent();
    }
}
