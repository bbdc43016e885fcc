package io.athgrid.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReorgDecisionTest {

    private static final int MAX_DEPTH = 100;
    private static final long START = 10;

    private final Map<Long, String> chain = new HashMap<>();

    @Test
    void without_orphaned_logs_following_goes_on_after_the_newest_recorded_block() {
        chain.put(900L, "0xa900");
        ChainCursor cursor = cursor(1_000, "0xold1000");

        ReorgDecision decision = decide(cursor, List.of(block(900, "0xa900"), block(800, "0xa800")));

        assertThat(decision.halts()).isFalse();
        assertThat(decision.rollbackTo()).isEqualTo(cursor(900, "0xa900"));
        assertThat(decision.orphanedDepth()).isZero();
    }

    @Test
    void orphaned_blocks_are_rolled_back_to_the_newest_block_the_chain_still_has() {
        chain.put(980L, "0xnew980");
        chain.put(960L, "0xa960");
        ChainCursor cursor = cursor(1_000, "0xold1000");

        ReorgDecision decision = decide(cursor, List.of(block(995, "0xold995"), block(980, "0xold980"),
                block(960, "0xa960")));

        assertThat(decision.rollbackTo()).isEqualTo(cursor(960, "0xa960"));
        assertThat(decision.orphanedDepth()).as("block 980 is 21 blocks deep").isEqualTo(21);
    }

    @Test
    void a_block_the_chain_no_longer_reaches_counts_as_orphaned() {
        chain.put(40L, "0xa40");

        ReorgDecision decision = decide(cursor(60, "0xold60"), List.of(block(55, "0xold55"),
                block(40, "0xa40")));

        assertThat(decision.rollbackTo()).isEqualTo(cursor(40, "0xa40"));
        assertThat(decision.orphanedDepth()).isEqualTo(6);
    }

    @Test
    void with_every_recorded_block_orphaned_following_starts_over() {
        ReorgDecision decision = decide(cursor(50, "0xold50"), List.of(block(45, "0xold45"),
                block(20, "0xold20")));

        assertThat(decision.halts()).isFalse();
        assertThat(decision.rollbackTo()).isEqualTo(ChainCursor.before(START));
        assertThat(decision.orphanedDepth()).isEqualTo(31);
    }

    @Test
    void an_orphaned_block_deeper_than_the_limit_stops_following() {
        chain.put(850L, "0xa850");
        ChainCursor cursor = cursor(1_000, "0xold1000");

        ReorgDecision decision = decide(cursor, List.of(block(990, "0xold990"), block(900, "0xold900"),
                block(850, "0xa850")));

        assertThat(decision.halts()).isTrue();
        assertThat(decision.rollbackTo()).isNull();
        assertThat(decision.orphanedDepth()).isEqualTo(101);
        assertThat(decision.haltReason()).contains("block 900").contains("max-reorg-depth 100");
    }

    @Test
    void hashes_compare_regardless_of_case() {
        chain.put(70L, "0xABCD");

        assertThat(decide(cursor(80, "0xold"), List.of(block(70, "0xabcd"))).rollbackTo())
                .isEqualTo(cursor(70, "0xabcd"));
    }

    private ReorgDecision decide(ChainCursor cursor, List<ChainBlock> recorded) {
        return ReorgDecision.decide(cursor, recorded, chain::get, MAX_DEPTH, START);
    }

    private static ChainCursor cursor(long number, String hash) {
        return new ChainCursor(number, hash, Instant.EPOCH.plusSeconds(number));
    }

    private static ChainBlock block(long number, String hash) {
        return new ChainBlock(number, hash, Instant.EPOCH.plusSeconds(number));
    }
}
