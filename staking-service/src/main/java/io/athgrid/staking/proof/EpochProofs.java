package io.athgrid.staking.proof;

import io.athgrid.staking.settlement.EpochSettlement;
import io.athgrid.staking.settlement.SettlementStatus;
import io.athgrid.staking.settlement.SettlementStore;
import io.athgrid.staking.settlement.TreeIndex;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import io.athgrid.support.web.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;

/** Reads settled epochs back: proofs from the stored nodes, the settlement, the leaves. Nothing is recomputed. */
public class EpochProofs {

    private final SettlementStore settlements;
    private final OutgoingTxStore transactions;

    public EpochProofs(SettlementStore settlements, OutgoingTxStore transactions) {
        this.settlements = settlements;
        this.transactions = transactions;
    }

    public ProofView proof(long epoch, String account) {
        EpochSettlement settlement = withTree(epoch);
        SettlementStore.StoredLeaf leaf = settlements.leaf(epoch, account).orElseThrow(() ->
                new ResourceNotFoundException("account " + account + " has nothing to claim in epoch " + epoch));
        List<String> proof = settlements.nodeHashes(epoch, TreeIndex.proofNodes(leaf.node()));
        return new ProofView(epoch, leaf.index(), account, leaf.amountWei().toString(), proof, settlement.root(),
                settlement.status().name(), settlement.status() == SettlementStatus.SETTLED);
    }

    public SettlementView settlement(long epoch) {
        EpochSettlement settlement = settlements.find(epoch).orElseThrow(() -> notComputed(epoch));
        Optional<OutgoingTx> tx = Optional.ofNullable(settlement.txId()).flatMap(transactions::find);
        String txHash = settlement.txHash() != null ? settlement.txHash() : tx.map(OutgoingTx::txHash).orElse(null);
        Long block = settlement.blockNumber() != null ? settlement.blockNumber()
                : tx.map(OutgoingTx::blockNumber).orElse(null);
        String reason = settlement.reason() != null ? settlement.reason()
                : settlement.status() == SettlementStatus.EMPTY ? "nobody had anything to claim" : null;
        return new SettlementView(epoch, settlement.status().name(), settlement.root(), settlement.totalWei().toString(),
                settlement.leafCount(), txHash, block, tx.map(current -> current.status().name()).orElse(null), reason,
                settlement.computedAt(), settlement.settledAt());
    }

    public LeavesPage leaves(long epoch, String after, int limit) {
        EpochSettlement settlement = settlements.find(epoch).orElseThrow(() -> notComputed(epoch));
        List<SettlementStore.StoredLeaf> page = settlements.leaves(epoch, after, limit);
        String next = page.size() == limit ? page.get(page.size() - 1).account() : null;
        return new LeavesPage(epoch, settlement.root(), page.stream()
                .map(leaf -> new LeavesPage.Leaf(leaf.index(), leaf.account(), leaf.amountWei().toString())).toList(),
                next);
    }

    private EpochSettlement withTree(long epoch) {
        EpochSettlement settlement = settlements.find(epoch).orElseThrow(() -> notComputed(epoch));
        if (settlement.status() == SettlementStatus.EMPTY) {
            throw new ResourceNotFoundException("epoch " + epoch + " had nothing to claim");
        }
        return settlement;
    }

    private static ResourceNotFoundException notComputed(long epoch) {
        return new ResourceNotFoundException("epoch " + epoch + " is not settled yet");
    }
}
