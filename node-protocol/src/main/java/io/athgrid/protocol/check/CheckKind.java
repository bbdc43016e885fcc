package io.athgrid.protocol.check;

/**
 * What a check job verifies: that the container answers (LIVENESS, every minute), how well it
 * serves a running workload (QOE, every minute while SERVING), or that it has the hardware it
 * registered (CAPACITY, once a day).
 */
public enum CheckKind {
    LIVENESS,
    QOE,
    CAPACITY
}
