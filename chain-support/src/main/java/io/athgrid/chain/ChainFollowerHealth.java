package io.athgrid.chain;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN once the follower stopped (a reorg deeper than it may roll back, another chain behind the
 * RPC endpoint). Not part of the liveness or readiness probes: the API still answers from the
 * mirror, but it no longer moves, and operators must look.
 */
public class ChainFollowerHealth implements HealthIndicator {

    private final ChainFollower follower;

    public ChainFollowerHealth(ChainFollower follower) {
        this.follower = follower;
    }

    @Override
    public Health health() {
        String reason = follower.haltReason();
        if (reason != null) {
            return Health.down().withDetail("reason", reason).build();
        }
        return Health.up().withDetail("confirmedBlock", follower.confirmedBlock()).build();
    }
}
