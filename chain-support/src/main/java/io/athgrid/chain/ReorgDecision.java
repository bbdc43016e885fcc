package io.athgrid.chain;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What to do once the cursor's block is no longer canonical: roll the mirror back to the newest
 * recorded block the chain still has, or, when blocks deeper than {@code maxDepth} were orphaned
 * (or the endpoint serves another chain), stop following and say why.
 *
 * @param rollbackTo    the block to continue after; null when halting
 * @param orphanedDepth how many blocks below the cursor the deepest orphaned applied block lies (1 = the
 *                      cursor's own block); 0 when no applied log was orphaned
 * @param haltReason    why following must stop; null when rolling back
 */
public record ReorgDecision(ChainCursor rollbackTo, long orphanedDepth, String haltReason) {

    public boolean halts() {
        return haltReason != null;
    }

    /**
     * @param cursor          the cursor whose hash the chain no longer has at its number
     * @param recorded        the recorded blocks (those with applied logs) at or below the cursor, newest
     *                        first; at least {@code maxDepth + 1} of them when there are that many
     * @param canonicalHashAt the chain's hash at a number now, null when it has no such block
     * @param maxDepth        the deepest orphaned applied block that may be rolled back
     * @param startBlock      where following began: with every recorded block orphaned, it starts over there
     */
    public static ReorgDecision decide(ChainCursor cursor, List<ChainBlock> recorded,
            LongFunction<String> canonicalHashAt, int maxDepth, long startBlock) {
        long orphanedDepth = 0;
        for (ChainBlock block : recorded) {
            String canonical = canonicalHashAt.apply(block.number());
            if (canonical != null && canonical.equalsIgnoreCase(block.hash())) {
                return new ReorgDecision(ChainCursor.at(block), orphanedDepth, null);
            }
            long depth = cursor.blockNumber() - block.number() + 1;
            if (depth > maxDepth) {
                return new ReorgDecision(null, depth, "block " + block.number() + " (" + block.hash()
                        + ") with applied logs is no longer on the chain, " + depth
                        + " blocks below the cursor, deeper than max-reorg-depth " + maxDepth
                        + ": a reorg that deep, or an RPC endpoint serving another chain");
            }
            orphanedDepth = depth;
        }
        return new ReorgDecision(ChainCursor.before(startBlock), orphanedDepth, null);
    }
}
