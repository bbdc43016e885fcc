package io.athgrid.registry.bond;

import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_BELOW_REQUIREMENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_SUFFICIENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNBONDING_COMPLETED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNSTAKE_STARTED;

import io.athgrid.registry.lifecycle.ContainerLifecycle;
import io.athgrid.registry.lifecycle.LifecycleState;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a container's bond, held against its stake requirement, asks of its lifecycle. It looks at
 * where the bond stands, not at which news arrived, so the same answer comes from a bond event, a
 * new month's requirement, a passed capacity check or a lease that ended:
 * <ul>
 * <li>active and at least the requirement: STAKE_SUFFICIENT (WAITING_FOR_STAKE or HALTED -> STANDBY);
 * <li>active and below it: STAKE_BELOW_REQUIREMENT (STANDBY or SERVING -> HALTED, "until topped up");
 * <li>unbonding: UNSTAKE_STARTED (-> DISSOLVING); a SERVING container finishes its lease first,
 *     unless the bond is also below the requirement, which halts it;
 * <li>withdrawn: UNBONDING_COMPLETED (DISSOLVING -> RETIRED); a container still working without
 *     any bond is halted.
 * </ul>
 * Triggers the state refuses are left out: such news is already reflected, or has to wait.
 */
public final class StakeStanding {

    /** No standing needs more than two steps (SERVING -> HALTED -> DISSOLVING); a bound against loops. */
    static final int MAX_STEPS = 3;

    private StakeStanding() {
    }

    /** The triggers that bring a container in {@code state} in line with its bond, in order; empty if it is. */
    public static List<LifecycleTrigger> triggers(LifecycleState state, Bond bond, BigInteger requirementWei) {
        List<LifecycleTrigger> wanted = wanted(bond, requirementWei);
        List<LifecycleTrigger> path = new ArrayList<>();
        LifecycleState current = state;
        for (int step = 0; step < MAX_STEPS; step++) {
            LifecycleState from = current;
            Optional<LifecycleTrigger> next = wanted.stream()
                    .filter(trigger -> ContainerLifecycle.allows(from, trigger))
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            path.add(next.get());
            current = ContainerLifecycle.apply(current, next.get());
        }
        return path;
    }

    /** What the bond asks for, most wanted first. */
    static List<LifecycleTrigger> wanted(Bond bond, BigInteger requirementWei) {
        boolean below = bond.amountWei().compareTo(requirementWei) < 0;
        return switch (bond.state()) {
            case ACTIVE -> List.of(below ? STAKE_BELOW_REQUIREMENT : STAKE_SUFFICIENT);
            case UNBONDING -> below ? List.of(UNSTAKE_STARTED, STAKE_BELOW_REQUIREMENT) : List.of(UNSTAKE_STARTED);
            case WITHDRAWN -> below ? List.of(UNBONDING_COMPLETED, STAKE_BELOW_REQUIREMENT) : List.of(UNBONDING_COMPLETED);
        };
    }
}
