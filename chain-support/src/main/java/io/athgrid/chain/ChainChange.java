package io.athgrid.chain;

/** What one followed contract log changed, decoded from the log: a lock, a bond, a claim or a root. */
public interface ChainChange {
}
