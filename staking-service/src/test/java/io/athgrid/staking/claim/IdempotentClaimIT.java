package io.athgrid.staking.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.ledger.LedgerScenario;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A wallet that retries POST /claims with its Idempotency-Key (a timeout, a double click) gets the
 * first claim, never a second: with QUICK_30_DAYS a second claim would return another 75 % to the pools.
 */
class IdempotentClaimIT extends LedgerScenario {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void a_repeat_answers_the_same_claim_and_the_vath_is_charged_once() {
        String owner = wallet(21);
        fund(owner, ath(200));
        String body = claim(ath(80), "QUICK_30_DAYS");

        HttpResponse<String> first = claim(owner, body, "claim-4711");
        HttpResponse<String> repeat = claim(owner, body, "claim-4711");
        // The same claim, serialised anew: fields in another order, the amount with leading zeros.
        HttpResponse<String> reserialised = claim(owner,
                "{ \"option\":\"QUICK_30_DAYS\",\n  \"amountWei\": \"000" + ath(80) + "\" }", "claim-4711");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
        JsonNode claimed = ServiceHttp.json(first);
        String claimId = claimed.path("claimId").asString();
        for (HttpResponse<String> again : List.of(repeat, reserialised)) {
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(again.headers().firstValue(REPLAYED)).hasValue("true");
            assertThat(again.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("claims/" + claimId));
            JsonNode answered = ServiceHttp.json(again);
            assertThat(answered.path("claimId").asString()).isEqualTo(claimId);
            assertThat(answered.path("amountWei").asString()).isEqualTo(ath(80).toString());
            assertThat(answered.path("payableWei").asString()).isEqualTo(ath(20).toString());
            assertThat(answered.path("returnedWei").asString()).isEqualTo(ath(60).toString());
            assertThat(answered.path("createdAt").asString()).isEqualTo(claimed.path("createdAt").asString());
        }
        assertThat(claims(owner)).isEqualTo(1);
        assertThat(keys(owner)).isEqualTo(1);
        assertThat(count("select count(*) from ledger_entry where booking_key in "
                + "(select 'claim:' || id from ledger_claim where owner = ?)", owner)).isEqualTo(1);
        JsonNode balance = balance(owner);
        assertThat(balance.path("availableWei").asString()).isEqualTo(ath(120).toString());
        assertThat(balance.path("claimingWei").asString()).isEqualTo(ath(20).toString());
        assertThat(ok(get(Caller.wallet(owner), "/claims"))).singleElement()
                .satisfies(listed -> assertThat(listed.path("claimId").asString()).isEqualTo(claimId));
        assertLedgerBalances();
    }

    @Test
    void the_same_key_for_a_different_claim_is_a_conflict_and_writes_nothing() {
        String owner = wallet(22);
        fund(owner, ath(100));
        HttpResponse<String> first = claim(owner, claim(ath(40), "VEST_180_DAYS"), "key-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> otherOption = claim(owner, claim(ath(40), "QUICK_30_DAYS"), "key-1");
        HttpResponse<String> otherAmount = claim(owner, claim(ath(40).add(BigInteger.ONE), "VEST_180_DAYS"), "key-1");

        for (HttpResponse<String> different : List.of(otherOption, otherAmount)) {
            assertThat(different.statusCode()).as(different.body()).isEqualTo(409);
            assertProblem(different);
            assertThat(ServiceHttp.json(different).path("detail").asString()).contains("different claim");
        }
        assertThat(claims(owner)).isEqualTo(1);
        assertThat(keys(owner)).isEqualTo(1);
        assertThat(balance(owner).path("availableWei").asString()).isEqualTo(ath(60).toString());
        assertLedgerBalances();
    }

    @Test
    void concurrent_first_requests_with_one_key_create_exactly_one_claim() throws Exception {
        String owner = wallet(23);
        // 80 of 100: had a second request been judged against the balance the first spent, it would be refused.
        fund(owner, ath(100));
        String body = claim(ath(80), "QUICK_30_DAYS");
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> responses = ServiceHttp.sentTogether(8, () -> claim(owner, body, key));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).as(response.body())
                .isEqualTo(201));
        assertThat(responses.stream().map(response -> ServiceHttp.json(response).path("claimId").asString())
                .distinct()).hasSize(1);
        assertThat(responses.stream().filter(response -> response.headers().firstValue(REPLAYED).isEmpty()))
                .hasSize(1);
        assertThat(claims(owner)).isEqualTo(1);
        assertThat(keys(owner)).isEqualTo(1);
        assertThat(balance(owner).path("availableWei").asString()).isEqualTo(ath(20).toString());
        assertLedgerBalances();
    }

    @Test
    void another_wallet_with_the_same_key_gets_its_own_claim() {
        String alpha = wallet(24);
        String beta = wallet(25);
        fund(alpha, ath(50));
        fund(beta, ath(50));
        String body = claim(ath(40), "VEST_180_DAYS");

        HttpResponse<String> ofAlpha = claim(alpha, body, "shared-key");
        HttpResponse<String> ofBeta = claim(beta, body, "shared-key");

        assertThat(ofAlpha.statusCode()).as(ofAlpha.body()).isEqualTo(201);
        assertThat(ofBeta.statusCode()).as(ofBeta.body()).isEqualTo(201);
        assertThat(ofBeta.headers().firstValue(REPLAYED)).isEmpty();
        String alphaClaim = ServiceHttp.json(ofAlpha).path("claimId").asString();
        String betaClaim = ServiceHttp.json(ofBeta).path("claimId").asString();
        assertThat(betaClaim).isNotEqualTo(alphaClaim);
        assertThat(ServiceHttp.json(ofBeta).path("account").asString()).isEqualTo(beta);
        assertThat(claims(alpha)).isEqualTo(1);
        assertThat(claims(beta)).isEqualTo(1);
        assertThat(balance(alpha).path("availableWei").asString()).isEqualTo(ath(10).toString());
        assertThat(balance(beta).path("availableWei").asString()).isEqualTo(ath(10).toString());
        assertThat(ok(get(Caller.wallet(beta), "/claims"))).singleElement()
                .satisfies(listed -> assertThat(listed.path("claimId").asString()).isEqualTo(betaClaim));
        assertThat(get(Caller.wallet(beta), "/claims?account=" + alpha).statusCode()).isEqualTo(403);
    }

    @Test
    void a_malformed_key_is_refused_as_a_problem_and_writes_nothing() {
        String owner = wallet(26);
        fund(owner, ath(100));
        String body = claim(ath(40), "VEST_180_DAYS");

        // Non-ASCII keys are refused too (service-support's IdempotencyKeyTest): Java's HTTP client would not
        // send them unaltered.
        for (String malformed : List.of("", "k".repeat(129), "tab\there")) {
            HttpResponse<String> refused = claim(owner, body, malformed);
            assertThat(refused.statusCode()).as(malformed + " -> " + refused.body()).isEqualTo(400);
            assertProblem(refused);
            assertThat(ServiceHttp.json(refused).path("errors")).singleElement()
                    .satisfies(error -> assertThat(error.path("field").asString()).isEqualTo(KEY));
        }
        // Every offending field at once: the header and the body.
        HttpResponse<String> both = claim(owner, "{\"amountWei\": \"12.5\", \"option\": \"VEST_180_DAYS\"}", "");
        assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
        assertThat(ServiceHttp.json(both).path("errors").toString()).contains(KEY, "amountWei");

        assertThat(claims(owner)).isZero();
        assertThat(keys(owner)).isZero();
        assertThat(balance(owner).path("availableWei").asString()).isEqualTo(ath(100).toString());
    }

    @Test
    void a_claim_the_rules_refuse_leaves_its_key_unused() {
        String owner = wallet(27);
        fund(owner, ath(50));

        HttpResponse<String> tooMuch = claim(owner, claim(ath(60), "VEST_180_DAYS"), "retry-me");
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);
        assertThat(keys(owner)).isZero();

        HttpResponse<String> covered = claim(owner, claim(ath(50), "VEST_180_DAYS"), "retry-me");
        assertThat(covered.statusCode()).as(covered.body()).isEqualTo(201);
        assertThat(covered.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(claims(owner)).isEqualTo(1);
        assertThat(keys(owner)).isEqualTo(1);
    }

    private HttpResponse<String> claim(String owner, String body, String key) {
        return post(Caller.wallet(owner), "/claims", body, KEY, key);
    }

    private static String claim(BigInteger amount, String option) {
        return "{\"amountWei\": \"" + amount + "\", \"option\": \"" + option + "\"}";
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private long claims(String owner) {
        return count("select count(*) from ledger_claim where owner = ?", owner);
    }

    private long keys(String owner) {
        return count("select count(*) from ledger_claim_idempotency_key where owner = ?", owner);
    }

    private static BigInteger ath(long ath) {
        return BigInteger.valueOf(ath).multiply(ATH);
    }
}
