package io.athgrid.registry.bond;

import static io.athgrid.registry.registration.RegistrationFixture.address;
import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.BondSlashed;
import io.athgrid.events.v1.ContainerBondChanged;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.registry.LiveContainers;
import io.athgrid.registry.RegistryIT;
import io.athgrid.registry.stake.StakeRequirements;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import tools.jackson.databind.JsonNode;

/**
 * The staking-service's bond events, published to Kafka as its relay would, move containers between
 * WAITING_FOR_STAKE, STANDBY, HALTED, DISSOLVING and RETIRED. The fixture's 8 x H100 SXM containers
 * must bond 8,000 ATH this month (K 1,000 ATH per GPU, SC 1).
 */
class BondEventsIT extends RegistryIT {

    private static final BigInteger ATH = BigInteger.TEN.pow(18);
    private static final BigInteger REQUIRED = ath(8_000);

    @Autowired
    private StakeRequirements requirements;

    private final AtomicLong block = new AtomicLong(100);
    private LiveContainers alive;

    private static BigInteger ath(long amount) {
        return ATH.multiply(BigInteger.valueOf(amount));
    }

    @BeforeEach
    void startHeartbeats() {
        alive = liveContainers();
    }

    @AfterEach
    void stopHeartbeats() {
        alive.close();
    }

    @Test
    void a_bond_below_the_requirement_keeps_a_container_waiting_and_a_top_up_to_it_puts_it_in_standby() {
        Provider provider = waitingForStake();

        awaitProcessed("BondChanged", publish(provider.bond("POSTED", ath(5_000))));

        assertThat(statusOf(provider.id)).isEqualTo("WAITING_FOR_STAKE");
        JsonNode bond = container(provider.id).path("bond");
        assertThat(bond.path("state").asString()).isEqualTo("ACTIVE");
        assertThat(bond.path("amountWei").asString()).isEqualTo(ath(5_000).toString());
        assertThat(bond.path("coversRequirement").asBoolean()).isFalse();
        assertThat(container(provider.id).at("/stakeRequirement/amountWei").asString()).isEqualTo(REQUIRED.toString());

        publish(provider.bond("INCREASED", REQUIRED));

        assertThat(eventually(() -> statusOf(provider.id).equals("STANDBY"), WAIT)).isTrue();
        JsonNode change = lastChangeOf(provider.id);
        assertThat(change.path("reason").asString()).isEqualTo("STAKE_SUFFICIENT");
        assertThat(change.path("note").asString()).startsWith("bond INCREASED (block ")
                .endsWith("ACTIVE bond of " + REQUIRED + " wei, " + REQUIRED + " wei required for "
                        + YearMonth.now(ZoneOffset.UTC));
        assertThat(container(provider.id).at("/bond/coversRequirement").asBoolean()).isTrue();
        assertThat(event(provider.id, "ContainerStatusChanged",
                payload -> "STAKE_SUFFICIENT".equals(payload.path("reason").asString())).orElseThrow()
                .path("status").asString()).isEqualTo("STANDBY");
    }

    @Test
    void a_slash_below_the_requirement_halts_the_container_until_it_is_topped_up_and_a_redelivery_changes_nothing() {
        Provider provider = standby();
        EventEnvelope<PlatformEvent> slash = events().publish(provider.slash(ath(1_000), ath(7_000)));

        assertThat(eventually(() -> statusOf(provider.id).equals("HALTED"), WAIT)).isTrue();
        assertThat(lastChangeOf(provider.id).path("reason").asString()).isEqualTo("STAKE_BELOW_REQUIREMENT");
        assertThat(container(provider.id).at("/bond/amountWei").asString()).isEqualTo(ath(7_000).toString());

        publish(provider.bond("INCREASED", REQUIRED));
        assertThat(eventually(() -> statusOf(provider.id).equals("STANDBY"), WAIT)).isTrue();

        // The relay delivers the slash again; the container's next news shares its partition, so once
        // that is processed the redelivery was handled before it.
        events().send(slash);
        awaitProcessed("BondChanged", publish(provider.bond("INCREASED", REQUIRED)));
        assertThat(statusOf(provider.id)).isEqualTo("STANDBY");
        assertThat(container(provider.id).at("/bond/amountWei").asString()).isEqualTo(REQUIRED.toString());
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid"
                + " and reason = 'STAKE_BELOW_REQUIREMENT'", provider.id)).isEqualTo(1);
    }

    @Test
    void news_counts_in_the_order_it_arrives_so_a_reorganised_chain_announced_again_wins() {
        Provider provider = standby();
        long orphanedBlock = block.get();

        // After a reorg the staking-service announces the new chain's log: a smaller bond, at an earlier block.
        publish(new ContainerBondChanged(provider.id, provider.owner, "POSTED", ath(5_000), null, orphanedBlock - 1,
                "0xreorged", 0));

        assertThat(eventually(() -> statusOf(provider.id).equals("HALTED"), WAIT)).isTrue();
        assertThat(container(provider.id).at("/bond/amountWei").asString()).isEqualTo(ath(5_000).toString());
    }

    @Test
    void a_bond_posted_by_a_wallet_other_than_the_owner_counts_for_nothing() {
        Provider provider = waitingForStake();
        String stranger = address(newKey());

        awaitProcessed("BondChanged", publish(new ContainerBondChanged(provider.id, stranger, "POSTED", ath(10_000),
                null, block.incrementAndGet(), "0xforeign", 0)));

        assertThat(statusOf(provider.id)).isEqualTo("WAITING_FOR_STAKE");
        assertThat(container(provider.id).at("/bond/state").asString()).isEqualTo("NONE");
    }

    @Test
    void unbonding_dissolves_the_container_and_the_withdrawal_retires_it() {
        Provider provider = standby();
        Instant unbondingEnd = Instant.parse("2027-06-01T00:00:00Z");

        publish(new ContainerBondChanged(provider.id, provider.owner, "UNBONDING_STARTED", REQUIRED, unbondingEnd,
                block.incrementAndGet(), "0xunbond", 0));

        assertThat(eventually(() -> statusOf(provider.id).equals("DISSOLVING"), WAIT)).isTrue();
        assertThat(lastChangeOf(provider.id).path("reason").asString()).isEqualTo("UNSTAKE_STARTED");
        JsonNode bond = container(provider.id).path("bond");
        assertThat(bond.path("state").asString()).isEqualTo("UNBONDING");
        assertThat(Instant.parse(bond.path("unbondingEnd").asString())).isEqualTo(unbondingEnd);
        assertThat(bond.path("coversRequirement").asBoolean()).isFalse();

        publish(provider.bond("WITHDRAWN", REQUIRED));

        assertThat(eventually(() -> statusOf(provider.id).equals("RETIRED"), WAIT)).isTrue();
        alive.drop(provider.id);
        assertThat(lastChangeOf(provider.id).path("reason").asString()).isEqualTo("UNBONDING_COMPLETED");
    }

    @Test
    void a_serving_container_whose_owner_starts_unbonding_finishes_its_lease_then_dissolves() {
        Provider provider = standby();
        String job = "job-" + UUID.randomUUID();
        publish(new JobStarted(job, "order-1", 0, List.of(provider.id), Instant.now()));
        assertThat(eventually(() -> statusOf(provider.id).equals("SERVING"), WAIT)).isTrue();

        awaitProcessed("BondChanged", publish(new ContainerBondChanged(provider.id, provider.owner,
                "UNBONDING_STARTED", REQUIRED, Instant.parse("2027-06-01T00:00:00Z"), block.incrementAndGet(),
                "0xunbond", 0)));
        assertThat(statusOf(provider.id)).isEqualTo("SERVING");

        publish(new LeaseReleased(job, "order-1", 0, "res-1", List.of(provider.id), "COMPLETED", Instant.now()));

        assertThat(eventually(() -> statusOf(provider.id).equals("DISSOLVING"), WAIT)).isTrue();
        assertThat(lastChangeOf(provider.id).path("note").asString())
                .startsWith("after job " + job + " placement 0 released: COMPLETED: UNBONDING bond");
    }

    @Test
    void a_month_whose_requirement_the_bond_no_longer_covers_halts_the_container() {
        Provider provider = standby();
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        // As if this month had just begun with a higher requirement than the bond covers.
        jdbc.sql("update container_stake_requirement set amount_wei = ? where container_id = ?::uuid and month = ?")
                .params(new BigDecimal(REQUIRED.add(BigInteger.ONE)), provider.id, month)
                .update();

        requirements.fixMonth();

        assertThat(statusOf(provider.id)).isEqualTo("HALTED");
        assertThat(lastChangeOf(provider.id).path("note").asString())
                .startsWith("stake requirement for " + month + ": ACTIVE bond of " + REQUIRED + " wei");
        assertThat(container(provider.id).at("/bond/coversRequirement").asBoolean()).isFalse();
    }

    /** A registered container its capacity check admitted (as an operator says here), kept alive. */
    private Provider waitingForStake() {
        ECKeyPair owner = newKey();
        ECKeyPair node = newKey();
        String id = register(owner, node);
        alive.keep(id, node);
        applyAsOperator(id, "CAPACITY_VERIFIED");
        // The chain reports the owner in its checksummed form.
        return new Provider(id, Keys.toChecksumAddress(address(owner)));
    }

    /** A container its owner bonded to the requirement: STANDBY. */
    private Provider standby() {
        Provider provider = waitingForStake();
        publish(provider.bond("POSTED", REQUIRED));
        assertThat(eventually(() -> statusOf(provider.id).equals("STANDBY"), WAIT)).isTrue();
        return provider;
    }

    private final class Provider {

        final String id;
        final String owner;

        Provider(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        ContainerBondChanged bond(String change, BigInteger bondedWei) {
            return new ContainerBondChanged(id, owner, change, bondedWei, null, block.incrementAndGet(),
                    "0x" + change.toLowerCase(), 0);
        }

        BondSlashed slash(BigInteger slashedWei, BigInteger remainingWei) {
            return new BondSlashed(id, owner, slashedWei, remainingWei, "0xevidence", block.incrementAndGet(),
                    "0xslash", 1);
        }
    }
}
