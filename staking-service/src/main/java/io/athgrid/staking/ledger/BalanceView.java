package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * A wallet's vATH, wei as strings: still vesting, available to claim, in claims being released,
 * and paid (released from claims: {@code awaitingSettlementWei} until the epoch's root is on chain,
 * then {@code claimableOnChainWei}, then {@code claimedOnChainWei} once the wallet claimed it from
 * the reward distributor). Vesting and available are also given per kind of origin.
 */
public record BalanceView(String account, String vestingWei, String availableWei, String claimingWei, String paidWei,
        String awaitingSettlementWei, String claimableOnChainWei, String claimedOnChainWei,
        Map<String, String> vestingByOrigin, Map<String, String> availableByOrigin) {

    static BalanceView of(String account, Map<LedgerAccount, BigInteger> balances) {
        Map<Bucket, BigInteger> byBucket = new TreeMap<>();
        Map<String, String> vesting = new TreeMap<>();
        Map<String, String> available = new TreeMap<>();
        balances.forEach((ledgerAccount, balance) -> {
            byBucket.merge(ledgerAccount.bucket(), balance, BigInteger::add);
            if (ledgerAccount.bucket() == Bucket.VESTING) {
                vesting.put(ledgerAccount.origin().name(), balance.toString());
            } else if (ledgerAccount.bucket() == Bucket.AVAILABLE) {
                available.put(ledgerAccount.origin().name(), balance.toString());
            }
        });
        BigInteger payout = byBucket.getOrDefault(Bucket.PAYOUT, BigInteger.ZERO);
        BigInteger claimable = byBucket.getOrDefault(Bucket.CLAIMABLE, BigInteger.ZERO);
        BigInteger claimed = byBucket.getOrDefault(Bucket.CLAIMED, BigInteger.ZERO);
        return new BalanceView(account, wei(byBucket, Bucket.VESTING), wei(byBucket, Bucket.AVAILABLE),
                wei(byBucket, Bucket.CLAIMING), payout.add(claimable).add(claimed).toString(), payout.toString(),
                claimable.toString(), claimed.toString(), vesting, available);
    }

    private static String wei(Map<Bucket, BigInteger> byBucket, Bucket bucket) {
        return byBucket.getOrDefault(bucket, BigInteger.ZERO).toString();
    }
}
