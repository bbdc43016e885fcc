package io.athgrid.staking.settlement;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.EventEncoder;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.Transfer;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.utils.Convert;
import org.web3j.utils.Numeric;

/**
 * An anvil node seen through web3j, for the settlement tests: fresh contracts, dev accounts, mining,
 * and what the chain says about roots, claims and bonds. Account 0 deploys and is the settler.
 */
public final class DevnetChain {

    public static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);

    private final AnvilNode anvil;
    private final HttpService http;
    private final Web3j web3j;
    private final ContractGasProvider gas;

    public DevnetChain(AnvilNode anvil) {
        this.anvil = anvil;
        this.http = new HttpService(anvil.rpcUrl());
        this.web3j = Web3j.build(http);
        this.gas = DevnetTransactions.gasProvider(web3j);
    }

    public DevnetContracts deploy() {
        return DevnetContracts.deploy(web3j, account(0), anvil.chainId());
    }

    /**
     * Gives {@code account} SETTLER_ROLE and SLASHER_ROLE: the service's own wallet, so the tests'
     * transactions from the deployer never take a nonce the service counts on.
     */
    public void grantSettlerRoles(DevnetContracts contracts, int account) throws Exception {
        RewardDistributor distributor = distributor(contracts, account(0));
        distributor.grantRole(distributor.SETTLER_ROLE().send(), address(account)).send();
        ContainerBonds bonds = contracts.containerBonds(web3j, transactions(0), gas);
        bonds.grantRole(bonds.SLASHER_ROLE().send(), address(account)).send();
    }

    /** Takes SETTLER_ROLE away from {@code account} ({@code grant} false) or gives it back. */
    public void settlerRole(DevnetContracts contracts, int account, boolean grant) throws Exception {
        RewardDistributor distributor = distributor(contracts, account(0));
        byte[] role = distributor.SETTLER_ROLE().send();
        if (grant) {
            distributor.grantRole(role, address(account)).send();
        } else {
            distributor.revokeRole(role, address(account)).send();
        }
    }

    /** Takes SLASHER_ROLE away from {@code account} ({@code grant} false) or gives it back. */
    public void slasherRole(DevnetContracts contracts, int account, boolean grant) throws Exception {
        ContainerBonds bonds = contracts.containerBonds(web3j, transactions(0), gas);
        byte[] role = bonds.SLASHER_ROLE().send();
        if (grant) {
            bonds.grantRole(role, address(account)).send();
        } else {
            bonds.revokeRole(role, address(account)).send();
        }
    }

    /**
     * The one chain configuration, {@code athgrid.staking.chain.*}, for a service that settles on
     * {@code contracts} through {@code rpcUrl} (anvil, or a proxy in front of it) from dev account
     * {@code settler} and counts {@code confirmations}.
     */
    public Map<String, String> serviceProperties(DevnetContracts contracts, String rpcUrl, int settler,
            int confirmations) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("athgrid.staking.chain.rpc-url", rpcUrl);
        properties.put("athgrid.staking.chain.chain-id", Long.toString(anvil.chainId()));
        properties.put("athgrid.staking.chain.confirmations", Integer.toString(confirmations));
        properties.put("athgrid.staking.chain.ath-token", contracts.athToken());
        properties.put("athgrid.staking.chain.staking-pools", contracts.stakingPools());
        properties.put("athgrid.staking.chain.container-bonds", contracts.containerBonds());
        properties.put("athgrid.staking.chain.reward-distributor", contracts.rewardDistributor());
        properties.put("athgrid.staking.chain.settler-private-key", privateKey(settler));
        return properties;
    }

    public Credentials account(int index) {
        return Credentials.create(anvil.devPrivateKeys().get(index));
    }

    public String address(int index) {
        return account(index).getAddress();
    }

    public String privateKey(int index) {
        return anvil.devPrivateKeys().get(index);
    }

    public String rpcUrl() {
        return anvil.rpcUrl();
    }

    /** Mines {@code blocks} empty blocks: confirmations for what was mined before. */
    public void mine(int blocks) {
        try {
            VoidResponse response = new Request<>("anvil_mine", List.of(Numeric.toHexStringWithPrefix(
                    BigInteger.valueOf(blocks))), http, VoidResponse.class).send();
            if (response.hasError()) {
                throw new IllegalStateException("anvil_mine failed: " + response.getError().getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the chain's clock {@code by} ahead and mines a block with the new time. Only on an anvil of the test's own. */
    public void advanceTime(Duration by) {
        try {
            VoidResponse response = new Request<>("evm_increaseTime", List.of(by.toSeconds()), http, VoidResponse.class)
                    .send();
            if (response.hasError()) {
                throw new IllegalStateException("evm_increaseTime failed: " + response.getError().getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mine(1);
    }

    /** anvil's snapshot of the chain as it is now, for {@link #revertTo}. */
    public String snapshot() throws IOException {
        return new Request<>("evm_snapshot", List.of(), http, EthSnapshot.class).send().getResult();
    }

    /** Drops every block mined since {@code snapshot}: a reorganisation as deep as they are. */
    public void revertTo(String snapshot) throws IOException {
        VoidResponse response = new Request<>("evm_revert", List.of(snapshot), http, VoidResponse.class).send();
        if (response.hasError()) {
            throw new IllegalStateException("evm_revert failed: " + response.getError().getMessage());
        }
    }

    /** A plain transfer of 1 wei from {@code account}, signed with its next nonce. */
    public TransactionReceipt spendNonce(int account) throws Exception {
        return new Transfer(web3j, transactions(account))
                .sendFunds(address(0), BigDecimal.ONE, Convert.Unit.WEI).send();
    }

    /** The answer of evm_snapshot: the snapshot's id. */
    public static class EthSnapshot extends Response<String> {
    }

    public String rootOf(DevnetContracts contracts, long epoch) throws Exception {
        return Numeric.toHexString(distributor(contracts, account(0)).rootOf(BigInteger.valueOf(epoch)).send());
    }

    /** Every EpochRootPosted log of {@code epoch}: more than one would be a root posted twice. */
    public List<Log> rootPostedLogs(DevnetContracts contracts, long epoch) throws IOException {
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST,
                contracts.rewardDistributor());
        filter.addSingleTopic(EventEncoder.encode(RewardDistributor.EPOCHROOTPOSTED_EVENT));
        filter.addSingleTopic(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(epoch), 64));
        return web3j.ethGetLogs(filter).send().getLogs().stream()
                .map(result -> (Log) ((EthLog.LogObject) result).get()).toList();
    }

    /** {@code claim} of leaf {@code index} sent by {@code sender} for {@code account}. */
    public TransactionReceipt claim(DevnetContracts contracts, Credentials sender, long epoch, int index, String account,
            BigInteger amount, List<String> proof) throws Exception {
        List<byte[]> siblings = proof.stream().map(Numeric::hexStringToByteArray).toList();
        return distributor(contracts, sender).claim(BigInteger.valueOf(epoch), BigInteger.valueOf(index), account,
                amount, siblings).send();
    }

    /** A root posted straight from the settler's wallet, as a second settler (or a mistake) would. */
    public TransactionReceipt postRoot(DevnetContracts contracts, long epoch, String root, BigInteger total)
            throws Exception {
        return distributor(contracts, account(0))
                .postRoot(BigInteger.valueOf(epoch), Numeric.hexStringToByteArray(root), total).send();
    }

    public BigInteger athBalance(DevnetContracts contracts, String account) throws Exception {
        return contracts.athToken(web3j, DevnetTransactions.transactionManager(web3j, account(0), anvil.chainId()), gas)
                .balanceOf(account).send();
    }

    /** Mints {@code amount} ATH wei to {@code owner}, who bonds it for {@code containerId}. */
    public void bond(DevnetContracts contracts, int owner, String containerId, BigInteger amount) throws Exception {
        AthToken asAdmin = contracts.athToken(web3j, transactions(0), gas);
        asAdmin.mint(address(owner), amount).send();
        contracts.athToken(web3j, transactions(owner), gas).approve(contracts.containerBonds(), amount).send();
        contracts.containerBonds(web3j, transactions(owner), gas).bond(ContainerIdBytes.toBytes32(containerId), amount)
                .send();
    }

    /** What the container's bond holds now. */
    public BigInteger bonded(DevnetContracts contracts, String containerId) throws Exception {
        ContainerBonds bonds = contracts.containerBonds(web3j, transactions(0), gas);
        return bonds.bondOf(ContainerIdBytes.toBytes32(containerId)).send().component2();
    }

    /** Every BondSlashed log of the contract. */
    public List<Log> bondSlashedLogs(DevnetContracts contracts) throws IOException {
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST,
                contracts.containerBonds());
        filter.addSingleTopic(EventEncoder.encode(ContainerBonds.BONDSLASHED_EVENT));
        return web3j.ethGetLogs(filter).send().getLogs().stream()
                .map(result -> (Log) ((EthLog.LogObject) result).get()).toList();
    }

    private RewardDistributor distributor(DevnetContracts contracts, Credentials sender) {
        return contracts.rewardDistributor(web3j,
                DevnetTransactions.transactionManager(web3j, sender, anvil.chainId()), gas);
    }

    private TransactionManager transactions(int account) {
        return DevnetTransactions.transactionManager(web3j, account(account), anvil.chainId());
    }
}
