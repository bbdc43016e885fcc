package io.athgrid.checker.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Answers;
import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.ContainerFeed;
import io.athgrid.checker.fixtures.TestChecker;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.SlashDisputed;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.events.v1.SlashProposed;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/** Faults the checkers agree on become slash proposals with signed evidence, disputable by the owner, then executed. */
class SlashingIT extends CheckerScenarioBase {

    private static final Caller OPERATOR = Caller.operator("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    @Test
    void a_host_with_fewer_gpus_than_registered_is_slashed_k_x_sc_after_its_disputed_slash_is_upheld() {
        List<TestChecker> honest = Stream.of("a", "b", "c").map(name -> checker(name, Answers.honest(hosts))).toList();
        Credentials owner = wallet();
        ContainerFeed.Container host = container(owner, "CHECKING",
                new CapacityResult(false, "H100_SXM", 4, 80, new BigDecimal("8000")));
        Caller ownerCaller = Caller.wallet(owner.getAddress());

        SlashProposed proposed = slashing.await(SlashProposed.class, p -> p.containerId().equals(host.id()),
                EVENT_TIMEOUT, "the slash proposal");
        assertThat(proposed.reason()).isEqualTo("CAPACITY_FRAUD");
        assertThat(proposed.amountWei()).isEqualTo(ContainerFeed.STAKE_REQUIREMENT);
        assertThat(proposed.owner()).isEqualTo(host.owner());
        CheckVerdictReached verdict = checks.await(CheckVerdictReached.class,
                v -> v.containerId().equals(host.id()) && v.kind().equals("CAPACITY"), EVENT_TIMEOUT, "the verdict");
        assertThat(verdict.outcome()).isEqualTo("FAILED");
        assertThat(verdict.correctLicenses()).hasSize(3);
        assertThat(proposed.affectedFrom()).isEqualTo(verdict.windowStart());

        JsonNode slash = ServiceHttp.json(get(ownerCaller, "/slashes?containerId=" + host.id())).get(0);
        assertThat(slash.get("slashId").asString()).isEqualTo(proposed.slashId());
        assertThat(slash.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(slash.get("amountWei").asString()).isEqualTo(ContainerFeed.STAKE_REQUIREMENT.toString());
        assertThat(Numeric.toHexString(Hash.sha3(slash.get("evidenceCanonical").asString()
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo(proposed.evidenceHash());
        JsonNode reports = slash.at("/evidence/verdicts/0/reports");
        assertThat(reports).hasSize(3);
        assertThat(reports).extracting(report -> report.get("signer").asString())
                .containsExactlyInAnyOrderElementsOf(honest.stream().map(c -> c.wallet().toLowerCase()).toList());
        assertThat(reports).allSatisfy(report -> assertThat(report.get("signature").asString()).hasSize(132));
        Caller stranger = Caller.wallet(wallet().getAddress());
        assertThat(ServiceHttp.json(get(stranger, "/slashes?containerId=" + host.id()))).isEmpty();
        assertThat(get(stranger, "/slashes/" + proposed.slashId()).statusCode()).isEqualTo(404);

        String path = "/slashes/" + proposed.slashId();
        assertRefused(post(OPERATOR, path + "/dispute", "{\"statement\": \"not mine\"}"), 403, "NOT_THE_OWNER");
        assertRefused(post(ownerCaller, path + "/resolution", "{\"resolution\": \"REJECTED\"}"), 403,
                "NOT_AN_OPERATOR");
        assertThat(post(ownerCaller, path + "/dispute", "{\"statement\": \"\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> disputed = post(ownerCaller, path + "/dispute",
                "{\"statement\": \"the benchmark ran during a driver update\"}");
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
        assertThat(ServiceHttp.json(disputed).get("state").asString()).isEqualTo("DISPUTED");
        SlashDisputed dispute = slashing.await(SlashDisputed.class, d -> d.slashId().equals(proposed.slashId()),
                EVENT_TIMEOUT, "the dispute");
        assertThat(dispute.statement()).isEqualTo("the benchmark ran during a driver update");
        HttpResponse<String> upheld = post(OPERATOR, path + "/resolution",
                "{\"resolution\": \"UPHELD\", \"note\": \"four GPUs answered, eight registered\"}");
        assertThat(upheld.statusCode()).as(upheld.body()).isEqualTo(200);
        assertThat(ServiceHttp.json(upheld).at("/dispute/resolvedBy").asString()).isEqualTo(OPERATOR.id());

        SlashExecuted executed = slashing.await(SlashExecuted.class, e -> e.slashId().equals(proposed.slashId()),
                EVENT_TIMEOUT, "the execution after the dispute window");
        assertThat(executed.amountWei()).isEqualTo(ContainerFeed.STAKE_REQUIREMENT);
        assertThat(executed.evidenceHash()).isEqualTo(proposed.evidenceHash());
        assertThat(executed.reason()).isEqualTo("CAPACITY_FRAUD");
        assertThat(executed.executedAt()).isAfterOrEqualTo(proposed.disputeWindowEnds());
        assertThat(ServiceHttp.json(get(ownerCaller, path)).get("state").asString()).isEqualTo("EXECUTED");
    }

    @Test
    void a_serving_host_that_stops_answering_is_slashed_a_third_once_and_undisputed_it_executes() {
        Stream.of("a", "b", "c").forEach(name -> checker(name, Answers.honest(hosts)));
        Credentials owner = wallet();
        ContainerFeed.Container host = container(owner, "SERVING");
        checks.await(CheckVerdictReached.class, v -> v.containerId().equals(host.id()) && v.kind().equals("LIVENESS")
                && v.outcome().equals("PASSED") && v.containerStatus().equals("SERVING"), EVENT_TIMEOUT,
                "a passed check while serving");

        hosts.is(host.id(), Answers.UNREACHABLE).is(host.id(), QoeResult.unresponsive());

        SlashProposed proposed = slashing.await(SlashProposed.class, p -> p.containerId().equals(host.id()),
                EVENT_TIMEOUT, "the offline slash");
        assertThat(proposed.reason()).isEqualTo("OFFLINE_WHILE_SERVING");
        assertThat(proposed.amountWei()).isEqualTo(ContainerFeed.STAKE_REQUIREMENT.divide(BigInteger.valueOf(3)));
        List<CheckVerdictReached> failures = checks.awaitAll(CheckVerdictReached.class,
                v -> v.containerId().equals(host.id()) && v.kind().equals("LIVENESS") && v.outcome().equals("FAILED"),
                3, EVENT_TIMEOUT, "three failed liveness verdicts");
        assertThat(proposed.affectedFrom()).isEqualTo(failures.get(0).windowStart());
        JsonNode evidence = ServiceHttp.json(get(Caller.wallet(owner.getAddress()), "/slashes/" + proposed.slashId()))
                .get("evidence");
        assertThat(evidence.get("verdicts")).hasSize(3);

        SlashExecuted executed = slashing.await(SlashExecuted.class, e -> e.slashId().equals(proposed.slashId()),
                EVENT_TIMEOUT, "the undisputed slash executed");
        assertThat(executed.amountWei()).isEqualTo(proposed.amountWei());
        assertThat(executed.affectedFrom()).isEqualTo(proposed.affectedFrom());
        assertRefused(post(Caller.wallet(owner.getAddress()), "/slashes/" + proposed.slashId() + "/dispute",
                "{\"statement\": \"too late\"}"), 409, "NOT_DISPUTABLE");
        assertThat(slashing.all(SlashProposed.class, p -> p.containerId().equals(host.id()), Duration.ofSeconds(2)))
                .as("one outage, one slash").hasSize(1);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String refusal) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ServiceHttp.json(response).get("refusal").asString()).isEqualTo(refusal);
    }
}
