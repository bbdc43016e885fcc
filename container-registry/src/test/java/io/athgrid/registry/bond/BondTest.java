package io.athgrid.registry.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.BondSlashed;
import io.athgrid.events.v1.ContainerBondChanged;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BondTest {

    private static final String CONTAINER = "5f0c6f57-7a43-4a8e-9d8e-0b6b1c3f2a11";
    private static final String OWNER = "0x" + "a".repeat(40);
    private static final Instant UNBONDS = Instant.parse("2027-05-01T00:00:00Z");

    private static BondNews changed(String change, long wei, long block) {
        return BondNews.of(new ContainerBondChanged(CONTAINER, OWNER, change, BigInteger.valueOf(wei),
                "UNBONDING_STARTED".equals(change) ? UNBONDS : null, block, "0xtx" + block, 0)).orElseThrow();
    }

    private static BondNews slashed(long slashedWei, long remainingWei, long block) {
        return BondNews.of(new BondSlashed(CONTAINER, OWNER, BigInteger.valueOf(slashedWei),
                BigInteger.valueOf(remainingWei), "0xevidence", block, "0xtx" + block, 1)).orElseThrow();
    }

    @Test
    void a_posted_bond_is_active_with_what_is_bonded_now_and_increases_replace_the_amount() {
        Bond posted = Bond.first(changed("POSTED", 5_000, 1));
        Bond increased = posted.after(changed("INCREASED", 8_000, 2));

        assertThat(posted).isEqualTo(new Bond(BondState.ACTIVE, BigInteger.valueOf(5_000), null, new ChainPosition(1, 0)));
        assertThat(increased.amountWei()).isEqualTo(8_000);
        assertThat(increased.position()).isEqualTo(new ChainPosition(2, 0));
    }

    @Test
    void a_slash_leaves_the_remaining_amount_and_keeps_the_state() {
        Bond unbonding = Bond.first(changed("POSTED", 8_000, 1)).after(changed("UNBONDING_STARTED", 8_000, 2));

        Bond slashed = unbonding.after(slashed(3_000, 5_000, 3));

        assertThat(slashed.state()).isEqualTo(BondState.UNBONDING);
        assertThat(slashed.amountWei()).isEqualTo(5_000);
        assertThat(slashed.unbondingEnd()).isEqualTo(UNBONDS);
    }

    @Test
    void a_withdrawn_bond_holds_nothing_and_a_new_post_makes_it_active_again() {
        Bond withdrawn = Bond.first(changed("UNBONDING_STARTED", 8_000, 1)).after(changed("WITHDRAWN", 8_000, 2));

        assertThat(withdrawn.state()).isEqualTo(BondState.WITHDRAWN);
        assertThat(withdrawn.amountWei()).isZero();
        assertThat(withdrawn.after(changed("POSTED", 1_000, 3)).state()).isEqualTo(BondState.ACTIVE);
    }

    @Test
    void the_first_news_heard_may_be_a_slash_of_a_bond_never_reported() {
        Bond first = Bond.first(slashed(1_000, 7_000, 9));

        assertThat(first).isEqualTo(new Bond(BondState.ACTIVE, BigInteger.valueOf(7_000), null, new ChainPosition(9, 1)));
    }

    @Test
    void only_an_active_bond_of_at_least_the_requirement_covers_it() {
        BigInteger required = BigInteger.valueOf(8_000);
        Bond exact = Bond.first(changed("POSTED", 8_000, 1));

        assertThat(exact.covers(required)).isTrue();
        assertThat(exact.covers(required.add(BigInteger.ONE))).isFalse();
        assertThat(exact.after(changed("UNBONDING_STARTED", 8_000, 2)).covers(required)).isFalse();
    }

    @Test
    void a_change_the_registry_does_not_know_or_without_an_amount_is_no_news() {
        assertThat(BondNews.of(new ContainerBondChanged(CONTAINER, OWNER, "DELEGATED", BigInteger.ONE, null, 1,
                "0xtx", 0))).isEmpty();
        assertThat(BondNews.of(new ContainerBondChanged(CONTAINER, OWNER, "SLASHED", BigInteger.ONE, null, 1,
                "0xtx", 0))).as("slashes come as BondSlashed").isEmpty();
        assertThat(BondNews.of(new ContainerBondChanged(CONTAINER, OWNER, "POSTED", null, null, 1, "0xtx", 0)))
                .isEmpty();
        assertThat(BondNews.of(new BondSlashed(CONTAINER, OWNER, BigInteger.ONE, BigInteger.valueOf(-1), "0x", 1,
                "0xtx", 0))).isEmpty();
    }

    @Test
    void news_describes_itself_for_the_history() {
        assertThat(slashed(1, 2, 42).describe()).isEqualTo("bond SLASHED (block 42, tx 0xtx42)");
    }
}
