package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.engine.EngineCall;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class EngineCallRulesTest {

    private static final String CONTAINER = "3f1c7a52-9d7e-4b7a-8d35-0c1f0e6a2b10";
    private static final long NOW = Instant.parse("2026-11-25T12:00:00Z").getEpochSecond();

    private static String signed(EngineCall call) throws Exception {
        ECKeyPair key = Keys.createEcKeyPair();
        return call.sign(key).toHex();
    }

    @Test
    void a_well_formed_poll_and_report_have_no_problems() throws Exception {
        EngineCall poll = EngineCall.poll(CONTAINER, 1, NOW);
        EngineCall report = EngineCall.report(CONTAINER, "dep-1-r1", "http://203.0.113.7:8000", 2, NOW);

        assertThat(EngineCallRules.problems(poll, signed(poll), EngineAddresses.PUBLIC_ONLY)).isEmpty();
        assertThat(EngineCallRules.problems(report, signed(report), EngineAddresses.PUBLIC_ONLY)).isEmpty();
    }

    @Test
    void every_malformed_part_is_named_at_once() {
        EngineCall report = EngineCall.report("../etc", "dep 1", "ftp://x/", 0, NOW);

        assertThat(EngineCallRules.problems(report, "0x1234", EngineAddresses.PUBLIC_ONLY)).extracting(CallProblem::field)
                .containsExactly("containerId", "replicaId", "endpoint", "sequence", "signature");
    }

    @Test
    void a_poll_names_no_replica_or_endpoint_and_needs_a_signature() {
        EngineCall poll = EngineCall.poll(CONTAINER, -5, NOW);

        assertThat(EngineCallRules.problems(poll, null, EngineAddresses.PUBLIC_ONLY)).extracting(CallProblem::field)
                .containsExactly("sequence", "signature");
    }

    @Test
    void ids_are_bounded_as_the_columns_that_hold_them() throws Exception {
        EngineCall longContainer = EngineCall.poll("c".repeat(65), 1, NOW);
        EngineCall longReplica = EngineCall.report(CONTAINER, "r".repeat(81), "http://10.0.0.7:8000", 1, NOW);

        assertThat(EngineCallRules.problems(longContainer, signed(longContainer), EngineAddresses.ANY)).extracting(CallProblem::field)
                .containsExactly("containerId");
        assertThat(EngineCallRules.problems(longReplica, signed(longReplica), EngineAddresses.ANY)).extracting(CallProblem::field)
                .containsExactly("replicaId");
    }

    @Test
    void publicly_a_report_naming_an_internal_address_is_refused_and_trusted_networks_allow_it() throws Exception {
        EngineCall internal = EngineCall.report(CONTAINER, "dep-1-r1", "http://10.0.0.7:8000", 2, NOW);

        assertThat(EngineCallRules.problems(internal, signed(internal), EngineAddresses.PUBLIC_ONLY))
                .extracting(CallProblem::field).containsExactly("endpoint");
        assertThat(EngineCallRules.problems(internal, signed(internal), EngineAddresses.ANY)).isEmpty();
    }
}
