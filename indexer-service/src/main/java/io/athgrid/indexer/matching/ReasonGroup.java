package io.athgrid.indexer.matching;

/** How providers read "why not matched": the filters grouped into what a provider can change. */
public enum ReasonGroup {
    /** Asking more than the customer's budget. */
    PRICE,
    /** Hardware or software that does not fit the job. */
    SPEC,
    /** Too far from the customer. */
    LATENCY,
    /** Not available: not in STANDBY, or already reserved. */
    STATE
}
