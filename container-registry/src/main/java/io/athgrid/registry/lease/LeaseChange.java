package io.athgrid.registry.lease;

import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.util.List;

/**
 * What a scheduler lease event asks of the containers it names: a started lease makes them SERVING,
 * a released or expired one STANDBY again. The note, kept in each container's history, says which
 * job's placement caused it. Leases race with heartbeats and slashing (a lease ends because its
 * container went OFFLINE or HALTED, which already left SERVING), so a change the lifecycle refuses
 * is news that is already out of date, not an error.
 */
public record LeaseChange(List<String> containerIds, LifecycleTrigger trigger, String note) {

    /** The history column's width. */
    static final int MAX_NOTE = 500;

    public LeaseChange {
        containerIds = List.copyOf(containerIds);
        note = note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    public static LeaseChange of(JobStarted started) {
        return new LeaseChange(started.containerIds(), LifecycleTrigger.LEASE_STARTED,
                placement(started.jobId(), started.placement()) + " started");
    }

    public static LeaseChange of(LeaseReleased released) {
        return new LeaseChange(released.containerIds(), LifecycleTrigger.LEASE_ENDED,
                placement(released.jobId(), released.placement()) + " released" + because(released.reason()));
    }

    public static LeaseChange of(LeaseExpired expired) {
        return new LeaseChange(expired.containerIds(), LifecycleTrigger.LEASE_ENDED,
                placement(expired.jobId(), expired.placement()) + " expired" + because(expired.reason()));
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }

    private static String placement(String jobId, int placement) {
        return "job " + jobId + " placement " + placement;
    }
}
