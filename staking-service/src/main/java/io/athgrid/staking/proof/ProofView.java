package io.athgrid.staking.proof;

import java.util.List;

/**
 * What an account passes to {@code RewardDistributor.claim(epoch, index, account, amount, proof)}.
 *
 * @param index      the leaf's index: the account's position among the epoch's leaves in account order
 * @param amountWei  the leaf's amount, wei as a decimal string
 * @param proof      sibling hashes from the leaf up, 0x hex
 * @param status     the epoch's settlement status; the proof works on chain once it is SETTLED
 * @param claimable  whether the root is confirmed on chain, so a claim with this proof pays
 */
public record ProofView(long epoch, int index, String account, String amountWei, List<String> proof, String root, String status,
        boolean claimable) {
}
