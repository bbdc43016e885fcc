package io.athgrid.maas.deployment;

/**
 * What became of cancelling a replica's order: its job has ended (now or before); the scheduler
 * answered otherwise (asked again next round, the other orders go on); or it did not answer at all.
 */
public enum CancelOutcome {
    ENDED,
    NOT_ENDED,
    UNANSWERED;

    /**
     * 2xx: cancelled now; 409: the job had already ended. Anything else, 404 included, leaves the order
     * open: the order's id came from this scheduler, so a 404 means a wrong URL or token, and an order
     * marked ended that still runs would be billed to the MaaS account with nothing to stop it.
     */
    static CancelOutcome of(int status) {
        return (status >= 200 && status < 300) || status == 409 ? ENDED : NOT_ENDED;
    }
}
