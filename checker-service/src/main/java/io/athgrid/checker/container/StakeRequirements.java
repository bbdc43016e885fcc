package io.athgrid.checker.container;

import java.math.BigInteger;

/** Where a slash's base comes from: the container's stake requirement K x SC for the current month. */
public interface StakeRequirements {

    /** ATH wei; zero when the container has none (it cannot be slashed). */
    BigInteger of(CheckedContainer container);
}
