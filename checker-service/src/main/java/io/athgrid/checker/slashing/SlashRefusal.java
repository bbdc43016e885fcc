package io.athgrid.checker.slashing;

/** Why a step of a slash proposal was refused; the API answers each as problem+json with the status given. */
public enum SlashRefusal {
    NOT_THE_OWNER(403, "Only the container's owner may dispute its slash."),
    NOT_AN_OPERATOR(403, "Only an operator may resolve a dispute."),
    WINDOW_CLOSED(409, "The dispute window has closed."),
    WINDOW_OPEN(409, "The dispute window is still open."),
    NOT_DISPUTABLE(409, "Only a proposed slash can be disputed."),
    NOT_DISPUTED(409, "Only a disputed slash can be resolved."),
    NOT_EXECUTABLE(409, "Only a proposed or upheld slash can be executed.");

    private final int httpStatus;
    private final String detail;

    SlashRefusal(int httpStatus, String detail) {
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
