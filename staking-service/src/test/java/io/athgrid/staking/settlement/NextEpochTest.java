package io.athgrid.staking.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextEpochTest {

    @Test
    void settlement_starts_at_the_first_epoch_once_the_ledger_closed_it() {
        assertThat(NextEpoch.due(null, null, 0, -1)).isEmpty();
        assertThat(NextEpoch.due(null, null, 0, 0)).hasValue(0);
        assertThat(NextEpoch.due(null, null, 30, 41)).hasValue(30);
    }

    @Test
    void the_next_epoch_follows_a_settled_or_empty_one_when_closed() {
        assertThat(NextEpoch.due(4L, SettlementStatus.SETTLED, 0, 9)).hasValue(5);
        assertThat(NextEpoch.due(4L, SettlementStatus.EMPTY, 0, 9)).hasValue(5);
        assertThat(NextEpoch.due(4L, SettlementStatus.SETTLED, 0, 4)).isEmpty();
    }

    @Test
    void a_root_on_its_way_or_stopped_holds_back_every_later_epoch() {
        assertThat(NextEpoch.due(4L, SettlementStatus.POSTING, 0, 9)).isEmpty();
        assertThat(NextEpoch.due(4L, SettlementStatus.HALTED, 0, 9)).isEmpty();
        assertThat(NextEpoch.due(4L, SettlementStatus.FAILED, 0, 9)).isEmpty();
    }
}
