package io.athgrid.chain;

/** One decoded log: the contract event's name, what it changed, and where on chain. */
public record ChainLog(LogPosition position, String event, ChainChange change) {
}
