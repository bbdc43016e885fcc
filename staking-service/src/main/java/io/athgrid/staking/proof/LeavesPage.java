package io.athgrid.staking.proof;

import java.util.List;

/**
 * A page of an epoch's leaves in account order: the public data from which anyone recomputes the
 * root. {@code next} is the {@code after} value of the following page, null on the last.
 */
public record LeavesPage(long epoch, String root, List<Leaf> leaves, String next) {

    /** One account's claim: its leaf index (the position in account order), wei as a decimal string. */
    public record Leaf(int index, String account, String amountWei) {
    }
}
