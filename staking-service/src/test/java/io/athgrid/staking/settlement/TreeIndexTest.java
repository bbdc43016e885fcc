package io.athgrid.staking.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreeIndexTest {

    @Test
    void leaves_sit_at_the_end_of_the_array_in_reverse_order_of_their_hashes() {
        assertThat(TreeIndex.nodeCount(5)).isEqualTo(9);
        assertThat(TreeIndex.leafNode(0, 5)).isEqualTo(8);
        assertThat(TreeIndex.leafNode(4, 5)).isEqualTo(4);
        assertThat(TreeIndex.leafNode(0, 1)).isZero();
    }

    @Test
    void a_proof_names_the_sibling_on_every_level_up_to_the_root() {
        // 5 leaves: nodes 4..8; node 8's parent is 3, whose parent is 1, whose parent is the root.
        assertThat(TreeIndex.proofNodes(8)).containsExactly(7, 4, 2);
        assertThat(TreeIndex.proofNodes(4)).containsExactly(3, 2);
        assertThat(TreeIndex.proofNodes(1)).containsExactly(2);
        assertThat(TreeIndex.proofNodes(0)).isEmpty();
    }

    @Test
    void depth_counts_the_edges_to_the_root() {
        assertThat(TreeIndex.depth(0)).isZero();
        assertThat(TreeIndex.depth(2)).isEqualTo(1);
        assertThat(TreeIndex.depth(3)).isEqualTo(2);
        assertThat(TreeIndex.depth(2 * 1_000_000 - 2)).isEqualTo(20);
    }

    @Test
    void there_is_no_tree_without_leaves() {
        assertThatThrownBy(() -> TreeIndex.nodeCount(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
