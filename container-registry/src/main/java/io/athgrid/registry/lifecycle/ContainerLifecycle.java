package io.athgrid.registry.lifecycle;

import static io.athgrid.registry.lifecycle.ContainerStatus.CHECKING;
import static io.athgrid.registry.lifecycle.ContainerStatus.DISSOLVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.HALTED;
import static io.athgrid.registry.lifecycle.ContainerStatus.OFFLINE;
import static io.athgrid.registry.lifecycle.ContainerStatus.RETIRED;
import static io.athgrid.registry.lifecycle.ContainerStatus.SERVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.STANDBY;
import static io.athgrid.registry.lifecycle.ContainerStatus.WAITING_FOR_STAKE;

/**
 * The lifecycle rules: CHECKING -> WAITING_FOR_STAKE -> STANDBY <-> SERVING -> OFFLINE / HALTED /
 * DISSOLVING -> RETIRED. An OFFLINE container remembers where it was; stake and capacity news
 * arriving while it is offline change that remembered state, so a container slashed while offline
 * comes back HALTED. A SERVING container that goes offline comes back STANDBY: its lease has been
 * rescheduled elsewhere.
 */
public final class ContainerLifecycle {

    private ContainerLifecycle() {
    }

    /** Whether {@code state} lets {@code trigger} through, i.e. {@link #apply} would not throw. */
    public static boolean allows(LifecycleState state, LifecycleTrigger trigger) {
        try {
            apply(state, trigger);
            return true;
        } catch (IllegalTransitionException e) {
            return false;
        }
    }

    /** The state after {@code trigger}; throws {@link IllegalTransitionException} if the state forbids it. */
    public static LifecycleState apply(LifecycleState state, LifecycleTrigger trigger) {
        ContainerStatus status = state.status();
        if (status == OFFLINE) {
            return whileOffline(state.resumeStatus(), trigger);
        }
        ContainerStatus next = switch (trigger) {
            case CAPACITY_VERIFIED -> status == CHECKING ? WAITING_FOR_STAKE : null;
            case CAPACITY_REJECTED -> status == CHECKING ? RETIRED : null;
            case STAKE_SUFFICIENT -> status == WAITING_FOR_STAKE || status == HALTED ? STANDBY : null;
            case STAKE_BELOW_REQUIREMENT -> status == STANDBY || status == SERVING ? HALTED : null;
            case LEASE_STARTED -> status == STANDBY ? SERVING : null;
            case LEASE_ENDED -> status == SERVING ? STANDBY : null;
            case HEARTBEATS_MISSED -> status.expectsHeartbeats() ? OFFLINE : null;
            case HEARTBEAT_RESUMED -> null;
            case UNSTAKE_STARTED -> status == STANDBY || status == HALTED ? DISSOLVING : null;
            case RETIRE_REQUESTED -> retiring(status);
            case UNBONDING_COMPLETED -> status == DISSOLVING ? RETIRED : null;
        };
        if (next == null) {
            throw new IllegalTransitionException(status, trigger);
        }
        if (next == OFFLINE) {
            return LifecycleState.offline(status == SERVING ? STANDBY : status);
        }
        return LifecycleState.of(next);
    }

    private static LifecycleState whileOffline(ContainerStatus resume, LifecycleTrigger trigger) {
        return switch (trigger) {
            case HEARTBEAT_RESUMED -> LifecycleState.of(resume);
            case UNSTAKE_STARTED, RETIRE_REQUESTED -> retiringWhileOffline(resume, trigger);
            // Capacity and stake news still apply, to the state the container will come back to.
            case CAPACITY_VERIFIED, CAPACITY_REJECTED, STAKE_SUFFICIENT, STAKE_BELOW_REQUIREMENT -> {
                LifecycleState resumed;
                try {
                    resumed = apply(LifecycleState.of(resume), trigger);
                } catch (IllegalTransitionException e) {
                    throw new IllegalTransitionException(OFFLINE, trigger);
                }
                yield resumed.status() == RETIRED ? resumed : LifecycleState.offline(resumed.status());
            }
            case LEASE_STARTED, LEASE_ENDED, HEARTBEATS_MISSED, UNBONDING_COMPLETED ->
                    throw new IllegalTransitionException(OFFLINE, trigger);
        };
    }

    private static LifecycleState retiringWhileOffline(ContainerStatus resume, LifecycleTrigger trigger) {
        if (trigger == LifecycleTrigger.UNSTAKE_STARTED && !(resume == STANDBY || resume == HALTED)) {
            throw new IllegalTransitionException(OFFLINE, trigger);
        }
        return LifecycleState.of(retiring(resume));
    }

    /** Without stake (before STANDBY) a container retires at once; with stake it unbonds first. */
    private static ContainerStatus retiring(ContainerStatus status) {
        return switch (status) {
            case CHECKING, WAITING_FOR_STAKE -> RETIRED;
            case STANDBY, HALTED, OFFLINE -> DISSOLVING;
            case SERVING, DISSOLVING, RETIRED -> null;
        };
    }
}
