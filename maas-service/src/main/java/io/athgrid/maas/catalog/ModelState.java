package io.athgrid.maas.catalog;

/** Whether a catalog model is offered. Retiring is one-way: a retired model never becomes active again. */
public enum ModelState {
    /** Listed to enterprises and may be deployed and called. */
    ACTIVE,
    /** No longer offered, but still readable, because past usage and bills name it. */
    RETIRED
}
