package io.athgrid.checker.license;

import java.time.Instant;

/**
 * What the chain says of a license: its owner, whether it still exists, and its ERC-4907 user. The
 * rest of a license row (region, polls, bans) is the service's own and survives every change.
 *
 * @param active      false once burnt (the owner is then the last one)
 * @param user        the delegate, or null
 * @param userExpires the delegate counts while the current second is not after it; null without one
 */
public record OnChainLicense(String owner, boolean active, String user, Instant userExpires) {
}
