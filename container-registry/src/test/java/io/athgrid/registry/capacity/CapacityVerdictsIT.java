package io.athgrid.registry.capacity;

import static io.athgrid.registry.registration.RegistrationFixture.address;
import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.ContainerBondChanged;
import io.athgrid.registry.LiveContainers;
import io.athgrid.registry.RegistryIT;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

/** The checker-service's capacity verdicts, published to Kafka as its relay would, admit or reject CHECKING containers. */
class CapacityVerdictsIT extends RegistryIT {

    private LiveContainers alive;

    @BeforeEach
    void startHeartbeats() {
        alive = liveContainers();
    }

    @AfterEach
    void stopHeartbeats() {
        alive.close();
    }

    @Test
    void a_passed_capacity_check_moves_a_checking_container_to_waiting_for_stake_and_other_verdicts_do_not() {
        String id = checking(newKey());
        publish(verdict(id, "LIVENESS", "PASSED", "CHECKING"));
        publish(verdict(id, "CAPACITY", "NO_MAJORITY", "CHECKING"));
        CheckVerdictReached passed = verdict(id, "CAPACITY", "PASSED", "CHECKING");

        awaitProcessed("CapacityVerdict", publish(passed));

        assertThat(statusOf(id)).isEqualTo("WAITING_FOR_STAKE");
        JsonNode change = lastChangeOf(id);
        assertThat(change.path("reason").asString()).isEqualTo("CAPACITY_VERIFIED");
        assertThat(change.path("note").asString()).startsWith("capacity check " + passed.jobId() + " PASSED");
        assertThat(changesOf(id)).as("REGISTERED, then CAPACITY_VERIFIED only").isEqualTo(2);
        assertThat(event(id, "ContainerStatusChanged",
                payload -> "CAPACITY_VERIFIED".equals(payload.path("reason").asString())).orElseThrow()
                .path("status").asString()).isEqualTo("WAITING_FOR_STAKE");
    }

    @Test
    void a_failed_capacity_check_rejects_the_container() {
        String id = checking(newKey());

        awaitProcessed("CapacityVerdict", publish(verdict(id, "CAPACITY", "FAILED", "CHECKING")));

        assertThat(statusOf(id)).isEqualTo("RETIRED");
        alive.drop(id);
        assertThat(lastChangeOf(id).path("reason").asString()).isEqualTo("CAPACITY_REJECTED");
    }

    @Test
    void a_container_bonded_while_being_checked_goes_to_standby_once_verified_and_a_later_daily_check_is_skipped() {
        ECKeyPair owner = newKey();
        String id = checking(owner);
        awaitProcessed("BondChanged", publish(new ContainerBondChanged(id, address(owner), "POSTED",
                BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(8_000)), null, 7, "0xbond", 0)));
        assertThat(statusOf(id)).isEqualTo("CHECKING");

        awaitProcessed("CapacityVerdict", publish(verdict(id, "CAPACITY", "PASSED", "CHECKING")));

        assertThat(statusOf(id)).isEqualTo("STANDBY");
        List<String> reasons = json(send("GET", "/containers/" + id + "/history", null, OPERATOR)).valueStream()
                .map(change -> change.path("reason").asString()).toList();
        assertThat(reasons).containsExactly("REGISTERED", "CAPACITY_VERIFIED", "STAKE_SUFFICIENT");

        // The daily capacity check of a live container is not an admission: the lifecycle refuses it, skipped.
        awaitProcessed("CapacityVerdict", publish(verdict(id, "CAPACITY", "FAILED", "STANDBY")));
        assertThat(statusOf(id)).isEqualTo("STANDBY");
        assertThat(changesOf(id)).isEqualTo(3);
    }

    /** A freshly registered container of {@code owner}, kept alive: CHECKING. */
    private String checking(ECKeyPair owner) {
        ECKeyPair node = newKey();
        String id = register(owner, node);
        alive.keep(id, node);
        return id;
    }

    private static CheckVerdictReached verdict(String containerId, String kind, String outcome, String status) {
        Instant now = Instant.now();
        return new CheckVerdictReached("check-" + UUID.randomUUID(), containerId, "0x" + "a".repeat(40), kind,
                outcome, status, 8, now.minusSeconds(60), now, "NO_MAJORITY".equals(outcome) ? "" : "0xresult",
                List.of("lic-1", "lic-2"), List.of("lic-3"), now);
    }
}
