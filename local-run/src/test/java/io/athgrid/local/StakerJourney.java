package io.athgrid.local;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.generated.StakingPools;
import io.athgrid.testsupport.host.Waiting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/**
 * What a staker does on a local run, on chain and through the gateway: locks ATH in the AI pool, sees
 * the lock and the pool's APR, earns in the next epoch, claims its vATH, and takes the released ATH
 * from the reward distributor with the proof the API serves. Epochs last seconds here.
 */
final class StakerJourney {

    private static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);
    private static final BigInteger LOCKED = BigInteger.valueOf(1_000).multiply(ONE_ATH);
    private static final BigInteger FOUR_WEEKS = BigInteger.valueOf(28L * 24 * 3600);
    private static final Duration EPOCHS = Duration.ofMinutes(4);

    private final RunningPlatform platform;
    private final GatewayClient gateway;
    private final Credentials deployer;
    private final Credentials staker;
    private final String stakerKey;

    StakerJourney(RunningPlatform platform, GatewayClient gateway, String deployerKey, String stakerKey) {
        this.platform = platform;
        this.gateway = gateway;
        this.deployer = Credentials.create(deployerKey);
        this.staker = Credentials.create(stakerKey);
        this.stakerKey = stakerKey;
    }

    void run() throws Exception {
        DevnetContracts contracts = platform.contracts();
        Web3j web3j = Web3j.build(new HttpService(platform.rpcUrl()));
        try {
            ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
            long chainId = platform.chainId();
            AthToken asDeployer = AthToken.load(contracts.athToken(), web3j,
                    DevnetTransactions.transactionManager(web3j, deployer, chainId), gas);
            AthToken asStaker = AthToken.load(contracts.athToken(), web3j,
                    DevnetTransactions.transactionManager(web3j, staker, chainId), gas);
            String me = staker.getAddress().toLowerCase();
            asDeployer.mint(me, LOCKED).send();
            asStaker.approve(contracts.stakingPools(), LOCKED).send();
            StakingPools.load(contracts.stakingPools(), web3j,
                    DevnetTransactions.transactionManager(web3j, staker, chainId), gas)
                    .lock(BigInteger.ZERO, LOCKED, FOUR_WEEKS).send();

            String session = bearer(gateway.signIn(stakerKey));
            JsonNode locks = awaitJson("/api/staking/locks", session,
                    view -> view.path("locks").size() == 1);
            assertThat(locks.at("/locks/0/pool").asString()).isEqualTo("AI");
            assertThat(locks.at("/locks/0/amountWei").asString()).isEqualTo(LOCKED.toString());

            // The campaign starts with the epoch after the platform started; our lock earns from the next start.
            JsonNode pools = awaitJson("/api/staking/pools", session, view -> aiPool(view)
                    .map(pool -> new BigInteger(pool.path("totalLockedWei").asString()).signum() > 0
                            && new BigDecimal(pool.path("apr").asString()).signum() > 0)
                    .orElse(false));
            assertThat(aiPool(pools).orElseThrow().path("totalLockedWei").asString()).isEqualTo(LOCKED.toString());

            JsonNode rewards = awaitJson("/api/staking/rewards", session, view -> staked(view).signum() > 0);
            BigInteger earned = staked(rewards);
            JsonNode balance = awaitJson("/api/staking/balance", session,
                    view -> new BigInteger(view.path("availableWei").asString()).compareTo(earned) >= 0);
            String available = balance.path("availableWei").asString();

            HttpResponse<String> claim = gateway.post("/api/staking/claims",
                    "{\"amountWei\":\"" + available + "\",\"option\":\"QUICK_30_DAYS\"}", "Authorization", session);
            assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);

            // Released claim amounts become an epoch's payout; its root is posted and confirmed on chain.
            AtomicReference<JsonNode> proof = new AtomicReference<>();
            assertThat(Waiting.until(() -> claimableProof(session, me).map(found -> {
                proof.set(found);
                return true;
            }).orElse(false), EPOCHS)).as("a confirmed proof for " + me).isTrue();

            JsonNode served = proof.get();
            BigInteger amount = new BigInteger(served.path("amountWei").asString());
            List<byte[]> siblings = served.path("proof").valueStream()
                    .map(node -> Numeric.hexStringToByteArray(node.asString())).toList();
            BigInteger before = asStaker.balanceOf(me).send();
            RewardDistributor.load(contracts.rewardDistributor(), web3j,
                    DevnetTransactions.transactionManager(web3j, staker, chainId), gas)
                    .claim(BigInteger.valueOf(served.path("epoch").asLong()),
                            BigInteger.valueOf(served.path("index").asLong()), me, amount, siblings)
                    .send();
            assertThat(asStaker.balanceOf(me).send().subtract(before)).isEqualTo(amount).isPositive();
        } finally {
            web3j.shutdown();
        }
    }

    private Optional<JsonNode> claimableProof(String session, String me) {
        long current = json(gateway.get("/api/staking/epochs/current", "Authorization", session)).path("epoch").asLong();
        for (long epoch = current; epoch > current - 4 && epoch >= 0; epoch--) {
            HttpResponse<String> answer = gateway.get("/api/staking/epochs/" + epoch + "/proofs/" + me,
                    "Authorization", session);
            if (answer.statusCode() == 200 && json(answer).path("claimable").asBoolean()) {
                return Optional.of(json(answer));
            }
        }
        return Optional.empty();
    }

    private JsonNode awaitJson(String path, String session, Predicate<JsonNode> done) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        boolean reached = Waiting.until(() -> {
            HttpResponse<String> answer = gateway.get(path, "Authorization", session);
            if (answer.statusCode() != 200) {
                return false;
            }
            last.set(json(answer));
            return done.test(last.get());
        }, EPOCHS);
        assertThat(reached).as(path + " answered " + last.get()).isTrue();
        return last.get();
    }

    private static Optional<JsonNode> aiPool(JsonNode pools) {
        return pools.path("pools").valueStream().filter(pool -> "AI".equals(pool.path("pool").asString())).findFirst();
    }

    private static BigInteger staked(JsonNode rewards) {
        return rewards.path("epochs").valueStream()
                .flatMap(epoch -> epoch.path("kinds").valueStream())
                .filter(kind -> "STAKER".equals(kind.path("kind").asString()))
                .map(kind -> new BigInteger(kind.path("amountWei").asString()))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }
}
