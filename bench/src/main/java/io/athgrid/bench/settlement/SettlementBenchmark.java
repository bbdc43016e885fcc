package io.athgrid.bench.settlement;

import io.athgrid.staking.settlement.EpochTree;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * Settlement's figures: reward lines to root and every proof (goal: 1,000,000 lines in under
 * 10 s), the tree stored and proofs served from PostgreSQL, and on anvil the gas of a root (goal
 * at most 60,000) and of a claim (goal at most 80,000: first or later in its claimed-bitmap word,
 * to a fresh wallet or one holding ATH) against paying the same accounts by ERC-20 transfers. Prints a Markdown report; asserts nothing about time.
 */
public final class SettlementBenchmark {

    private static final long EPOCH = 7;
    private static final int PROOFS_READ = 1_000;

    private SettlementBenchmark() {
    }

    public static void run(SettlementBenchmarkOptions options) throws Exception {
        System.out.printf("settlement benchmark: %s, %d cores, Java %s, max heap %d MiB%n", options,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        long generating = System.nanoTime();
        SortedMap<String, BigInteger> lines = RewardLines.generate(options.lines(), 42);
        System.out.printf("%,d reward lines generated in %,d ms (not measured)%n", lines.size(),
                (System.nanoTime() - generating) / 1_000_000);

        List<TreeTimings.Run> runs = new ArrayList<>();
        EpochTree[] tree = new EpochTree[1];
        for (int run = 1; run <= options.runs(); run++) {
            TreeTimings.Run timing = TreeTimings.time(EPOCH, lines, tree);
            runs.add(timing);
            System.out.printf("run %d: tree (root and all nodes) %,d ms, every proof %,d ms, total %,d ms%n", run,
                    timing.buildMillis(), timing.proofsMillis(), timing.totalMillis());
        }
        TreeTimings.Run rewardTree = null;
        if (options.compareRewardTree()) {
            rewardTree = TreeTimings.timeRewardTree(EPOCH, lines, tree[0].rootHex());
            System.out.printf("contracts' RewardTree: tree %,d ms, every proof %,d ms%n", rewardTree.buildMillis(),
                    rewardTree.proofsMillis());
        }
        StoredEpoch.Figures stored = StoredEpoch.measure(tree[0], PROOFS_READ);
        System.out.printf("stored in %,d ms; a proof read back in %.2f ms%n", stored.storeMillis(),
                stored.proofReadMillis());
        GasOnAnvil.Figures gas = GasOnAnvil.measure(options.recipients(), tree[0]);

        report(options, tree[0], runs, rewardTree, stored, gas);
    }

    private static void report(SettlementBenchmarkOptions options, EpochTree tree, List<TreeTimings.Run> runs,
            TreeTimings.Run rewardTree, StoredEpoch.Figures stored, GasOnAnvil.Figures gas) {
        TreeTimings.Run best = runs.stream().min(Comparator.comparingLong(TreeTimings.Run::totalMillis)).orElseThrow();
        long claimsTotal = gas.claimGas().stream().mapToLong(Long::longValue).sum();
        long transfersTotal = gas.transferGas().stream().mapToLong(Long::longValue).sum();
        int n = options.recipients();
        System.out.println();
        System.out.println("| measure | figure |");
        System.out.println("| --- | --- |");
        System.out.printf("| reward lines | %,d, epoch %d, root %s, total %s wei |%n", tree.size(), tree.epoch(),
                tree.rootHex(), tree.total());
        System.out.printf("| root and every proof, first run | %,d ms (tree %,d ms, proofs %,d ms) |%n",
                runs.get(0).totalMillis(), runs.get(0).buildMillis(), runs.get(0).proofsMillis());
        System.out.printf("| root and every proof, best of %d | %,d ms (tree %,d ms, proofs %,d ms) |%n", runs.size(),
                best.totalMillis(), best.buildMillis(), best.proofsMillis());
        if (rewardTree != null) {
            System.out.printf("| the same with contracts' RewardTree | %,d ms (tree %,d ms, proofs %,d ms) |%n",
                    rewardTree.totalMillis(), rewardTree.buildMillis(), rewardTree.proofsMillis());
        }
        System.out.printf("| stored (leaves and nodes, one transaction) | %,d ms on %s |%n", stored.storeMillis(),
                stored.database());
        System.out.printf("| proof served from PostgreSQL | %.2f ms each (%,d read) |%n", stored.proofReadMillis(),
                stored.proofsRead());
        System.out.printf("| postRoot gas | %,d |%n", gas.postRootGas());
        System.out.printf("| claim gas, %,d-account epoch (proof of %d), every claim to a fresh wallet "
                + "| min %,d, median %,d, mean %,d, max %,d |%n", n, gas.claimProofLength(), min(gas.claimGas()),
                median(gas.claimGas()), mean(gas.claimGas()), max(gas.claimGas()));
        claimRow("first in its bitmap word, to a fresh wallet", GasOnAnvil.Figures.firstInWord(gas.claimGas()));
        claimRow("later in its bitmap word, to a fresh wallet", GasOnAnvil.Figures.laterInWord(gas.claimGas()));
        claimRow("first in its bitmap word, to a wallet holding ATH",
                GasOnAnvil.Figures.firstInWord(gas.holderClaimGas()));
        claimRow("later in its bitmap word, to a wallet holding ATH",
                GasOnAnvil.Figures.laterInWord(gas.holderClaimGas()));
        System.out.printf("| claim gas, %,d-account epoch (proof of %d), to fresh wallets | first in its word %,d, "
                + "later in its word %,d |%n", tree.size(), gas.bigEpochProofLength(), gas.bigEpochFirstClaimGas(),
                gas.bigEpochSecondClaimGas());
        System.out.printf("| bond slash gas | %,d |%n", gas.slashGas());
        System.out.printf("| ERC-20 transfer gas, %,d fresh accounts | min %,d, median %,d, max %,d |%n", n,
                min(gas.transferGas()), median(gas.transferGas()), max(gas.transferGas()));
        System.out.printf("| the platform pays, %,d accounts | Merkle: %,d (one postRoot) vs transfers: %,d (%.0fx) |%n",
                n, gas.postRootGas(), transfersTotal, (double) transfersTotal / gas.postRootGas());
        System.out.printf("| everyone pays, %,d accounts | Merkle: %,d (postRoot + every claim) vs transfers: %,d |%n",
                n, gas.postRootGas() + claimsTotal, transfersTotal);
    }

    private static void claimRow(String which, List<Long> gas) {
        System.out.printf("| claim gas, %s (%,d claims) | min %,d, median %,d, mean %,d, max %,d |%n", which, gas.size(),
                min(gas), median(gas), mean(gas), max(gas));
    }

    private static long mean(List<Long> values) {
        return Math.round(values.stream().mapToLong(Long::longValue).average().orElseThrow());
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
