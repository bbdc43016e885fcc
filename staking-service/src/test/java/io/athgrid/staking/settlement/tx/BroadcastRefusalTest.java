package io.athgrid.staking.settlement.tx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BroadcastRefusalTest {

    @Test
    void the_nodes_ways_of_saying_the_transaction_is_already_there_are_recognised() {
        assertThat(BroadcastRefusal.of("already known")).isEqualTo(BroadcastRefusal.ALREADY_KNOWN);
        assertThat(BroadcastRefusal.of("Known transaction: 0xabc")).isEqualTo(BroadcastRefusal.ALREADY_KNOWN);
        assertThat(BroadcastRefusal.of("nonce too low: next nonce 8, tx nonce 7")).isEqualTo(BroadcastRefusal.NONCE_TOO_LOW);
        assertThat(BroadcastRefusal.of("Nonce too low")).isEqualTo(BroadcastRefusal.NONCE_TOO_LOW);
        assertThat(BroadcastRefusal.of("replacement transaction underpriced"))
                .isEqualTo(BroadcastRefusal.REPLACEMENT_UNDERPRICED);
    }

    @Test
    void anything_else_means_the_transaction_did_not_go_out() {
        assertThat(BroadcastRefusal.of("max fee per gas less than block base fee")).isEqualTo(BroadcastRefusal.OTHER);
        assertThat(BroadcastRefusal.of("insufficient funds for gas * price + value")).isEqualTo(BroadcastRefusal.OTHER);
        assertThat(BroadcastRefusal.of(null)).isEqualTo(BroadcastRefusal.OTHER);
        assertThat(BroadcastRefusal.OTHER.mayBeOnItsWay()).isFalse();
        assertThat(BroadcastRefusal.NONCE_TOO_LOW.mayBeOnItsWay()).isTrue();
    }
}
