package io.athgrid.staking.settlement.tx;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Carries every queued intent to a confirmed transaction, exactly once, one committed step at a
 * time (see {@link TxStatus}): prepare (read the chain) -> sign with a chosen nonce and store ->
 * broadcast the stored bytes -> receipt -> confirmations -> the purpose books the effect. After a
 * crash at any point the next run continues from the stored step; a stored transaction is only
 * ever broadcast again, never signed anew, unless the chain proves it can never be mined.
 */
public class ChainSender {

    private static final Logger log = LoggerFactory.getLogger(ChainSender.class);

    private final OutgoingTxStore store;
    private final SettlerChain chain;
    private final Map<String, TxPurpose> purposes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Settings settings;
    private final MeterRegistry meters;
    private final AtomicInteger stuck = new AtomicInteger();

    /**
     * @param confirmations  blocks on top of a transaction's block before it is final
     * @param receiptTimeout how long a broadcast transaction may go without receipt before it is sent again
     */
    public record Settings(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas, BigInteger gasLimit,
            int confirmations, Duration receiptTimeout) {
    }

    public ChainSender(OutgoingTxStore store, SettlerChain chain, List<TxPurpose> purposes,
            TransactionTemplate transaction, Clock clock, Settings settings, MeterRegistry meters) {
        this.store = store;
        this.chain = chain;
        this.purposes = purposes.stream().collect(Collectors.toMap(TxPurpose::name, Function.identity()));
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
        meters.gauge("athgrid.staking.chain.tx.stuck", stuck);
    }

    /**
     * Moves every unfinished transaction as far as the chain allows now, oldest first.
     *
     * @throws ChainUnavailableException when the node does not answer; the round stops, the next run resumes
     */
    public void advance() {
        for (OutgoingTx tx : store.unfinished()) {
            if (!purposes.containsKey(tx.purpose())) {
                // E.g. a root queued while the ledger was wired in, and it is not now: nothing can book it.
                log.warn("{} waits: this process has no {} purpose", tx.id(), tx.purpose());
                continue;
            }
            try {
                Optional<OutgoingTx> current = Optional.of(tx);
                while (current.isPresent() && !current.get().status().isFinished()) {
                    current = step(current.get());
                }
            } catch (ChainUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // One intent's defect (a missing row, a bad address) must not hold back the others.
                log.error("{} could not be moved on; the next run tries again", tx.id(), e);
            }
        }
        stuck.set(store.stuck());
    }

    /** One step; the transaction as it stands afterwards, or empty while it waits for the chain. */
    Optional<OutgoingTx> step(OutgoingTx tx) {
        return switch (tx.status()) {
            case QUEUED -> prepare(tx);
            case SIGNED -> broadcast(tx);
            case BROADCAST -> awaitReceipt(tx);
            case MINED -> awaitConfirmations(tx);
            default -> Optional.empty();
        };
    }

    private Optional<OutgoingTx> prepare(OutgoingTx tx) {
        Step step = purpose(tx).prepare(tx.subject());
        if (step instanceof Step.Send send) {
            sign(tx, send);
        } else {
            follow(tx, step);
        }
        return store.find(tx.id());
    }

    private void sign(OutgoingTx tx, Step.Send send) {
        transaction.executeWithoutResult(status -> {
            if (store.lock(tx.id()).map(OutgoingTx::status).orElse(null) != TxStatus.QUEUED) {
                return;
            }
            BigInteger nonce = SendRules.nextNonce(chain.pendingNonce(), store.highestNonceInFlight(chain.sender()));
            Eip1559Transaction unsigned = new Eip1559Transaction(chain.chainId(), nonce,
                    settings.maxPriorityFeePerGas(), settings.maxFeePerGas(), settings.gasLimit(), send.to(), send.data());
            Eip1559Transaction.Signed signed = chain.sign(unsigned);
            store.signed(tx.id(), chain.sender(), nonce, unsigned, signed, clock.instant());
            log.info("signed {} as {} with nonce {}", tx.id(), signed.hash(), nonce);
        });
    }

    private Optional<OutgoingTx> broadcast(OutgoingTx tx) {
        Optional<String> refused = chain.broadcast(tx.rawTx());
        if (refused.isPresent() && !BroadcastRefusal.of(refused.get()).mayBeOnItsWay()) {
            log.warn("the node refused {} ({}): {}; trying again on the next run", tx.id(), tx.txHash(), refused.get());
            transaction.executeWithoutResult(status -> store.refused(tx.id(), refused.get()));
            return Optional.empty();
        }
        refused.ifPresent(message -> log.info("{} ({}) is already with the node or on chain: {}", tx.id(), tx.txHash(),
                message));
        transaction.executeWithoutResult(status -> store.broadcast(tx.id(), clock.instant()));
        counter("athgrid.staking.chain.tx.broadcasts", tx).increment();
        return store.find(tx.id());
    }

    private Optional<OutgoingTx> awaitReceipt(OutgoingTx tx) {
        Optional<TransactionReceipt> receipt = chain.receipt(tx.txHash());
        if (receipt.isPresent()) {
            TransactionReceipt mined = receipt.get();
            transaction.executeWithoutResult(status -> store.mined(tx.id(), mined.getBlockNumber().longValueExact(),
                    mined.getBlockHash(), mined.getGasUsed().longValueExact(), !mined.isStatusOK()));
            return store.find(tx.id());
        }
        if (tx.nonce() != null) {
            long confirmedBlock = SendRules.confirmedBlock(chain.blockNumber(), settings.confirmations());
            if (SendRules.neverMined(tx.nonce(), chain.nonceAt(confirmedBlock))) {
                String reason = "nonce " + tx.nonce() + " was used by another transaction; " + tx.txHash()
                        + " can never be mined";
                log.warn("{}: {}; preparing it again", tx.id(), reason);
                transaction.executeWithoutResult(status -> store.requeue(tx.id(), reason));
                counter("athgrid.staking.chain.tx.requeues", tx).increment();
                return store.find(tx.id());
            }
        }
        if (tx.rawTx() != null && SendRules.receiptOverdue(tx.broadcastAt(), clock.instant(), settings.receiptTimeout())) {
            Optional<String> refused = chain.broadcast(tx.rawTx());
            log.warn("{} ({}) has no receipt after {}; broadcast again{}", tx.id(), tx.txHash(),
                    settings.receiptTimeout(), refused.map(message -> ": " + message).orElse(""));
            transaction.executeWithoutResult(status -> store.rebroadcast(tx.id(), clock.instant()));
        }
        return Optional.empty();
    }

    private Optional<OutgoingTx> awaitConfirmations(OutgoingTx tx) {
        if (!SendRules.isConfirmed(tx.blockNumber(), chain.blockNumber(), settings.confirmations())) {
            return Optional.empty();
        }
        // Read again: a reorganisation may have moved or dropped it since it was first seen.
        Optional<TransactionReceipt> receipt = chain.receipt(tx.txHash());
        if (receipt.isEmpty()) {
            log.warn("{} ({}) left block {}; waiting for it again", tx.id(), tx.txHash(), tx.blockNumber());
            transaction.executeWithoutResult(status -> store.unmined(tx.id()));
            return store.find(tx.id());
        }
        TransactionReceipt mined = receipt.get();
        if (!mined.getBlockHash().equalsIgnoreCase(tx.blockHash())) {
            transaction.executeWithoutResult(status -> store.mined(tx.id(), mined.getBlockNumber().longValueExact(),
                    mined.getBlockHash(), mined.getGasUsed().longValueExact(), !mined.isStatusOK()));
            return store.find(tx.id());
        }
        if (!mined.isStatusOK()) {
            log.warn("{} ({}) reverted in block {}", tx.id(), tx.txHash(), tx.blockNumber());
            Step after = purpose(tx).afterRevert(tx.subject());
            if (after instanceof Step.AlreadyOnChain onChain && onChain.txHash().equalsIgnoreCase(tx.txHash())) {
                after = new Step.Fail(tx.txHash() + " reverted");
            }
            follow(tx, after);
            return store.find(tx.id());
        }
        transaction.executeWithoutResult(status -> {
            store.confirmed(tx.id(), clock.instant());
            purpose(tx).confirmed(store.find(tx.id()).orElseThrow());
        });
        log.info("{} confirmed: {} in block {}", tx.id(), tx.txHash(), tx.blockNumber());
        counter("athgrid.staking.chain.tx.confirmed", tx).increment();
        return store.find(tx.id());
    }

    /** Any step but Send: adopt a transaction already on chain, or end without one. */
    private void follow(OutgoingTx tx, Step step) {
        if (step instanceof Step.AlreadyOnChain onChain) {
            log.info("{} is already on chain in {}; confirming that one", tx.id(), onChain.txHash());
            transaction.executeWithoutResult(status -> store.adopt(tx.id(), onChain.txHash(), clock.instant()));
        } else if (step instanceof Step.Skip skip) {
            log.info("{} needs no transaction: {}", tx.id(), skip.reason());
            end(tx, TxStatus.SKIPPED, skip.reason());
        } else if (step instanceof Step.Halt halt) {
            log.error("{} HALTED, nothing will be sent until a person looks: {}", tx.id(), halt.reason());
            end(tx, TxStatus.HALTED, halt.reason());
        } else if (step instanceof Step.Fail fail) {
            log.error("{} FAILED: {}", tx.id(), fail.reason());
            end(tx, TxStatus.FAILED, fail.reason());
        } else {
            throw new IllegalStateException(tx.purpose() + " answered " + step + " where it may not send");
        }
    }

    private void end(OutgoingTx tx, TxStatus status, String reason) {
        transaction.executeWithoutResult(progress -> {
            store.ended(tx.id(), status, reason, clock.instant());
            purpose(tx).ended(store.find(tx.id()).orElseThrow());
        });
        Counter.builder("athgrid.staking.chain.tx.ended").tag("purpose", tx.purpose()).tag("status", status.name())
                .register(meters).increment();
    }

    private TxPurpose purpose(OutgoingTx tx) {
        TxPurpose purpose = purposes.get(tx.purpose());
        if (purpose == null) {
            throw new IllegalStateException("no purpose " + tx.purpose() + " for " + tx.id());
        }
        return purpose;
    }

    private Counter counter(String name, OutgoingTx tx) {
        return Counter.builder(name).tag("purpose", tx.purpose()).register(meters);
    }
}
