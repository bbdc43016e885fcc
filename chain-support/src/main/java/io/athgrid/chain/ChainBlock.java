package io.athgrid.chain;

import java.time.Instant;

/** A block as the chain reported it: number, hash and timestamp. */
public record ChainBlock(long number, String hash, Instant time) {
}
