package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final String WALLET = "0xAbC0000000000000000000000000000000000001";

    @Test
    void an_entry_whose_lines_do_not_sum_to_zero_is_refused() {
        List<JournalEntry.Line> lines = List.of(
                new JournalEntry.Line(LedgerAccount.source(Origin.CHECKER), BigInteger.valueOf(-10)),
                new JournalEntry.Line(LedgerAccount.available(WALLET, Origin.CHECKER), BigInteger.valueOf(9)));

        assertThatThrownBy(() -> new JournalEntry("k", EntryKind.CHECKER_REWARD, null, lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not balance");
    }

    @Test
    void moves_are_netted_per_account_and_balance_by_construction() {
        JournalEntry entry = JournalEntry.builder("k", EntryKind.CLAIM, null)
                .move(LedgerAccount.available(WALLET, Origin.CHECKER), LedgerAccount.claiming(WALLET), BigInteger.TEN)
                .move(LedgerAccount.available(WALLET, Origin.CHECKER), LedgerAccount.returned(Origin.CHECKER),
                        BigInteger.TWO)
                .build().orElseThrow();

        assertThat(entry.lines()).hasSize(3);
        assertThat(entry.amountOn(LedgerAccount.available(WALLET.toLowerCase(), Origin.CHECKER))).isEqualTo(BigInteger.valueOf(-12));
        assertThat(entry.lines().stream().map(JournalEntry.Line::amountWei).reduce(BigInteger.ZERO, BigInteger::add))
                .isZero();
    }

    @Test
    void moves_that_cancel_out_book_nothing() {
        LedgerAccount a = LedgerAccount.payout(WALLET);
        LedgerAccount b = LedgerAccount.claimable(WALLET);

        assertThat(JournalEntry.builder("k", EntryKind.SETTLEMENT, 1L).move(a, b, BigInteger.ONE)
                .move(b, a, BigInteger.ONE).build()).isEmpty();
        assertThat(JournalEntry.builder("k", EntryKind.SETTLEMENT, 1L).move(a, b, BigInteger.ZERO).build()).isEmpty();
    }

    @Test
    void wallet_buckets_belong_to_wallets_and_platform_accounts_to_nobody() {
        assertThatThrownBy(() -> new LedgerAccount("", Bucket.AVAILABLE, Origin.CHECKER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerAccount(WALLET, Bucket.SOURCE, Origin.CHECKER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LedgerAccount.claiming(WALLET).owner()).isEqualTo(WALLET.toLowerCase());
    }
}
