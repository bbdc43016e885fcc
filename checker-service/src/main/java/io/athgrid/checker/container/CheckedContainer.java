package io.athgrid.checker.container;

import io.athgrid.checker.slashing.RegisteredSpecs;
import java.math.BigInteger;

/**
 * A container as the checkers see it: whom it belongs to, where to probe it, its lifecycle status
 * (which checks are due), the hardware it registered (what a capacity check holds it to) and the
 * stake requirement K x SC announced at registration.
 */
public record CheckedContainer(String containerId, String owner, String region, String endpoint, String status,
        RegisteredSpecs specs, BigInteger stakeRequirementWei) {
}
