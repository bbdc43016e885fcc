package io.athgrid.bench.settlement;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.staking.settlement.EpochTree;
import io.athgrid.staking.settlement.tx.Eip1559Transaction;
import io.athgrid.staking.settlement.tx.SettlerChain;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.utils.Numeric;

/**
 * Gas on anvil of the two ways to pay {@code recipients} accounts: one postRoot and a claim per
 * account, against one ERC-20 transfer per account. Fresh contracts on an anvil of its own; the
 * recipients are fresh addresses (their first ATH, as for most reward claimants), other ones for the
 * transfers than for the claims, with the same amounts. A second epoch pays the same accounts again:
 * claims to wallets that already hold ATH. Claims go in leaf index order, so the claims at indices
 * 0, 256, 512 ... are the first in their word of the claimed bitmap. Transactions are signed ahead
 * with consecutive nonces and sent without waiting, then their receipts are read.
 */
final class GasOnAnvil {

    private static final BigInteger GAS_LIMIT = BigInteger.valueOf(500_000);
    private static final BigInteger MAX_FEE = BigInteger.valueOf(20_000_000_000L);
    private static final BigInteger TIP = BigInteger.valueOf(1_000_000);
    private static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);

    /**
     * @param claimGas       epoch 1: every account's claim, in index order, each its first ATH
     * @param holderClaimGas epoch 2: the same accounts again, now holding ATH
     * @param bigEpochFirstClaimGas  the big epoch's leaf 0 (first in its word), to a fresh wallet
     * @param bigEpochSecondClaimGas the big epoch's leaf 1 (later in its word), to a fresh wallet
     */
    record Figures(long postRootGas, List<Long> claimGas, List<Long> holderClaimGas, long bigEpochFirstClaimGas,
            long bigEpochSecondClaimGas, int bigEpochProofLength, List<Long> transferGas, int claimProofLength, long slashGas) {

        /** The claims that set the first bit of a bitmap word: a fresh storage slot. */
        static List<Long> firstInWord(List<Long> inIndexOrder) {
            List<Long> first = new ArrayList<>();
            for (int index = 0; index < inIndexOrder.size(); index += 256) {
                first.add(inIndexOrder.get(index));
            }
            return first;
        }

        static List<Long> laterInWord(List<Long> inIndexOrder) {
            List<Long> later = new ArrayList<>();
            for (int index = 0; index < inIndexOrder.size(); index++) {
                if (index % 256 != 0) {
                    later.add(inIndexOrder.get(index));
                }
            }
            return later;
        }
    }

    private GasOnAnvil() {
    }

    static Figures measure(int recipients, EpochTree bigTree) throws Exception {
        try (AnvilNode anvil = AnvilNode.start(0)) {
            Web3j web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
            try {
                return measure(anvil, web3j, recipients, bigTree);
            } finally {
                web3j.shutdown();
            }
        }
    }

    private static Figures measure(AnvilNode anvil, Web3j web3j, int recipients, EpochTree bigTree) throws Exception {
        Credentials admin = Credentials.create(anvil.devPrivateKeys().get(0));
        DevnetContracts contracts = DevnetContracts.deploy(web3j, admin, anvil.chainId());
        TransactionManager asAdmin = DevnetTransactions.transactionManager(web3j, admin, anvil.chainId());
        ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
        RewardDistributor distributor = contracts.rewardDistributor(web3j, asAdmin, gas);

        SortedMap<String, BigInteger> payouts = recipients(recipients, 5);
        EpochTree tree = EpochTree.of(1, payouts).orElseThrow();
        TransactionReceipt posted = distributor.postRoot(BigInteger.ONE, Numeric.hexStringToByteArray(tree.rootHex()),
                tree.total()).send();

        List<Long> claimGas = sendAll(anvil, 2, contracts.rewardDistributor(), claimCalls(tree));
        EpochTree again = EpochTree.of(2, payouts).orElseThrow();
        distributor.postRoot(BigInteger.TWO, Numeric.hexStringToByteArray(again.rootHex()), again.total()).send();
        List<Long> holderClaimGas = sendAll(anvil, 2, contracts.rewardDistributor(), claimCalls(again));

        BigInteger bigEpoch = BigInteger.valueOf(bigTree.epoch());
        distributor.postRoot(bigEpoch, Numeric.hexStringToByteArray(bigTree.rootHex()), bigTree.total()).send();
        List<Long> bigClaims = sendAll(anvil, 2, contracts.rewardDistributor(),
                List.of(claimCall(bigTree.epoch(), bigTree.leaf(0), bigTree.proof(0)),
                        claimCall(bigTree.epoch(), bigTree.leaf(1), bigTree.proof(1))));

        String payer = anvil.devAddresses().get(3);
        AthToken token = contracts.athToken(web3j, asAdmin, gas);
        token.mint(payer, ONE_ATH.multiply(BigInteger.valueOf(1_000L * recipients))).send();
        // Other fresh accounts with the same amounts: the claims above already gave the first ones ATH.
        List<String> transfers = new ArrayList<>();
        recipients(recipients, 6).forEach((account, amount) -> transfers.add(FunctionEncoder.encode(new Function("transfer",
                List.<Type>of(new Address(account), new Uint256(amount)), List.of()))));
        List<Long> transferGas = sendAll(anvil, 3, contracts.athToken(), transfers);

        return new Figures(posted.getGasUsed().longValueExact(), claimGas, holderClaimGas, bigClaims.get(0),
                bigClaims.get(1),
                bigTree.proof(0).length / 32, transferGas, tree.proof(0).length / 32,
                slashGas(anvil, web3j, contracts, asAdmin, gas));
    }

    /** A host bonds 1,000 ATH for a container; the slasher (the deployer) slashes 100 of it. */
    private static long slashGas(AnvilNode anvil, Web3j web3j, DevnetContracts contracts, TransactionManager asAdmin,
            ContractGasProvider gas) throws Exception {
        String host = anvil.devAddresses().get(4);
        TransactionManager asHost = DevnetTransactions.transactionManager(web3j,
                Credentials.create(anvil.devPrivateKeys().get(4)), anvil.chainId());
        BigInteger bond = ONE_ATH.multiply(BigInteger.valueOf(1_000));
        byte[] containerId = ContainerIdBytes.toBytes32(UUID.randomUUID().toString());
        contracts.athToken(web3j, asAdmin, gas).mint(host, bond).send();
        contracts.athToken(web3j, asHost, gas).approve(contracts.containerBonds(), bond).send();
        contracts.containerBonds(web3j, asHost, gas).bond(containerId, bond).send();
        return contracts.containerBonds(web3j, asAdmin, gas)
                .slash(containerId, ONE_ATH.multiply(BigInteger.valueOf(100)), new byte[32]).send()
                .getGasUsed().longValueExact();
    }

    private static String revertData(SettlerChain chain, TransactionReceipt receipt, String to, String call) {
        try {
            EthCall replay = chain.web3j().ethCall(Transaction.createEthCallTransaction(chain.sender(), to, call),
                    DefaultBlockParameter.valueOf(receipt.getBlockNumber().subtract(BigInteger.ONE))).send();
            return replay.hasError() ? replay.getError().getMessage() + " " + replay.getError().getData()
                    : "no error when replayed";
        } catch (java.io.IOException e) {
            return "could not replay: " + e;
        }
    }

    /** anvil mines each transaction as it arrives, but hands out the receipt a moment later. */
    private static TransactionReceipt receipt(SettlerChain chain, String hash) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<TransactionReceipt> receipt = chain.receipt(hash);
            if (receipt.isPresent()) {
                return receipt.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no receipt for " + hash);
    }

    /** Distinct fresh accounts with 1 to 1,000 ATH each. */
    private static SortedMap<String, BigInteger> recipients(int count, long seed) {
        Random random = new Random(seed);
        SortedMap<String, BigInteger> payouts = new TreeMap<>();
        byte[] address = new byte[20];
        while (payouts.size() < count) {
            random.nextBytes(address);
            payouts.put(Numeric.toHexString(address), BigInteger.valueOf(1 + random.nextInt(1_000)).multiply(ONE_ATH));
        }
        return payouts;
    }

    /** Every leaf's claim, in index order. */
    private static List<String> claimCalls(EpochTree tree) {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            claims.add(claimCall(tree.epoch(), tree.leaf(i), tree.proof(i)));
        }
        return claims;
    }

    private static String claimCall(long epoch, EpochTree.Leaf leaf, byte[] proof) {
        List<Bytes32> siblings = new ArrayList<>();
        for (int offset = 0; offset < proof.length; offset += 32) {
            byte[] sibling = new byte[32];
            System.arraycopy(proof, offset, sibling, 0, 32);
            siblings.add(new Bytes32(sibling));
        }
        return FunctionEncoder.encode(new Function(RewardDistributor.FUNC_CLAIM, List.<Type>of(new Uint256(epoch),
                new Uint256(leaf.index()), new Address(leaf.account()), new Uint256(leaf.amount()), new DynamicArray<>(Bytes32.class, siblings)),
                List.of()));
    }

    /** Signs every call from dev account {@code from} with consecutive nonces, sends them all, then reads the gas used. */
    private static List<Long> sendAll(AnvilNode anvil, int from, String to, List<String> calls) {
        try (SettlerChain chain = SettlerChain.connect(anvil.rpcUrl(), anvil.devPrivateKeys().get(from), anvil.chainId(),
                Duration.ofSeconds(30))) {
            BigInteger nonce = chain.pendingNonce();
            List<String> hashes = new ArrayList<>();
            for (String call : calls) {
                Eip1559Transaction.Signed signed = chain.sign(new Eip1559Transaction(anvil.chainId(), nonce, TIP, MAX_FEE,
                        GAS_LIMIT, to, call));
                chain.broadcast(signed.rawHex()).ifPresent(refusal -> {
                    throw new IllegalStateException("anvil refused a transaction: " + refusal);
                });
                hashes.add(signed.hash());
                nonce = nonce.add(BigInteger.ONE);
            }
            List<Long> gasUsed = new ArrayList<>();
            for (String hash : hashes) {
                TransactionReceipt receipt = receipt(chain, hash);
                if (!receipt.isStatusOK()) {
                    throw new IllegalStateException(hash + " reverted: " + revertData(chain, receipt, to,
                            calls.get(hashes.indexOf(hash))));
                }
                gasUsed.add(receipt.getGasUsed().longValueExact());
            }
            return gasUsed;
        }
    }
}
