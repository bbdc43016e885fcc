package io.athgrid.chain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The follower's meters: {@code athgrid_chain_confirmed_block} (the last confirmed block applied),
 * {@code athgrid_chain_blocks_behind} (confirmed blocks not applied yet), {@code athgrid_chain_logs_applied_total}
 * per event, {@code athgrid_chain_reorgs_total}, {@code athgrid_chain_poll_failures_total} and
 * {@code athgrid_chain_follower_halted} (1 once following stopped).
 */
class FollowerMetrics {

    private final MeterRegistry meters;
    private final AtomicLong confirmedBlock = new AtomicLong(-1);
    private final AtomicLong behind = new AtomicLong();
    private final AtomicLong halted = new AtomicLong();
    private final Counter reorgs;
    private final Counter failures;

    private final String follower;

    FollowerMetrics(MeterRegistry meters, String follower) {
        this.meters = meters;
        this.follower = follower;
        Gauge.builder("athgrid.chain.confirmed.block", confirmedBlock, AtomicLong::get)
                .tag("follower", follower).description("The last confirmed block whose logs the mirror applied")
                .register(meters);
        Gauge.builder("athgrid.chain.blocks.behind", behind, AtomicLong::get)
                .tag("follower", follower).description("Confirmed blocks the follower has not applied yet")
                .register(meters);
        Gauge.builder("athgrid.chain.follower.halted", halted, AtomicLong::get)
                .tag("follower", follower)
                .description("1 once the chain follower stopped (reorg too deep, wrong chain)")
                .register(meters);
        reorgs = Counter.builder("athgrid.chain.reorgs").tag("follower", follower)
                .description("Reorgs rolled back under the cursor")
                .register(meters);
        failures = Counter.builder("athgrid.chain.poll.failures").tag("follower", follower)
                .description("Polls that failed and were retried")
                .register(meters);
    }

    void followed(long cursor, long confirmedHead) {
        confirmedBlock.set(cursor);
        behind.set(Math.max(0, confirmedHead - cursor));
    }

    void applied(String event) {
        Counter.builder("athgrid.chain.logs.applied").tag("event", event)
                .tag("follower", follower).description("Contract logs applied to the mirror")
                .register(meters)
                .increment();
    }

    void reorg() {
        reorgs.increment();
    }

    void failure() {
        failures.increment();
    }

    void halted() {
        halted.set(1);
    }

    long confirmedBlock() {
        return confirmedBlock.get();
    }
}
