package io.athgrid.staking.claim;

/** {@code POST /claims}: how much available vATH to claim (wei, a decimal string) and how to release it. */
public record ClaimRequest(String amountWei, String option) {
}
