package io.athgrid.maas.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Catching up with job events consumed before the replica's order id was recorded (a crash between the
 * scheduler's answer and recording it): such an event finds no replica and is done with, so a replica could
 * stay {@code REQUESTED} for good. A {@code REQUESTED} replica with an order is due to be asked about once
 * {@code after} has passed since its order was recorded and since it was last asked about; what the
 * scheduler answers is applied as its job events would have been.
 *
 * @param after how long a requested replica's order may go without news before the scheduler is asked;
 *              a job normally starts (its {@code JobStarted}) or waits for capacity far longer than an event
 *              takes to arrive, so asking only answers what an event missed, and a replica waiting for
 *              capacity is asked about once per {@code after}
 */
public record Reconciliation(Duration after) {

    public Reconciliation {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("reconcile-after must be positive");
        }
    }

    /** What to do about the replica from its order's job. */
    public sealed interface Step {
    }

    /** The job runs: the replica is starting on this container, as its {@code JobStarted} would say. */
    public record Start(String containerId) implements Step {
    }

    /** The job has ended (failed, cancelled, completed): the replica fails and is replaced, nothing to cancel. */
    public record End(String why) implements Step {
    }

    /** Not started yet (submitted, matching, provisioning), or nothing to go by: asked again later. */
    public record Wait() implements Step {
    }

    /**
     * A requested replica with an order is due when both its order's recording and the last time it was asked
     * about lie before this.
     */
    public Instant lookedAtBefore(Instant now) {
        return now.minus(after);
    }

    /** What the job's status means for its replica, as {@code JobStarted}, {@code JobFailed} & co would have. */
    public static Step step(OrderJob job) {
        return switch (job.status()) {
            case "RUNNING" -> job.containerIds().isEmpty() ? new Wait() : new Start(job.containerIds().get(0));
            case "FAILED" -> new End("its job failed (" + reason(job) + "), the scheduler answered when asked");
            case "CANCELLED" -> new End("its order was cancelled at the scheduler, which answered when asked");
            case "COMPLETED" -> new End("its job completed (" + reason(job) + "), the scheduler answered when asked");
            default -> new Wait();
        };
    }

    private static String reason(OrderJob job) {
        return job.reason() == null || job.reason().isBlank() ? "no reason given" : job.reason();
    }
}
