package io.athgrid.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BlockRangeTest {

    @Test
    void nothing_is_read_while_the_chain_is_shorter_than_the_confirmations() {
        assertThat(BlockRange.next(-1, 11, 12, 2_000)).isEmpty();
        assertThat(BlockRange.next(-1, 12, 12, 2_000)).contains(new BlockRange(0, 0));
    }

    @Test
    void the_range_ends_confirmations_blocks_below_the_head() {
        assertThat(BlockRange.next(100, 150, 12, 2_000)).contains(new BlockRange(101, 138));
    }

    @Test
    void nothing_is_read_when_the_cursor_is_at_the_confirmed_head() {
        assertThat(BlockRange.next(138, 150, 12, 2_000)).isEmpty();
        assertThat(BlockRange.next(138, 151, 12, 2_000)).contains(new BlockRange(139, 139));
    }

    @Test
    void a_long_way_behind_is_read_in_bounded_ranges() {
        BlockRange first = BlockRange.next(-1, 10_000, 12, 2_000).orElseThrow();
        BlockRange second = BlockRange.next(first.to(), 10_000, 12, 2_000).orElseThrow();

        assertThat(first).isEqualTo(new BlockRange(0, 1_999));
        assertThat(first.size()).isEqualTo(2_000);
        assertThat(second).isEqualTo(new BlockRange(2_000, 3_999));
    }

    @Test
    void a_range_a_node_refuses_is_halved_down_to_one_block() {
        assertThat(new BlockRange(100, 2_099).firstHalf()).isEqualTo(new BlockRange(100, 1_099));
        assertThat(new BlockRange(100, 102).firstHalf()).isEqualTo(new BlockRange(100, 100));
        assertThat(new BlockRange(100, 100).firstHalf()).isEqualTo(new BlockRange(100, 100));
    }

    @Test
    void zero_confirmations_read_up_to_the_head() {
        assertThat(BlockRange.next(5, 9, 0, 2_000)).contains(new BlockRange(6, 9));
    }

    @Test
    void a_range_runs_forwards() {
        assertThatThrownBy(() -> new BlockRange(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
