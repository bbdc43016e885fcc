package io.athgrid.staking.settlement;

import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.events.v1.EpochSettled;
import io.athgrid.staking.ledger.EpochPayouts;
import io.athgrid.staking.settlement.tx.ChainUnavailableException;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.SettlerChain;
import io.athgrid.staking.settlement.tx.Step;
import io.athgrid.staking.settlement.tx.TxPurpose;
import io.athgrid.staking.settlement.tx.TxStatus;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.utils.Numeric;

/**
 * Posts an epoch's root with {@code RewardDistributor.postRoot(epoch, root, total)}, never twice:
 * before signing it asks {@code rootOf(epoch)}; our root there already is adopted (its
 * EpochRootPosted log names the transaction), another root halts the epoch. Once confirmed, the
 * ledger books the payouts as claimable and EpochSettled goes out in the same transaction.
 */
public class RootPosting implements TxPurpose {

    public static final String PURPOSE = "EPOCH_ROOT";
    private static final byte[] NO_ROOT = new byte[32];

    private final SettlementStore settlements;
    private final SettlerChain chain;
    private final String distributor;
    private final EpochPayouts payouts;
    private final Outbox outbox;
    private final Clock clock;
    private final long logsFromBlock;

    public RootPosting(SettlementStore settlements, SettlerChain chain, String distributor, EpochPayouts payouts,
            Outbox outbox, Clock clock, long logsFromBlock) {
        this.settlements = settlements;
        this.chain = chain;
        this.distributor = distributor;
        this.payouts = payouts;
        this.outbox = outbox;
        this.clock = clock;
        this.logsFromBlock = logsFromBlock;
    }

    @Override
    public String name() {
        return PURPOSE;
    }

    @Override
    public Step prepare(String subject) {
        EpochSettlement settlement = settlement(subject);
        byte[] onChain = rootOnChain(settlement.epoch());
        if (Arrays.equals(onChain, NO_ROOT)) {
            return new Step.Send(distributor, postRootCall(settlement));
        }
        return ours(settlement, onChain);
    }

    @Override
    public Step afterRevert(String subject) {
        EpochSettlement settlement = settlement(subject);
        byte[] onChain = rootOnChain(settlement.epoch());
        if (Arrays.equals(onChain, NO_ROOT)) {
            return new Step.Fail("postRoot of epoch " + settlement.epoch() + " reverted and no root is on chain;"
                    + " does " + chain.sender() + " hold SETTLER_ROLE on " + distributor + "?");
        }
        return ours(settlement, onChain);
    }

    /** A root is on chain: ours (adopt the transaction that put it there) or another (halt). */
    private Step ours(EpochSettlement settlement, byte[] onChain) {
        String root = Numeric.toHexString(onChain);
        if (!root.equalsIgnoreCase(settlement.root())) {
            return new Step.Halt("epoch " + settlement.epoch() + " already has root " + root + " on chain; we computed "
                    + settlement.root());
        }
        return postedBy(settlement.epoch())
                .<Step>map(Step.AlreadyOnChain::new)
                .orElseGet(() -> new Step.Halt("root of epoch " + settlement.epoch()
                        + " is on chain but no EpochRootPosted log was found from block " + logsFromBlock));
    }

    @Override
    public void confirmed(OutgoingTx tx) {
        EpochSettlement settlement = settlement(tx.subject());
        settlements.settled(settlement.epoch(), tx.txHash(), tx.blockNumber(), clock.instant());
        payouts.settled(settlement.epoch(), settlement.root(), tx.txHash());
        outbox.publish(new EpochSettled(settlement.epoch(), settlement.root(), settlement.totalWei(),
                settlement.leafCount(), tx.blockNumber(), tx.txHash(), clock.instant()));
    }

    @Override
    public void ended(OutgoingTx tx) {
        SettlementStatus status = tx.status() == TxStatus.HALTED ? SettlementStatus.HALTED : SettlementStatus.FAILED;
        settlements.stopped(Long.parseLong(tx.subject()), status, tx.reason());
    }

    private EpochSettlement settlement(String subject) {
        long epoch = Long.parseLong(subject);
        return settlements.find(epoch)
                .orElseThrow(() -> new IllegalStateException("no stored settlement of epoch " + epoch));
    }

    private byte[] rootOnChain(long epoch) {
        RewardDistributor contract = RewardDistributor.load(distributor, chain.web3j(), chain.readOnly(),
                new StaticGasProvider(BigInteger.ZERO, BigInteger.ZERO));
        try {
            return contract.rootOf(BigInteger.valueOf(epoch)).send();
        } catch (Exception e) {
            throw new ChainUnavailableException("rootOf(" + epoch + ") on " + distributor + " failed: " + e, e);
        }
    }

    private Optional<String> postedBy(long epoch) {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(logsFromBlock)),
                DefaultBlockParameterName.LATEST, distributor);
        filter.addSingleTopic(EventEncoder.encode(RewardDistributor.EPOCHROOTPOSTED_EVENT));
        filter.addSingleTopic(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(epoch), 64));
        return chain.logs(filter).stream().map(Log::getTransactionHash).findFirst();
    }

    private static String postRootCall(EpochSettlement settlement) {
        List<Type> arguments = List.of(new Uint256(settlement.epoch()),
                new Bytes32(Numeric.hexStringToByteArray(settlement.root())), new Uint256(settlement.totalWei()));
        return FunctionEncoder.encode(new Function(RewardDistributor.FUNC_POSTROOT, arguments, List.of()));
    }
}
