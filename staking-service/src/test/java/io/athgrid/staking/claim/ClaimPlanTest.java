package io.athgrid.staking.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.staking.ledger.Bucket;
import io.athgrid.staking.ledger.JournalEntry;
import io.athgrid.staking.ledger.LedgerAccount;
import io.athgrid.staking.ledger.Origin;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimPlanTest {

    private static final String WALLET = "0x00000000000000000000000000000000000000a1";
    private static final BigInteger VATH = BigInteger.TEN.pow(18);
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private final ClaimTerms terms = new ClaimTerms(vath(30), Duration.ofDays(180), Duration.ofDays(30), 2500);
    private final Map<Origin, BigInteger> available = Map.of(Origin.STAKER_AI, vath(60), Origin.CHECKER, vath(40));

    @Test
    void a_vesting_claim_pays_everything_linearly_over_180_days() {
        ClaimPlan plan = ClaimPlan.of(UUID.randomUUID(), WALLET, vath(50), ClaimOption.VEST_180_DAYS, available, terms,
                NOW);

        assertThat(plan.payableWei()).isEqualTo(vath(50));
        assertThat(plan.returnedWei()).isZero();
        assertThat(plan.grant().bucket()).isEqualTo(Bucket.CLAIMING);
        assertThat(plan.grant().startsAt()).isEqualTo(NOW);
        assertThat(plan.grant().endsAt()).isEqualTo(NOW.plus(Duration.ofDays(180)));
        assertThat(plan.grant().vestedAt(NOW.plus(Duration.ofDays(90)))).isEqualTo(vath(25));
    }

    @Test
    void a_quick_claim_pays_a_quarter_over_30_days_and_returns_the_rest_to_the_pools_it_came_from() {
        ClaimPlan plan = ClaimPlan.of(UUID.randomUUID(), WALLET, vath(100), ClaimOption.QUICK_30_DAYS, available, terms,
                NOW);

        assertThat(plan.payableWei()).isEqualTo(vath(25));
        assertThat(plan.grant().endsAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(plan.taken()).containsExactly(Map.entry(Origin.STAKER_AI, vath(60)), Map.entry(Origin.CHECKER,
                vath(40)));
        assertThat(plan.returned()).containsExactly(Map.entry(Origin.STAKER_AI, vath(45)), Map.entry(Origin.CHECKER,
                vath(30)));
        JournalEntry entry = plan.entry();
        assertThat(entry.amountOn(LedgerAccount.returned(Origin.STAKER_AI))).isEqualTo(vath(45));
        assertThat(entry.amountOn(LedgerAccount.claiming(WALLET))).isEqualTo(vath(25));
        assertThat(entry.amountOn(LedgerAccount.available(WALLET, Origin.CHECKER))).isEqualTo(vath(-40));
    }

    @Test
    void a_claim_takes_from_each_origin_in_proportion_exact_to_the_wei() {
        BigInteger odd = vath(31).add(BigInteger.ONE);

        ClaimPlan plan = ClaimPlan.of(UUID.randomUUID(), WALLET, odd, ClaimOption.QUICK_30_DAYS, available, terms, NOW);

        assertThat(plan.taken().values().stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(odd);
        assertThat(plan.payableWei().add(plan.returnedWei())).isEqualTo(odd);
        assertThat(plan.returned().values().stream().reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(plan.returnedWei());
    }

    @Test
    void a_claim_below_30_vath_is_refused() {
        assertThatThrownBy(() -> ClaimPlan.of(UUID.randomUUID(), WALLET, vath(30).subtract(BigInteger.ONE),
                ClaimOption.VEST_180_DAYS, available, terms, NOW))
                .isInstanceOf(ClaimRefusedException.class)
                .hasMessageContaining("at least");
    }

    @Test
    void a_claim_above_the_available_balance_is_refused() {
        assertThatThrownBy(() -> ClaimPlan.of(UUID.randomUUID(), WALLET, vath(100).add(BigInteger.ONE),
                ClaimOption.VEST_180_DAYS, available, terms, NOW))
                .isInstanceOf(ClaimRefusedException.class)
                .satisfies(e -> assertThat(((ClaimRefusedException) e).field()).isEqualTo("amountWei"));
    }

    private static BigInteger vath(long vath) {
        return BigInteger.valueOf(vath).multiply(VATH);
    }
}
