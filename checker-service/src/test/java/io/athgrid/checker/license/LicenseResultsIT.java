package io.athgrid.checker.license;

import static io.athgrid.checker.fixtures.StoredVerdicts.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.checker.fixtures.StoredVerdicts;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.verdict.VerdictStore;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /licenses} counts each license's judged seats: all time per judgement, and the
 * incorrect ones of the last 7 days (what a ban weighs). The judgements are stored ones, weeks old
 * some of them; the real rounds' counts are checked in CheckRoundIT.
 */
class LicenseResultsIT extends CheckerScenarioBase {

    @Autowired
    JobStore jobs;
    @Autowired
    VerdictStore verdictStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void each_license_shows_its_seats_counted_by_judgement_and_its_incorrect_ones_of_the_last_week() {
        StoredVerdicts verdicts = new StoredVerdicts(jobs, verdictStore, transaction);
        Credentials owner = wallet();
        Credentials otherOwner = wallet();
        long judged = mint(owner.getAddress());
        long neverJudged = mint(owner.getAddress());
        long others = mint(otherOwner.getAddress());
        long stranger = 1_000_000_000L + judged; // a third seat beside them, no license of these wallets
        String container = "results-" + judged;
        String host = wallet().getAddress().toLowerCase();
        Instant now = Instant.now();
        verdict(verdicts, container, host, now.minus(Duration.ofDays(40)), List.of(judged, stranger), List.of(),
                List.of());
        verdict(verdicts, container, host, now.minus(Duration.ofDays(30)), List.of(others, stranger), List.of(),
                List.of(judged));
        verdict(verdicts, container, host, now.minus(Duration.ofDays(8)), List.of(others, stranger),
                List.of(judged), List.of());
        verdict(verdicts, container, host, today().minus(Duration.ofDays(3)), List.of(others, stranger),
                List.of(judged), List.of());
        verdict(verdicts, container, host, today().minus(Duration.ofDays(2)), List.of(judged, stranger),
                List.of(others), List.of());
        verdict(verdicts, container, host, today().minus(Duration.ofHours(1)), List.of(judged, others, stranger),
                List.of(), List.of());

        Map<String, JsonNode> mine = byId(get(Caller.wallet(owner.getAddress()), "/licenses"));
        assertThat(mine).containsOnlyKeys(Long.toString(judged), Long.toString(neverJudged));
        assertResults(mine.get(Long.toString(judged)), 3, 2, 1, 1);
        assertResults(mine.get(Long.toString(neverJudged)), 0, 0, 0, 0);

        Map<String, JsonNode> theirs = byId(get(Caller.wallet(otherOwner.getAddress()), "/licenses"));
        assertThat(theirs).containsOnlyKeys(Long.toString(others));
        assertResults(theirs.get(Long.toString(others)), 4, 1, 0, 1);

        Map<String, JsonNode> all = byId(get(Caller.operator(wallet().getAddress()), "/licenses"));
        assertThat(all).containsKeys(Long.toString(judged), Long.toString(neverJudged), Long.toString(others));
        assertResults(all.get(Long.toString(judged)), 3, 2, 1, 1);
        assertResults(all.get(Long.toString(others)), 4, 1, 0, 1);
    }

    private static void verdict(StoredVerdicts verdicts, String container, String owner, Instant reachedAt,
            List<Long> correct, List<Long> incorrect, List<Long> missing) {
        verdicts.add(container, owner, CheckKind.LIVENESS, Outcome.PASSED, reachedAt, correct, incorrect, missing);
    }

    private static Map<String, JsonNode> byId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(ServiceHttp.json(response).spliterator(), false)
                .collect(Collectors.toMap(license -> license.get("licenseId").asString(), license -> license));
    }

    private static void assertResults(JsonNode license, long correct, long incorrect, long missing, long recent) {
        JsonNode results = license.get("results");
        assertThat(results.get("correct").asLong()).as("correct").isEqualTo(correct);
        assertThat(results.get("incorrect").asLong()).as("incorrect").isEqualTo(incorrect);
        assertThat(results.get("missing").asLong()).as("missing").isEqualTo(missing);
        assertThat(results.get("incorrectLast7Days").asLong()).as("incorrectLast7Days").isEqualTo(recent);
    }
}
