package io.athgrid.staking.slash;

import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.staking.chain.ContainerIdBytes;
import io.athgrid.staking.settlement.tx.ChainUnavailableException;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.SettlerChain;
import io.athgrid.staking.settlement.tx.Step;
import io.athgrid.staking.settlement.tx.TxPurpose;
import io.athgrid.staking.settlement.tx.TxStatus;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.utils.Numeric;

/**
 * Sends {@code ContainerBonds.slash(containerId, amount, evidenceHash)} for an order. The contract
 * has no idempotence key for slashes, so exactly-once rests on the sender alone: one stored signed
 * transaction per order, re-broadcast but never re-signed unless its nonce provably went elsewhere.
 */
public class BondSlashing implements TxPurpose {

    public static final String PURPOSE = "BOND_SLASH";

    private final SlashOrderStore orders;
    private final SettlerChain chain;
    private final String containerBonds;
    private final Clock clock;

    public BondSlashing(SlashOrderStore orders, SettlerChain chain, String containerBonds, Clock clock) {
        this.orders = orders;
        this.chain = chain;
        this.containerBonds = containerBonds;
        this.clock = clock;
    }

    @Override
    public String name() {
        return PURPOSE;
    }

    @Override
    public Step prepare(String slashId) {
        SlashOrder order = order(slashId);
        byte[] containerId = ContainerIdBytes.toBytes32(order.containerId());
        SlashPlan plan = SlashPlan.of(order.amountWei(), bonded(containerId));
        orders.planned(slashId, plan);
        if (!plan.sends()) {
            return new Step.Skip(plan.note());
        }
        List<Type> arguments = List.of(new Bytes32(containerId), new Uint256(plan.amountWei()),
                new Bytes32(Numeric.hexStringToByteArray(order.evidenceHash())));
        return new Step.Send(containerBonds, FunctionEncoder.encode(
                new Function(ContainerBonds.FUNC_SLASH, arguments, List.of())));
    }

    @Override
    public Step afterRevert(String slashId) {
        return new Step.Fail("slash " + slashId + " reverted; does " + chain.sender() + " hold SLASHER_ROLE on "
                + containerBonds + ", and did the bond change meanwhile?");
    }

    @Override
    public void confirmed(OutgoingTx tx) {
        orders.executed(tx.subject(), tx.txHash(), clock.instant());
    }

    @Override
    public void ended(OutgoingTx tx) {
        SlashOrderStatus status = tx.status() == TxStatus.SKIPPED ? SlashOrderStatus.SKIPPED : SlashOrderStatus.FAILED;
        orders.ended(tx.subject(), status, tx.reason(), clock.instant());
    }

    private SlashOrder order(String slashId) {
        return orders.find(slashId).orElseThrow(() -> new IllegalStateException("no slash order " + slashId));
    }

    private BigInteger bonded(byte[] containerId) {
        ContainerBonds bonds = ContainerBonds.load(containerBonds, chain.web3j(), chain.readOnly(),
                new StaticGasProvider(BigInteger.ZERO, BigInteger.ZERO));
        try {
            Tuple3<String, BigInteger, BigInteger> bond = bonds.bondOf(containerId).send();
            return bond.component2();
        } catch (Exception e) {
            throw new ChainUnavailableException("bondOf on " + containerBonds + " failed: " + e, e);
        }
    }
}
