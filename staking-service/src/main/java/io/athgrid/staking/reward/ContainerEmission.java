package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.Origin;
import java.math.BigInteger;

/**
 * The per-epoch emission for container rewards and its split between Proof of Capacity (readiness)
 * and Proof of Delivery (completed work): capacity gets its share rounded down, delivery the rest.
 */
public record ContainerEmission(BigInteger epochEmissionWei, int capacityShareBasisPoints) {

    public ContainerEmission {
        if (epochEmissionWei.signum() < 0 || capacityShareBasisPoints < 0 || capacityShareBasisPoints > 10_000) {
            throw new IllegalArgumentException("emission >= 0 and a capacity share of 0 .. 10000 basis points");
        }
    }

    public BigInteger capacityWei() {
        return epochEmissionWei.multiply(BigInteger.valueOf(capacityShareBasisPoints)).divide(BigInteger.valueOf(10_000));
    }

    public BigInteger deliveryWei() {
        return epochEmissionWei.subtract(capacityWei());
    }

    public BigInteger of(Origin origin) {
        return switch (origin) {
            case PROOF_OF_CAPACITY -> capacityWei();
            case PROOF_OF_DELIVERY -> deliveryWei();
            default -> throw new IllegalArgumentException(origin + " is not a container pool");
        };
    }
}
