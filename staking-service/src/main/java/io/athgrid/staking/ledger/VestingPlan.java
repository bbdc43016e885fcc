package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How host rewards vest: tranches of the amount, each vesting linearly over its duration (zero: at
 * once). The design's plan: 30 % at once, 30 % over 90 days, 40 % over 180 days. Each tranche is
 * its share rounded down; the last tranche takes what rounding left, so the parts sum exactly.
 */
public record VestingPlan(List<Tranche> tranches) {

    private static final int ALL = 10_000;

    public VestingPlan {
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty() || tranches.stream().mapToInt(Tranche::shareBasisPoints).sum() != ALL) {
            throw new IllegalArgumentException("vesting tranches must share 10000 basis points");
        }
    }

    public List<Part> split(BigInteger amountWei) {
        List<Part> parts = new ArrayList<>();
        BigInteger left = amountWei;
        for (int i = 0; i < tranches.size(); i++) {
            Tranche tranche = tranches.get(i);
            BigInteger part = i == tranches.size() - 1 ? left
                    : amountWei.multiply(BigInteger.valueOf(tranche.shareBasisPoints())).divide(BigInteger.valueOf(ALL));
            left = left.subtract(part);
            parts.add(new Part(part, tranche.duration()));
        }
        return parts;
    }

    /** A share of the amount (basis points) and how long it vests. */
    public record Tranche(int shareBasisPoints, Duration duration) {

        public Tranche {
            if (shareBasisPoints <= 0 || duration.isNegative()) {
                throw new IllegalArgumentException("a tranche has a positive share and a duration >= 0");
            }
        }
    }

    /** One tranche of an amount: at once when {@code duration} is zero. */
    public record Part(BigInteger amountWei, Duration duration) {

        public boolean immediate() {
            return duration.isZero();
        }
    }
}
