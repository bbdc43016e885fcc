package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.testing.Eventually;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class CheckerClientTest {

    private static final LivenessResult REACHABLE = new LivenessResult(true, BigDecimal.ZERO, 42);
    private static final QoeResult SERVING = new QoeResult(true, 80, BigDecimal.ZERO, BigDecimal.ZERO);

    private final RecordingCheckerListener listener = new RecordingCheckerListener();
    private final ECKeyPair burner = newKey();
    private final String wallet = KeyFile.address(burner);
    private ScriptedCheckerPlatform platform;
    private CheckerRuntime runtime;
    private CheckerClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (runtime != null) {
            FastCheckerRuntime.shutdown(runtime);
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void signs_in_polls_and_submits_a_signed_report_for_each_assignment() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7);
        String liveness = platform.assign(wallet, 7, "c-1", CheckKind.LIVENESS, "https://gpu-1.example", inAMinute());
        String qoe = platform.assign(wallet, 7, "c-1", CheckKind.QOE, "https://gpu-1.example", inAMinute());

        start(this::honest);
        Eventually.await("both reports accepted", () -> listener.events.containsAll(List.of("accepted LIVENESS", "accepted QOE")));

        assertThat(platform.logins()).isEqualTo(1);
        assertThat(platform.received()).allSatisfy(report -> {
            assertThat(report.wallet()).isEqualTo(wallet);
            assertThat(report.signed().signer(platform.domain())).isEqualTo(wallet);
            assertThat(report.signed().report().licenseId()).isEqualTo(7);
            assertThat(report.signed().report().containerId()).isEqualTo("c-1");
        });
        assertThat(platform.received()).extracting(report -> report.signed().report().jobId()).containsExactlyInAnyOrder(liveness, qoe);
        assertThat(platform.received()).extracting(ScriptedCheckerPlatform.Received::result).containsExactlyInAnyOrder(REACHABLE, SERVING);
        Eventually.await("a few more polls", () -> platform.polls() >= 5);
        assertThat(platform.received()).as("each seat is answered once").hasSize(2);
        assertThat(listener.events).containsOnlyOnce("signed in").contains("accepted LIVENESS", "accepted QOE");
    }

    @Test
    void a_rejected_report_is_logged_with_its_reason_and_not_sent_again() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7).answerNextReport(409, "LATE");
        platform.assign(wallet, 7, "c-1", CheckKind.LIVENESS, "https://gpu-1.example", inAMinute());

        start(this::honest);
        Eventually.await("the rejection", () -> listener.events.contains("rejected LATE"));
        int polls = platform.polls();
        Eventually.await("a few more polls", () -> platform.polls() >= polls + 4);

        assertThat(platform.reportAnswers()).containsExactly("409 LATE");
        assertThat(platform.received()).isEmpty();
    }

    @Test
    void signs_in_again_when_the_gateway_no_longer_takes_its_session() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7);
        platform.assign(wallet, 7, "c-1", CheckKind.LIVENESS, "https://gpu-1.example", inAMinute());
        start(this::honest);
        Eventually.await("the first report", () -> platform.received().size() == 1);

        platform.expireSessions();
        platform.assign(wallet, 7, "c-2", CheckKind.LIVENESS, "https://gpu-2.example", inAMinute());

        Eventually.await("the second report", () -> platform.received().size() == 2);
        assertThat(platform.logins()).isEqualTo(2);
        assertThat(client.finished()).isNotDone();
    }

    @Test
    void renews_its_session_before_the_token_expires() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7).sessionLifetime(Duration.ofMillis(400));

        start(this::honest);

        Eventually.await("renewed sessions", () -> platform.logins() >= 3);
        assertThat(listener.events).doesNotContain("failed 1");
    }

    @Test
    void backs_off_while_the_platform_fails_and_resends_the_report_it_did_not_take() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7).answerPolls(503, 502, 429).answerNextReport(503, "");
        platform.assign(wallet, 7, "c-1", CheckKind.LIVENESS, "https://gpu-1.example", inAMinute());

        start(this::honest);

        Eventually.await("the report resent and accepted", () -> listener.events.contains("accepted LIVENESS"));
        assertThat(platform.reportAnswers()).containsExactly("503", "202");
        assertThat(listener.events).containsSubsequence("failed 1", "failed 2", "failed 3", "recovered 3", "accepted LIVENESS");
    }

    @Test
    void a_result_found_after_the_answer_time_is_not_sent() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7);
        platform.assign(wallet, 7, "c-1", CheckKind.LIVENESS, "https://gpu-1.example", Instant.now().plusMillis(100));

        start(assignment -> {
            try {
                TimeUnit.MILLISECONDS.sleep(300);
            } catch (InterruptedException e) {
                throw new CannotCheckException("interrupted");
            }
            return REACHABLE;
        });

        Eventually.await("given up", () -> listener.events.contains("undelivered"));
        assertThat(platform.reportAnswers()).isEmpty();
    }

    @Test
    void a_seat_the_probe_cannot_check_goes_unanswered() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7);
        platform.assign(wallet, 7, "c-1", CheckKind.CAPACITY, "https://gpu-1.example", inAMinute());

        start(new NetworkProbe(ProbeSettings.DEFAULTS)::check);

        Eventually.await("skipped", () -> listener.events.stream().anyMatch(event -> event.startsWith("skipped CAPACITY")));
        assertThat(listener.events).anySatisfy(event -> assertThat(event).contains("no remote benchmark protocol"));
        assertThat(platform.reportAnswers()).isEmpty();
    }

    @Test
    void a_platform_signing_reports_on_another_chain_stops_the_checker() throws Exception {
        platform = new ScriptedCheckerPlatform().license(wallet, 7).domainChainId(42161);

        start(this::honest);

        Optional<String> reason = client.finished().get(30, TimeUnit.SECONDS);
        assertThat(reason).hasValueSatisfying(text -> assertThat(text).contains("chain 42161").contains("--chain-id"));
        assertThat(listener.events).containsExactly("stopped");
    }

    @Test
    void a_sign_in_the_gateway_refuses_stops_the_checker() throws Exception {
        platform = new ScriptedCheckerPlatform().refuseLogins();

        start(this::honest);

        Optional<String> reason = client.finished().get(30, TimeUnit.SECONDS);
        assertThat(reason).hasValueSatisfying(text -> assertThat(text).contains("refused the sign-in").contains(wallet));
    }

    private CheckResult honest(Assignment assignment) {
        return assignment.kind() == CheckKind.LIVENESS ? REACHABLE : SERVING;
    }

    private void start(Probe probe) {
        runtime = FastCheckerRuntime.against(platform.url());
        client = new CheckerClient("test checker", burner, ScriptedCheckerPlatform.CHAIN_ID, probe, runtime, listener);
        client.start(Duration.ZERO);
    }

    private static Instant inAMinute() {
        return Instant.now().plusSeconds(60);
    }

    private static ECKeyPair newKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
