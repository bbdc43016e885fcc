package io.athgrid.scheduler.order;

/** Pay as you go, or wholesale capacity booked ahead and settled every 24 h. */
public enum OrderKind {
    ON_DEMAND,
    RESERVED
}
