package io.athgrid.agent.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.engine.EngineAddress;
import io.athgrid.agent.engine.EngineSupervision;
import io.athgrid.agent.engine.HttpEngineChannel;
import io.athgrid.agent.enrolment.Enrolment;
import io.athgrid.agent.enrolment.Offer;
import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.agent.simulation.DevOwnerKeys;
import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.agent.simulation.SimulatedGpuHost;
import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.FastRuntime;
import io.athgrid.agent.testing.ScriptedMaas;
import io.athgrid.agent.testing.ScriptedRegistry;
import io.athgrid.agent.workload.EngineHealth;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.protocol.container.RegistrationTypedData;
import io.athgrid.protocol.engine.EngineAssignment;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

class HostAgentTest {

    private static final ECKeyPair OWNER = DevOwnerKeys.derive(1, 1).get(0);
    private static final Offer OFFER = new Offer(Region.EU_CENTRAL, Region.EU_CENTRAL.latitude(), Region.EU_CENTRAL.longitude(),
            "https://gpu-1.example.net", List.of("vllm"), new BigDecimal("2.15"), 10_000);

    @TempDir
    Path stateDir;

    private final ScheduledExecutorService scheduler = DaemonScheduler.create("test-host", 1);
    private final ExecutorService work = Executors.newCachedThreadPool(DaemonScheduler.daemonThreads("test-host-engine"));
    private final SimulatedGpuHost host = new SimulatedGpuHost(new GpuSpec(8, GpuModel.H100_SXM), 11);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void registers_once_with_a_wallet_signature_and_a_restarted_agent_only_heartbeats() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry()) {
            StateDirectory state = new StateDirectory(stateDir);
            PendingRegistration pending = Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER),
                    ScriptedRegistry.CHAIN_ID, Instant.now());
            String walletSignature = RegistrationTypedData.sign(pending.registration(), ScriptedRegistry.CHAIN_ID, OWNER).toHex();

            runUntilHeartbeat(registry, state, Optional.of(new OwnerApproval.WalletSignature(walletSignature)), 1);
            runUntilHeartbeat(registry, new StateDirectory(stateDir), Optional.empty(), 2);

            assertThat(registry.registrations()).hasSize(1);
            assertThat(registry.registrations().get(0).ownerSignature()).isEqualTo(walletSignature);
            assertThat(state.container()).get().extracting(c -> c.containerId()).isEqualTo("c-1");
            assertThat(registry.heartbeatContainerIds()).containsOnly("c-1");
        }
    }

    @Test
    void a_signature_by_someone_else_than_the_owner_is_refused_before_sending() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry()) {
            StateDirectory state = new StateDirectory(stateDir);
            PendingRegistration pending = Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER),
                    ScriptedRegistry.CHAIN_ID, Instant.now());
            String otherSignature = RegistrationTypedData.sign(pending.registration(), ScriptedRegistry.CHAIN_ID,
                    DevOwnerKeys.derive(2, 1).get(0)).toHex();

            assertThatThrownBy(() -> agent(registry, state).run(Optional.of(new OwnerApproval.WalletSignature(otherSignature))))
                    .isInstanceOf(AgentException.class).hasMessageContaining("not by the owner");
            assertThat(registry.registrations()).isEmpty();
        }
    }

    @Test
    void an_expired_signed_registration_asks_for_a_new_one() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry()) {
            StateDirectory state = new StateDirectory(stateDir);
            PendingRegistration pending = Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER),
                    ScriptedRegistry.CHAIN_ID, Instant.now().minus(Duration.ofMinutes(61)));
            String signature = RegistrationTypedData.sign(pending.registration(), ScriptedRegistry.CHAIN_ID, OWNER).toHex();

            assertThatThrownBy(() -> agent(registry, state).run(Optional.of(new OwnerApproval.WalletSignature(signature))))
                    .hasMessageContaining("run `node-agent registration` again");
        }
    }

    @Test
    void a_refused_registration_ends_with_the_registrys_reason() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().answerRegistrations(503, 409)) {
            StateDirectory state = new StateDirectory(stateDir);
            Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER), ScriptedRegistry.CHAIN_ID, Instant.now());

            assertThatThrownBy(() -> agent(registry, state).run(Optional.of(new OwnerApproval.OwnerKey(OWNER))))
                    .hasMessageContaining("HTTP 409").hasMessageContaining("registered already");
            assertThat(registry.registrations()).hasSize(2);
            assertThat(state.container()).isEmpty();
        }
    }

    @Test
    void an_owner_key_signs_a_fresh_copy_for_each_attempt() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().answerRegistrations(502)) {
            StateDirectory state = new StateDirectory(stateDir);
            Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER), ScriptedRegistry.CHAIN_ID,
                    Instant.now().minus(Duration.ofHours(2)));

            runUntilHeartbeat(registry, state, Optional.of(new OwnerApproval.OwnerKey(OWNER)), 1);

            assertThat(registry.acceptedRegistrations()).isEqualTo(1);
            assertThat(registry.registrations().get(1).registration().issuedAt())
                    .isGreaterThan(Instant.now().minus(Duration.ofMinutes(1)).getEpochSecond());
        }
    }

    @Test
    void a_serving_host_runs_the_engines_assigned_to_it_and_stops_them_when_it_stops() throws Exception {
        EngineAssignment llama = new EngineAssignment("r-1", "vllm", "llama-3.1-8b-instruct", "meta-llama/Llama-3.1-8B-Instruct",
                8192, 1, List.of());
        try (ScriptedRegistry registry = new ScriptedRegistry().heartbeatIntervalSeconds(1).heartbeatStatus("SERVING");
                ScriptedMaas maas = new ScriptedMaas().assign("c-1", llama)) {
            StateDirectory state = new StateDirectory(stateDir);
            Enrolment.prepare(state, host.read(), OFFER, KeyFile.address(OWNER), ScriptedRegistry.CHAIN_ID, Instant.now());
            maas.knowNodeKey("c-1", KeyFile.address(state.nodeKey()));
            EngineSupervision engines = new EngineSupervision(new HttpEngineChannel(RegistryClient.newHttpClient(), maas.url(),
                    Duration.ofSeconds(5)), new SimulatedWorkloadRuntime(), EngineAddress.asStarted(), scheduler, work,
                    Clock.systemUTC(), new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), new SplittableRandom(5)),
                    EngineSupervision.DEFAULT_POLL_INTERVAL);
            HostAgent agent = new HostAgent("simulated host", state, host, FastRuntime.against(registry.url(), scheduler),
                    Optional.of(engines));
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
                try {
                    agent.run(Optional.of(new OwnerApproval.OwnerKey(OWNER)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            Eventually.await("the engine reported", () -> !maas.reports().isEmpty() || running.isDone());
            URI endpoint = agent.engines().get("r-1").endpoint();
            assertThat(maas.reports().get(0).endpoint()).isEqualTo(endpoint.toString());
            assertThat(EngineHealth.create().isHealthy(endpoint)).isTrue();

            agent.close();
            running.get();
            assertThat(EngineHealth.create().isHealthy(endpoint)).as("the engine stops with the agent").isFalse();
            assertThat(maas.refusals()).isEmpty();
        }
    }

    private void runUntilHeartbeat(ScriptedRegistry registry, StateDirectory state, Optional<OwnerApproval> approval,
            int heartbeats) throws Exception {
        HostAgent agent = agent(registry, state);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                agent.run(approval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Eventually.await("a heartbeat", () -> registry.heartbeatAnswers().size() >= heartbeats || running.isDone());
        agent.close();
        running.get();
        assertThat(registry.heartbeatAnswers()).hasSize(heartbeats).containsOnly(202);
    }

    private HostAgent agent(ScriptedRegistry registry, StateDirectory state) {
        return new HostAgent("simulated host", state, host, FastRuntime.against(registry.url(), scheduler));
    }
}
