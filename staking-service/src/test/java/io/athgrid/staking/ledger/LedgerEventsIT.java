package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.events.v1.ProviderFeeAccrued;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Checker rewards, provider fees and slashes arrive on Kafka and are booked once, however often they
 * are delivered; wallets claim their vATH over HTTP, and bad claims write nothing.
 */
class LedgerEventsIT extends LedgerScenario {

    @Test
    void a_checker_reward_is_booked_once_under_redelivery_and_replay_and_is_available_at_once() {
        String owner = wallet(1);
        CheckerRewardAccrued reward = checkerReward(owner, ath(40));

        EventEnvelope<PlatformEvent> sent = publish(reward);
        events.send(sent);
        publish(reward);
        CheckerRewardAccrued second = checkerReward(owner, BigInteger.valueOf(5));
        publish(second);
        await(() -> count("select count(*) from ledger_accrual where owner = ?", owner) == 2, "both accruals booked");

        assertThat(count("select count(*) from ledger_entry where booking_key = ?", "checker:" + reward.accrualId()))
                .isEqualTo(1);
        JsonNode balance = balance(owner);
        assertThat(balance.path("availableWei").asString()).isEqualTo(ath(40).add(BigInteger.valueOf(5)).toString());
        assertThat(balance.path("availableByOrigin").path("CHECKER").asString())
                .isEqualTo(balance.path("availableWei").asString());
        JsonNode rewards = ok(get(Caller.wallet(owner), "/rewards"));
        assertThat(rewards.at("/epochs/0/kinds/0/kind").asString()).isEqualTo("CHECKER");
        assertThat(rewards.at("/epochs/0/kinds/0/sources/0/source").asString()).isEqualTo("license-" + owner);
        assertLedgerBalances();
    }

    @Test
    void a_provider_fee_vests_until_its_vesting_date() {
        String owner = wallet(2);
        // PostgreSQL keeps microseconds: an instant with more digits would come back rounded.
        Instant accruedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ProviderFeeAccrued fee = new ProviderFeeAccrued(UUID.randomUUID().toString(), owner,
                UUID.randomUUID().toString(), LocalDate.now(ZoneOffset.UTC), ath(9), accruedAt,
                accruedAt.plus(Duration.ofDays(45)));

        events.send(publish(fee));
        await(() -> count("select count(*) from ledger_grant where owner = ?", owner) == 1, "the fee's grant");
        publish(fee);

        JsonNode balance = balance(owner);
        assertThat(balance.path("vestingWei").asString()).isEqualTo(ath(9).toString());
        assertThat(balance.path("availableWei").asString()).isEqualTo("0");
        assertThat(jdbc.sql("select ends_at from ledger_grant where owner = ?").param(owner)
                .query(Timestamp.class).single().toInstant()).isEqualTo(fee.vestsAt());
    }

    @Test
    void a_wallet_claims_its_available_vath_and_bad_claims_write_nothing() {
        String owner = wallet(3);
        fund(owner, ath(100));
        Caller caller = Caller.wallet(owner);

        HttpResponse<String> tooSmall = post(caller, "/claims", claim(ath(30).subtract(BigInteger.ONE), "VEST_180_DAYS"));
        HttpResponse<String> tooMuch = post(caller, "/claims", claim(ath(100).add(BigInteger.ONE), "QUICK_30_DAYS"));
        HttpResponse<String> malformed = post(caller, "/claims", "{\"amountWei\": \"12.5\", \"option\": \"SOON\"}");
        HttpResponse<String> enterprise = post(Caller.enterprise("ent-1"), "/claims", claim(ath(40), "VEST_180_DAYS"));

        assertProblem(tooSmall, 400, "amountWei");
        assertProblem(tooMuch, 400, "amountWei");
        assertProblem(malformed, 400, "amountWei");
        assertThat(ServiceHttp.json(malformed).path("errors").toString()).contains("option");
        assertThat(enterprise.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from ledger_claim where owner = ?", owner)).isZero();
        assertThat(balance(owner).path("availableWei").asString()).isEqualTo(ath(100).toString());

        JsonNode quick = ok(post(caller, "/claims", claim(ath(80), "QUICK_30_DAYS")));

        assertThat(quick.path("payableWei").asString()).isEqualTo(ath(20).toString());
        assertThat(quick.path("returnedWei").asString()).isEqualTo(ath(60).toString());
        JsonNode balance = balance(owner);
        assertThat(balance.path("availableWei").asString()).isEqualTo(ath(20).toString());
        assertThat(balance.path("claimingWei").asString()).isEqualTo(ath(20).toString());
        assertThat(wei("select balance_wei from ledger_balance where owner = '' and bucket = 'RETURNED' "
                + "and origin = 'CHECKER'")).isGreaterThanOrEqualTo(ath(60));
        JsonNode mine = ok(get(caller, "/claims"));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("option").asString()).isEqualTo("QUICK_30_DAYS");
        assertLedgerBalances();
    }

    @Test
    void one_wallet_never_sees_or_claims_another_wallets_vath() {
        String owner = wallet(4);
        String other = wallet(5);
        fund(owner, ath(50));

        assertThat(ok(get(Caller.wallet(other), "/claims"))).isEmpty();
        assertThat(get(Caller.wallet(other), "/claims?account=" + owner).statusCode()).isEqualTo(403);
        assertThat(get(Caller.wallet(other), "/balance?account=" + owner).statusCode()).isEqualTo(403);
        assertThat(get(Caller.wallet(other), "/rewards?account=" + owner).statusCode()).isEqualTo(403);
        assertProblem(post(Caller.wallet(other), "/claims", claim(ath(40), "VEST_180_DAYS")), 400, "amountWei");
        assertThat(balance(other).path("availableWei").asString()).isEqualTo("0");
        assertThat(ok(get(Caller.operator(wallet(99)), "/balance?account=" + owner)).path("availableWei").asString())
                .isEqualTo(ath(50).toString());
        assertProblem(get(Caller.operator(wallet(99)), "/balance?account=not-an-address"), 400, "account");
        assertProblem(get(Caller.wallet(owner), "/rewards?epoch=-1"), 400, "epoch");
    }

    @Test
    void a_slash_beyond_the_owners_container_rewards_leaves_other_vath_alone_and_is_recorded_once() {
        String owner = wallet(6);
        fund(owner, ath(10));
        SlashExecuted slash = new SlashExecuted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), owner,
                "OFFLINE_WHILE_SERVING", ath(500), "0x" + "ee".repeat(32), Instant.now().minusSeconds(3_600),
                Instant.now().minusSeconds(1_800), Instant.now());

        events.send(publish(slash));
        publish(slash);
        await(() -> count("select count(*) from ledger_slash where slash_id = ?", slash.slashId()) == 1, "the slash");

        assertThat(wei("select from_bond_wei from ledger_slash where slash_id = ?", slash.slashId())).isEqualTo(ath(500));
        assertThat(jdbc.sql("select bond_ordered from ledger_slash where slash_id = ?").param(slash.slashId())
                .query(Boolean.class).single()).as("the rest is ordered from the bond (settlement's BondSlashOrders)")
                .isTrue();
        assertThat(wei("select amount_wei from bond_slash_order where slash_id = ?", slash.slashId())).isEqualTo(ath(500));
        assertThat(balance(owner).path("availableWei").asString()).isEqualTo(ath(10).toString());
    }

    @Test
    void the_database_refuses_an_unbalanced_entry_an_overdrawn_wallet_and_changes_to_the_journal() {
        long entry = jdbc.sql("insert into ledger_entry (booking_key, kind, booked_at) values (?, 'CLAIM', now()) "
                + "returning id").param("probe:" + UUID.randomUUID()).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("insert into ledger_line (entry_id, owner, bucket, origin, amount_wei) "
                + "values (?, '', 'SOURCE', 'CHECKER', -5), (?, ?, 'AVAILABLE', 'CHECKER', 4)")
                .params(entry, entry, wallet(7)).update())
                .hasMessageContaining("does not balance");
        assertThatThrownBy(() -> jdbc.sql("insert into ledger_balance (owner, bucket, origin, balance_wei) "
                + "values (?, 'AVAILABLE', 'CHECKER', -1)").param(wallet(7)).update())
                .hasMessageContaining("ledger_balance_check");
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set kind = 'SLASH' where id = ?").param(entry).update())
                .hasMessageContaining("append-only");
    }

    private static String claim(BigInteger amount, String option) {
        return "{\"amountWei\": \"" + amount + "\", \"option\": \"" + option + "\"}";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ServiceHttp.json(response).path("errors").toString()).contains(field);
    }

    private static BigInteger ath(long ath) {
        return BigInteger.valueOf(ath).multiply(ATH);
    }
}
