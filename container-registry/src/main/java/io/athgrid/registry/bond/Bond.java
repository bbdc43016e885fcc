package io.athgrid.registry.bond;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * What the registry knows of a container's bond: its state, the wei bonded now, when unbonding
 * ends, and the chain log of the last news applied.
 */
public record Bond(BondState state, BigInteger amountWei, Instant unbondingEnd, ChainPosition position) {

    public Bond {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(amountWei, "amountWei");
        Objects.requireNonNull(position, "position");
    }

    /** The bond as the first news heard of it says; a slash of a bond never heard of counts as active. */
    public static Bond first(BondNews news) {
        return new Bond(BondState.ACTIVE, BigInteger.ZERO, null, news.position()).after(news);
    }

    /** The bond after {@code news}, which tells what is bonded after it. */
    public Bond after(BondNews news) {
        return switch (news.kind()) {
            case POSTED, INCREASED -> new Bond(BondState.ACTIVE, news.amountWei(), null, news.position());
            case UNBONDING_STARTED -> new Bond(BondState.UNBONDING, news.amountWei(), news.unbondingEnd(),
                    news.position());
            // The chain deletes a withdrawn bond, whatever amount the event reports as paid back.
            case WITHDRAWN -> new Bond(BondState.WITHDRAWN, BigInteger.ZERO, null, news.position());
            case SLASHED -> new Bond(state, news.amountWei(), unbondingEnd, news.position());
        };
    }

    /** Only an active bond counts: an unbonding one is on its way out. */
    public boolean covers(BigInteger requirementWei) {
        return state == BondState.ACTIVE && amountWei.compareTo(requirementWei) >= 0;
    }
}
