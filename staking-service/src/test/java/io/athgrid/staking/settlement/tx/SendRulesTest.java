package io.athgrid.staking.settlement.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendRulesTest {

    @Test
    void a_new_transaction_takes_the_nodes_pending_nonce() {
        assertThat(SendRules.nextNonce(BigInteger.valueOf(7), null)).isEqualTo(7);
    }

    @Test
    void a_transaction_signed_before_a_crash_but_never_sent_keeps_its_nonce_to_itself() {
        // Nonce 7 is stored and signed, the node has not seen it: the next one takes 8, not 7 again.
        assertThat(SendRules.nextNonce(BigInteger.valueOf(7), BigInteger.valueOf(7))).isEqualTo(8);
        // The node is ahead (another wallet user, or our transactions mined): the node wins.
        assertThat(SendRules.nextNonce(BigInteger.valueOf(12), BigInteger.valueOf(7))).isEqualTo(12);
    }

    @Test
    void a_transaction_is_final_once_the_confirmations_are_on_top_of_its_block() {
        assertThat(SendRules.isConfirmed(100, 111, 12)).isFalse();
        assertThat(SendRules.isConfirmed(100, 112, 12)).isTrue();
        assertThat(SendRules.isConfirmed(100, 100, 0)).isTrue();
    }

    @Test
    void a_transaction_can_never_be_mined_once_a_confirmed_block_used_its_nonce() {
        assertThat(SendRules.neverMined(BigInteger.valueOf(5), BigInteger.valueOf(5))).isFalse();
        assertThat(SendRules.neverMined(BigInteger.valueOf(5), BigInteger.valueOf(6))).isTrue();
    }

    @Test
    void the_newest_confirmed_block_never_goes_below_genesis() {
        assertThat(SendRules.confirmedBlock(100, 12)).isEqualTo(88);
        assertThat(SendRules.confirmedBlock(3, 12)).isZero();
    }

    @Test
    void a_receipt_is_overdue_after_the_timeout() {
        Instant sent = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(SendRules.receiptOverdue(sent, sent.plusSeconds(299), Duration.ofMinutes(5))).isFalse();
        assertThat(SendRules.receiptOverdue(sent, sent.plusSeconds(300), Duration.ofMinutes(5))).isTrue();
        assertThat(SendRules.receiptOverdue(null, sent, Duration.ofMinutes(5))).isTrue();
    }
}
